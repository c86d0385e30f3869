import Addresses
import Localization
import Probe
import Serve
import Testing
import _TestSupport

/// The union of rotating DNS answers, and the bound on it.
@Suite struct TargetStateTests {
    static func state(dropAfter: Int) throws -> TargetState {
        TargetState(target: ServeConfiguration.Target(
            url: "https://test.jp/", target: try ProbeTarget(parsing: "https://test.jp/"), interval: .seconds(1), connectTimeout: .seconds(1),
            timeout: .seconds(1), dns: nil, caFile: nil, family: nil, dropAfter: dropAfter))
    }

    @Test func rotatingAnswersAreUnionedAndAnAbsentAddressIsDroppedAfterItsRounds() throws {
        var state = try Self.state(dropAfter: 3)
        let a = try #require(IPAddress("203.0.113.9")), b = try #require(IPAddress("198.51.100.7")), c = try #require(IPAddress("192.0.2.1"))
        // An ALB answers with a subset each time: both are probed every round.
        #expect(state.resolved([a]).probe == [a])
        #expect(state.resolved([b]).probe == [b, a].sorted())
        #expect(state.resolved([a]).probe == [a, b].sorted())
        // b absent three rounds in a row (drop_after 3): dropped on the third.
        #expect(state.resolved([a]).dropped == [])
        let third = state.resolved([a, c])
        #expect(third.dropped == [b])
        #expect(third.probe == [a, c].sorted())
        #expect(state.addresses.map(\.address) == [a, c].sorted())
    }

    @Test func aFailedResolutionKeepsProbingWhatWasSeen() throws {
        var state = try Self.state(dropAfter: 10)
        let a = try #require(IPAddress("203.0.113.9"))
        _ = state.resolved([a])
        #expect(state.resolutionFailed("SERVFAIL") == [a])
        #expect(state.resolutionError?.english == "SERVFAIL")
        _ = state.resolved([a])
        #expect(state.resolutionError == nil)
    }
}
