import Foundation
import Testing
import _TestSupport

/// What linters' users expect of the command line: `--version`, `--quiet`, `--no-summary`,
/// `--format gitlab`, each as a user runs it.
@Suite(.timeLimit(.minutes(5))) struct OutputModeTests {
    @Test func versionNamesTheCommitOrSaysItIsUnknown() async throws {
        let result = try await albdoctor("--version")
        #expect(result.status == 0)
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let match = line.wholeMatch(of: /(\d+\.\d+\.\d+) \(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\)/)
        #expect(match != nil, "got \(line)")
    }

    @Test func quietPrintsTheFindingsAndNothingElse() async throws {
        let full = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1")
        let quiet = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--quiet")
        #expect(quiet.status == full.status && quiet.status == 1, "the exit code is the same")
        #expect(quiet.stdout.contains("error[ALB001]"))
        #expect(full.stdout.contains("1 error"))
        #expect(!quiet.stdout.contains("1 error"), "no summary line")
        #expect(full.stdout.hasPrefix(quiet.stdout), "the findings as the full output has them")
    }

    @Test func noSummaryDropsOnlyTheClosingLine() async throws {
        let full = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1")
        let bare = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--no-summary")
        #expect(bare.status == 1)
        let lastLine = full.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastLine.contains("error"))
        #expect(bare.stdout + lastLine + "\n" == full.stdout)
    }

    @Test func quietAndNoSummaryAreForTextAndSaySo() async throws {
        let refused = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--format", "json", "--quiet")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--quiet shapes the text output"))
    }

    @Test func quietAndNoSummaryAreInTheHelpAndSoInTheManPage() async throws {
        let help = try await albdoctor("lint", "--help")
        #expect(help.stdout.contains("--quiet"))
        #expect(help.stdout.contains("--no-summary"))
        #expect(help.stdout.contains("gitlab"))
    }

    @Test func gitlabCodeQualityOfTheIncident() async throws {
        let result = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--format", "gitlab")
        #expect(result.status == 1)
        let issues = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
        let alb001 = try #require(issues.first { $0["check_name"] as? String == "ALB001" })
        #expect(alb001["severity"] as? String == "critical")
        let location = try #require(alb001["location"] as? [String: Any])
        #expect(location["path"] as? String == "fixtures/unrouted-alb-subnet/network.yaml")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 40)
        let again = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--format", "gitlab")
        #expect(again.stdout == result.stdout, "fingerprints are the same from run to run")
        let probe = try await albdoctor("probe", "127.0.0.1", "--format", "gitlab")
        #expect(probe.status == 2, "probe's findings have no file: gitlab is for lint and aws")
    }
}
