internal import NIOCore

extension Duration {
    /// The same span for NIO's timers.
    var timeAmount: TimeAmount { .nanoseconds(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000) }
}

extension NIODeadline {
    /// Milliseconds from `start` to this instant.
    func milliseconds(since start: NIODeadline) -> Double { Double((self - start).nanoseconds) / 1e6 }
}
