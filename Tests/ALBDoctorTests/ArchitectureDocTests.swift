import Foundation
import Testing
import _TestSupport

/// docs/architecture.md's module table is the picture of the graph a reader trusts: it must name
/// every target of Package.swift (outside Tests/) with exactly its project dependencies, in an
/// order where each module only imports modules above it.
@Suite struct ArchitectureDocTests {
    /// Each module of the table, in order, with the modules it imports.
    static func documented() throws -> [(module: String, imports: Set<String>)] {
        let text = try String(contentsOfFile: Repository.path("docs/architecture.md"), encoding: .utf8)
        let begin = try #require(text.range(of: "<!-- modules: begin -->"))
        let end = try #require(text.range(of: "<!-- modules: end -->"))
        return text[begin.upperBound..<end.lowerBound].split(separator: "\n").dropFirst(2).compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2 else { return nil }
            let imports = cells[1] == "—" ? [] : cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return (cells[0], Set(imports))
        }
    }

    /// Every target Package.swift declares for the normal build, outside Tests/, with the targets
    /// (not products) it depends on.
    static func declared() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: Repository.path("Package.swift"), encoding: .utf8)
        // The fuzz executable is appended only when ALBDOCTOR_FUZZ is set.
        let manifest = String(text[..<(text.range(of: "if Context.environment[\"ALBDOCTOR_FUZZ\"]")?.lowerBound ?? text.endIndex)])
        let starts = manifest.matches(of: /\.(target|executableTarget|systemLibrary|testTarget)\(\s*name: "([^"]+)"/)
        var result: [String: Set<String>] = [:]
        for (index, start) in starts.enumerated() where start.output.1 != "testTarget" {
            let declaration = manifest[start.range.lowerBound..<(index + 1 < starts.count ? starts[index + 1].range.lowerBound : manifest.endIndex)]
            guard !declaration.contains("path: \"Tests/") else { continue }
            var imports: Set<String> = []
            if let list = declaration.firstMatch(of: /dependencies: \[([^\]]*)\]/) {
                let targets = String(list.output.1).replacing(/\.product\([^)]*\)/, with: "")
                imports = Set(targets.matches(of: /"([^"]+)"/).map { String($0.output.1) })
            }
            result[String(start.output.2)] = imports
        }
        return result
    }

    @Test func theModuleTableMatchesPackageSwift() throws {
        let documented = try Self.documented()
        let declared = try Self.declared()
        #expect(declared.count > 20, "Package.swift's targets were not found: \(declared.keys.sorted())")
        #expect(Set(documented.map(\.module)) == Set(declared.keys), "modules in the table but not Package.swift, or the other way round")
        #expect(documented.count == Set(documented.map(\.module)).count, "a module is listed twice")
        for (module, imports) in documented {
            #expect(imports == declared[module], "\(module): the table says \(imports.sorted()), Package.swift \(declared[module]?.sorted() ?? [])")
        }
    }

    @Test func eachModuleImportsOnlyModulesAboveIt() throws {
        var above: Set<String> = []
        for (module, imports) in try Self.documented() {
            #expect(imports.isSubset(of: above), "\(module) imports \(imports.subtracting(above).sorted()), listed below it")
            above.insert(module)
        }
    }

    @Test func everySourceFolderIsAModuleOfTheTable() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Sources")).filter { !$0.hasPrefix(".") }
        #expect(Set(folders) == Set(try Self.documented().map(\.module)))
    }
}
