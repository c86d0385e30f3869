extension Duration {
    /// The duration in (fractional) milliseconds.
    package var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}

extension Double {
    /// Milliseconds as a user reads them: `12 ms`, `3.0 s`.
    public var millisecondsText: String { self >= 1000 ? "\((self / 100).rounded() / 10) s" : "\(Int(self.rounded())) ms" }
}
