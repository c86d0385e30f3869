/// An instant of the logs: microseconds since 1970, as ALB writes them. JSON and text show it
/// as ALB does, `2026-11-27T15:04:05.123456Z`; every consumer reads the number, never the text.
public struct LogTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }

    /// `2026-11-27T15:04:05.123456Z`, as ALB writes it (the fraction and its digits optional);
    /// nil for anything else.
    public init?(_ text: String) {
        guard let microseconds = Timestamp.parse(text) else { return nil }
        self.microseconds = microseconds
    }

    /// A time as users type it for `--since`/`--until` (UTC): ISO 8601 with or without seconds or
    /// the `Z`, or a date alone (its midnight); nil when it is none of these.
    public init?(userText text: String) {
        guard let microseconds = Timestamp.parseUserTime(text) else { return nil }
        self.microseconds = microseconds
    }

    /// `2026-11-27T15:04`, to the minute.
    public var minuteText: String { String(description.prefix(16)) }

    /// `2026-11-27`, the UTC day.
    public var dayText: String { String(description.prefix(10)) }

    /// The instant `microseconds` later (earlier when negative).
    public func adding(microseconds: Int64) -> LogTime { LogTime(microseconds: self.microseconds + microseconds) }

    /// The start of the `interval` (microseconds) it falls in.
    public func floored(to interval: Int64) -> LogTime {
        LogTime(microseconds: microseconds - ((microseconds % interval) + interval) % interval)
    }

    /// `2026-11-27T15:04:05.123456Z`.
    public var description: String { Timestamp.format(microseconds) }

    /// `2026-11-27T15:04:05Z`, to the second.
    public var secondText: String { "\(description.prefix(19))Z" }

    public static func < (lhs: LogTime, rhs: LogTime) -> Bool { lhs.microseconds < rhs.microseconds }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = LogTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a time such as 2026-11-27T15:04:05.123456Z"))
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
