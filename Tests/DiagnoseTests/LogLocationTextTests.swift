@testable import Diagnose
import Localization
import Testing
import _TestSupport

/// The catalog of why a load balancer writes no logs of a kind: every key in English and
/// Japanese, with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds
/// the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct LogLocationTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: LogLocationText) -> [(LogLocationText, [String])] {
        switch entry {
        case .accessLogsNotEnabled:
            [(.accessLogsNotEnabled(value: "valueX1"), ["access_logs.s3.enabled", "valueX1"]), (.accessLogsNotEnabled(value: nil), ["access_logs.s3.enabled"])]
        case .connectionLogsNotEnabled:
            [(.connectionLogsNotEnabled(value: "valueX1"), ["connection_logs.s3.enabled", "valueX1"]),
             (.connectionLogsNotEnabled(value: nil), ["connection_logs.s3.enabled"])]
        }
    }

    @Test func logLocations() {
        let keys: [LogLocationText] = [.accessLogsNotEnabled(value: nil), .connectionLogsNotEnabled(value: nil)]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Diagnose/LogLocationText.swift")
    }

    /// The English is what the diagnosis wrote before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(LogLocationText.accessLogsNotEnabled(value: nil).english == "access logs are not enabled (access_logs.s3.enabled is not set)")
        #expect(LogLocationText.connectionLogsNotEnabled(value: "false").english == "connection logs are not enabled (connection_logs.s3.enabled is false)")
        #expect(LogLocationText.connectionLogsNotEnabled(value: "false").japanese == "接続ログが有効になっていません（connection_logs.s3.enabled は false）")
    }
}
