import Foundation
import Testing
import _TestSupport

/// Every input the fuzzers found (fuzz/regressions/TARGET/) and every committed seed
/// (fuzz/corpus/TARGET/), through the same code the fuzz targets run (FuzzTargets.swift is the
/// fuzz package's file), without a sanitizer: none may crash or hang.
@Suite(.timeLimit(.minutes(5)))
struct FuzzRegressionTests {
    static func inputs(_ folder: String) -> [(target: String, file: String)] {
        let root = Repository.path("fuzz/" + folder)
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + target)) ?? []).sorted().map { (target, root + "/" + target + "/" + $0) }
        }
    }

    @Test func everyFoundInputAndSeedRunsThrough() throws {
        let all = Self.inputs("regressions") + Self.inputs("corpus")
        #expect(Set(all.map(\.target)).count >= 12, "a corpus per target")
        for (target, file) in all {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            data.withUnsafeBytes { raw in FuzzTargets.run(target, raw.bindMemory(to: UInt8.self)) }
        }
    }

    @Test func everyTargetOfRunShHasACorpus() async throws {
        let listed = try await runProcess("/bin/bash", [Repository.path("fuzz/run.sh"), "--list"])
        #expect(listed.status == 0)
        let names = listed.stdout.split(separator: "\n").map(String.init)
        #expect(names.count == 12)
        for name in names {
            #expect(!Self.inputs("corpus").filter { $0.target == name }.isEmpty, "\(name) has no seed corpus")
        }
    }
}
