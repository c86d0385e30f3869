@testable import ALBLogs
import Findings
import Localization
import Testing
import _TestSupport

/// The catalog of `logs`' messages: every key in English and Japanese, with the same values.
/// `samples` is an exhaustive switch and `checkEveryCase` holds the list of keys to the cases the
/// enum declares, so a new key cannot go untested.
@Suite struct LogTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: LogText) -> [(LogText, [String])] {
        switch entry {
        case .redirectedClientsNeverArrived:
            [(.redirectedClientsNeverArrived(orphans: 17, redirected: 523, percent: 3, window: 181), ["17", "523", "3%", "181", "`albdoctor probe`", "`albdoctor aws`"])]
        case .tlsConnectionsFailed:
            [(.tlsConnectionsFailed(failures: 17, connections: 523, clients: 29, codes: "Failed:codeX1 11, Failed:codeX2 6"),
              ["17", "523", "29", "TLS", "Failed:codeX1 11, Failed:codeX2 6"])]
        case .redirectsOfAll:
            [(.redirectsOfAll(orphans: 17, redirects: 523), ["17", "523"])]
        case .connectionsWithoutRequest:
            [(.connectionsWithoutRequest(connections: 523, clients: 29), ["523", "29", "conn_trace_id"])]
        case .failuresOnNode:
            [(.failuresOnNode("203.0.113.77"), ["203.0.113.77"])]
        }
    }

    @Test func logMessages() {
        let keys: [LogText] = [
            .redirectedClientsNeverArrived(orphans: 0, redirected: 0, percent: 0, window: 0),
            .tlsConnectionsFailed(failures: 0, connections: 0, clients: 0, codes: ""),
            .connectionsWithoutRequest(connections: 0, clients: 0),
            .redirectsOfAll(orphans: 0, redirects: 0),
            .failuresOnNode(""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ALBLogs/LogText.swift")
    }

    /// LOG002's evidence keys are made of node addresses: JSON keeps the English key, a Japanese
    /// report labels it in Japanese.
    @Test func failuresOnNodeLabel() {
        let item = Evidence.Item(label: LocalizedText(LogText.failuresOnNode("203.0.113.77")), value: "7")
        #expect(item.key == "failures on node 203.0.113.77")
        #expect(EvidenceLabel.text(for: item, in: .en) == "failures on node 203.0.113.77")
        #expect(EvidenceLabel.text(for: item, in: .ja) == "ノード 203.0.113.77 の失敗")
    }
}
