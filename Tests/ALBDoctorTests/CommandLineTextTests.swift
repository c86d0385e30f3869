import Localization
import Reports
import Testing
import _TestSupport

/// The catalogs of what the `albdoctor` command itself says when it stops (in Reports, so that
/// tests can import them; the executable cannot be): every key in English and Japanese, with the
/// same values. `samples` are exhaustive switches and `checkEveryCase` holds each list of keys to
/// the cases its enum declares, so a new key cannot go untested.
@Suite struct CommandLineTextTests {
    /// A sample of every key of the command's own failures, with the values each text must show.
    static func samples(_ entry: CommandLineText) -> [(CommandLineText, [String])] {
        switch entry {
        case .errorPrefix: [(.errorPrefix, ["albdoctor: "])]
        case .warningPrefix: [(.warningPrefix, ["albdoctor: "])]
        case .notTerraform: [(.notTerraform(other: "stackX1.yaml", terraform: "infraX2"), ["stackX1.yaml", "infraX2", "Terraform", "CloudFormation"])]
        case .noLogFiles: [(.noLogFiles(paths: ["logsX3", "logsX4"], skipped: 97), ["logsX3", "logsX4", "97", ".log", ".log.gz"])]
        case .noLogEntries:
            [(.noLogEntries(paths: ["logsX3"], problems: ["problemX5", "problemX6"]), ["logsX3", "problemX5; problemX6"]),
             (.noLogEntries(paths: ["logsX3", "logsX4"], problems: []), ["logsX3", "logsX4"])]
        case .cannotWriteDocs: [(.cannotWriteDocs(folder: "folderX7", reason: "reasonX8"), ["folderX7", "reasonX8"])]
        case .noSuchRule: [(.noSuchRule(name: "ruleX9"), ["'ruleX9'", "`albdoctor rules`"])]
        case .cannotWriteSnapshot: [(.cannotWriteSnapshot(file: "fileX10.json", reason: "reasonX8"), ["fileX10.json", "reasonX8"])]
        case .configUnreadable: [(.configUnreadable(file: "fileX11.yaml"), ["fileX11.yaml"])]
        }
    }

    @Test func commandFailures() {
        let keys: [CommandLineText] = [
            .errorPrefix, .warningPrefix, .notTerraform(other: "", terraform: ""), .noLogFiles(paths: [], skipped: 0), .noLogEntries(paths: [], problems: []),
            .cannotWriteDocs(folder: "", reason: ""), .noSuchRule(name: ""), .cannotWriteSnapshot(file: "", reason: ""), .configUnreadable(file: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/CommandLineText.swift")
    }

    /// A sample of every key of the usage messages, with the values each text must show.
    static func samples(_ entry: UsageText) -> [(UsageText, [String])] {
        switch entry {
        case .giveTemplate: [(.giveTemplate, ["--stack NAME=PATH"])]
        case .snapshotAlone: [(.snapshotAlone, ["--snapshot", "--save-snapshot", "--endpoint-url", "--profile"])]
        case .roundsAtLeastOne: [(.roundsAtLeastOne, ["--rounds", "1"])]
        case .snapshotHoldsRegion: [(.snapshotHoldsRegion, ["--snapshot", "--region"])]
        case .oneS3Location: [(.oneS3Location, ["--logs", "s3://BUCKET/PREFIX"])]
        case .pathsOrS3: [(.pathsOrS3, ["--logs", "s3://"])]
        case .sinceBeforeUntil: [(.sinceBeforeUntil, ["--since", "--until"])]
        case .giveLogs: [(.giveLogs, ["-", "--athena-sql TABLE"])]
        case .giveProbeTarget: [(.giveProbeTarget, ["`albdoctor probe test.jp`"])]
        case .probeRoundsAtLeastOne: [(.probeRoundsAtLeastOne, ["--rounds", "--dns-rounds", "1"])]
        case .dnsRoundsNeedDNS: [(.dnsRoundsNeedDNS, ["--dns-rounds", "--dns SERVER"])]
        case .giveServeTargets: [(.giveServeTargets, ["URL", "--config FILE", "`albdoctor serve https://test.jp/`"])]
        case .familiesExclusive: [(.familiesExclusive, ["-4", "-6"])]
        case .textOnlyFlag: [(.textOnlyFlag(flag: "--flagX1", format: "formatX2"), ["--flagX1", "--format formatX2"])]
        case .formatNotForView:
            [(.formatNotForView(format: "formatX2", view: "viewX3", allowed: ["formatX4", "formatX5"]), ["--format formatX2", "viewX3", "formatX4", "formatX5"])]
        case .expectedIPAddress: [(.expectedIPAddress, ["IPv4", "IPv6"])]
        case .expectedS3Location: [(.expectedS3Location, ["s3://BUCKET/PREFIX"])]
        }
    }

    @Test func usageMessages() {
        let keys: [UsageText] = [
            .giveTemplate, .snapshotAlone, .roundsAtLeastOne, .snapshotHoldsRegion, .oneS3Location, .pathsOrS3, .sinceBeforeUntil, .giveLogs,
            .giveProbeTarget, .probeRoundsAtLeastOne, .dnsRoundsNeedDNS, .giveServeTargets, .familiesExclusive,
            .textOnlyFlag(flag: "", format: ""), .formatNotForView(format: "", view: "", allowed: []), .expectedIPAddress, .expectedS3Location,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/UsageText.swift")
    }

    /// The English is what the commands wrote before the catalog, byte for byte.
    @Test func theEnglishIsAsItWas() {
        #expect(CommandLineText.errorPrefix.english == "albdoctor: error: ")
        #expect(CommandLineText.errorPrefix.japanese == "albdoctor: エラー: ")
        #expect(CommandLineText.warningPrefix.english == "albdoctor: warning: ")
        #expect(CommandLineText.warningPrefix.japanese == "albdoctor: 警告: ")
        #expect(CommandLineText.noLogEntries(paths: ["a", "b"], problems: ["x", "y"]).english == "no log entries in a, b: x; y")
        #expect(CommandLineText.noLogEntries(paths: ["a"], problems: []).english == "no log entries in a")
        #expect(UsageText.textOnlyFlag(flag: "--quiet", format: "json").english
            == "--quiet shapes the text output; --format json writes every finding and its summary as it is.")
        #expect(UsageText.formatNotForView(format: "markdown", view: "probe", allowed: ["text", "json", "html"]).english
            == "--format markdown is not for probe; it writes text, json, html.")
    }
}
