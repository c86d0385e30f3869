/// Durations as users type them on the command line and in `serve`'s file: `500ms`, `3s`, `3`,
/// `2m`, `1h`.
public enum DurationArgument {
    /// The longest duration accepted: a year. No timeout, interval or window means more, and every
    /// span up to it fits NIO's nanosecond timers (an `Int64` of nanoseconds ends at 292 years).
    static let longest: Duration = .seconds(365 * 24 * 3600)

    /// `longest` as error messages give it: "8760h (a year)".
    public static var longestText: String { "\(longest.components.seconds / 3600)h (a year)" }

    /// `longest` in whole hours (8760), for texts that say it in their own language.
    public static var longestHours: Int64 { longest.components.seconds / 3600 }

    /// What `parse` accepts, for error messages: "a duration from 1ms to 8760h (a year)".
    public static var accepted: String { "a duration from 1ms to \(longestText)" }

    /// Parses a duration from 1 ms to `longest`; a bare number is seconds. `nil` for anything else:
    /// not a number, zero or less, `inf`/`nan`, less than a millisecond, more than a year.
    public static func parse(_ text: String) -> Duration? {
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        let unit = units.first { text.hasSuffix($0.suffix) }
        guard let value = Double(unit.map { text.dropLast($0.suffix.count) } ?? Substring(text)) else { return nil }
        let milliseconds = (value * (unit?.seconds ?? 1) * 1000).rounded()
        // Bounded while still a Double: `Int64(_:)` traps on infinity and past `Int64.max`, and a
        // positive value that rounds to 0 ms would be a timeout that expires at once.
        guard milliseconds >= 1, milliseconds <= Double(longest.components.seconds) * 1000 else { return nil }
        return .milliseconds(Int64(milliseconds))
    }
}
