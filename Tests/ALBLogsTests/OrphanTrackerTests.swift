import ALBLogs
import Testing

@Suite struct OrphanTrackerTests {
    let second: Int64 = 1_000_000
    let alice = ClientAddress("198.51.100.1")
    let bob = ClientAddress("198.51.100.2")

    func redirect(_ client: ClientAddress, _ seconds: Int64) -> OrphanTracker.Redirect {
        .init(client: client, time: seconds * second, userAgent: "ua", url: "https://test.jp:443/", node: "n")
    }

    @Test func arrivalWithinTheWindowClearsTheRedirect() {
        var tracker = OrphanTracker(window: 180 * second)
        tracker.redirect(redirect(alice, 1000))
        tracker.arrival(client: alice, time: 1002 * second)
        tracker.redirect(redirect(bob, 1000))
        tracker.arrival(client: bob, time: 1181 * second) // after the window
        tracker.finish()
        #expect(tracker.orphans.map(\.client) == [bob])
        #expect(tracker.redirectCount == 2)
        #expect(tracker.returnedCount == 1)
        #expect(tracker.redirectedClientCount == 2)
    }

    @Test func arrivalsSeenBeforeTheRedirectCount() {
        // Files may be read out of order: the https request can be seen first.
        var tracker = OrphanTracker(window: 180 * second)
        tracker.arrival(client: alice, time: 1010 * second)
        tracker.redirect(redirect(alice, 1000))
        tracker.finish()
        #expect(tracker.orphans.isEmpty)
    }

    @Test func earlierArrivalsDoNotCount() {
        var tracker = OrphanTracker(window: 180 * second)
        tracker.arrival(client: alice, time: 900 * second)
        tracker.redirect(redirect(alice, 1000))
        tracker.finish()
        #expect(tracker.orphans.map(\.client) == [alice])
    }

    @Test func watermarkDecidesAndForgets() {
        var tracker = OrphanTracker(window: 180 * second)
        for index in 0..<1000 {
            tracker.arrival(client: ClientAddress("10.0.\(index / 250).\(index % 250)"), time: Int64(index) * second)
        }
        tracker.redirect(redirect(alice, 500))
        #expect(tracker.trackedClientCount == 1001)
        tracker.advance(to: 1000 * second)
        // Only clients seen within the window before the watermark are kept.
        #expect(tracker.trackedClientCount <= 181)
        #expect(tracker.orphans.map(\.client) == [alice])
    }
}
