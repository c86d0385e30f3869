import Localization
@testable import Serve
import Testing
import _TestSupport

/// serve's status page words: every key in both languages with the values it shows.
@Suite struct StatusPageTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: StatusPageText) -> [(StatusPageText, [String])] {
        switch entry {
        case .rounds: [(.rounds(17, every: "intervalX1"), ["17", "intervalX1"]), (.rounds(1, every: "intervalX1"), ["intervalX1"])]
        case .lastResolutionFailed: [(.lastResolutionFailed("reasonX2"), ["reasonX2", " — "])]
        case .addressColumn, .nowColumn, .up, .down, .notProbedYet:
            [(.addressColumn, []), (.nowColumn, []), (.up, []), (.down, []), (.notProbedYet, [])]
        case .lastRoundsColumn: [(.lastRoundsColumn(30), ["30"])]
        case .absentFromDNS: [(.absentFromDNS(rounds: 17), ["17", "DNS"])]
        case .history: [(.history(address: "203.0.113.77"), ["203.0.113.77"])]
        case .scope: [(.scope(targets: 17, addresses: 43), ["17", "43"]), (.scope(targets: 1, addresses: 43), ["43"])]
        }
    }

    @Test func everyKey() {
        let keys: [StatusPageText] = [
            .rounds(0, every: ""), .lastResolutionFailed(""), .addressColumn, .lastRoundsColumn(0), .absentFromDNS(rounds: 0),
            .history(address: ""), .scope(targets: 0, addresses: 0),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        // One key stands for the keys its `samples` arm groups: the cases sampled are what counts.
        checkEveryCase(keys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/Serve/StatusPageText.swift")
    }
}
