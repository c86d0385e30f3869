/// Durations as users type them on the command line: `500ms`, `3s`, `3`, `2m`, `1h`.
public enum DurationArgument {
    /// Parses a positive duration; a bare number is seconds.
    public static func parse(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value > 0 else { return nil }
            return .milliseconds(Int64((value * factor * 1000).rounded()))
        }
        guard let value = Double(text), value > 0 else { return nil }
        return .milliseconds(Int64((value * 1000).rounded()))
    }
}
