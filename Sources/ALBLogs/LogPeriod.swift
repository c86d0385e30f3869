/// The period of logs a command reads, as two instants (JSON: `{"since": …, "until": …}`).
public struct LogPeriod: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Its first instant.
    public var since: LogTime
    /// Its last instant.
    public var until: LogTime

    public init(since: LogTime, until: LogTime) {
        self.since = since
        self.until = until
    }

    /// `2026-11-27T15:00:00Z – 2026-11-27T18:00:00Z`.
    public var description: String { "\(since.secondText) – \(until.secondText)" }
}
