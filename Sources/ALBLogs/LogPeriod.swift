/// The period of logs a command reads: from `since` to `until`, microseconds since 1970.
public struct LogPeriod: Sendable, Hashable, CustomStringConvertible {
    /// Its first instant.
    public var since: Int64
    /// Its last instant.
    public var until: Int64

    public init(since: Int64, until: Int64) {
        self.since = since
        self.until = until
    }

    /// `2026-11-27T15:00:00Z`, to the second.
    public static func secondText(_ time: Int64) -> String { "\(Timestamp.format(time).prefix(19))Z" }

    /// `2026-11-27T15:00:00Z – 2026-11-27T18:00:00Z`.
    public var description: String { "\(Self.secondText(since)) – \(Self.secondText(until))" }
}
