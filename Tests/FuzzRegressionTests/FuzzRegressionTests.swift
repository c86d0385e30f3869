import Foundation
import Testing
import _TestSupport

/// Every input the fuzzers found (fuzz/regressions/TARGET/), through the same code the fuzz
/// targets run (FuzzTargets.swift is the fuzz executable's file), without a sanitizer: none may
/// crash or hang. The committed seeds (fuzz/corpus/) are run by `fuzz/run.sh --ci`, under the
/// sanitizer, as the start of each target's fixed-seed run.
@Suite(.timeLimit(.minutes(5)))
struct FuzzRegressionTests {
    static func inputs(_ folder: String) -> [(target: String, file: String)] {
        let root = Repository.path("fuzz/" + folder)
        let targets = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return targets.sorted().flatMap { target in
            ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + target)) ?? []).sorted().map { (target, root + "/" + target + "/" + $0) }
        }
    }

    @Test func everyFoundInputRunsThrough() throws {
        let found = Self.inputs("regressions")
        #expect(!found.isEmpty, "fuzz/regressions/ holds the inputs the fuzzers found")
        for (target, file) in found {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            data.withUnsafeBytes { raw in FuzzTargets.run(target, raw.bindMemory(to: UInt8.self)) }
        }
    }

    @Test func everyTargetOfRunShHasACorpus() async throws {
        let listed = try await runProcess("/bin/bash", [Repository.path("fuzz/run.sh"), "--list"])
        #expect(listed.status == 0)
        let names = listed.stdout.split(separator: "\n").map(String.init)
        #expect(names.count == 14)
        for name in names {
            #expect(!Self.inputs("corpus").filter { $0.target == name }.isEmpty, "\(name) has no seed corpus")
        }
    }
}
