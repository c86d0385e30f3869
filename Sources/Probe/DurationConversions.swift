internal import NIOCore

extension Duration {
    /// The duration in (fractional) milliseconds.
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }

    /// The same span for NIO's timers.
    var timeAmount: TimeAmount { .nanoseconds(components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000) }
}

extension NIODeadline {
    /// Milliseconds from `start` to this instant.
    func milliseconds(since start: NIODeadline) -> Double { Double((self - start).nanoseconds) / 1e6 }
}

extension Double {
    /// Milliseconds as a user reads them: `12 ms`, `3.0 s`.
    public var millisecondsText: String { self >= 1000 ? "\((self / 100).rounded() / 10) s" : "\(Int(self.rounded())) ms" }
}
