/// What an ALB log file's name tells: whether it is a connection log, the load balancer node's
/// address and the end of the 5-minute interval it covers. AWS names them
/// `[conn_log.]ACCOUNT_elasticloadbalancing_REGION_app.NAME.ID_YYYYMMDDTHHMMZ_IP_RANDOM.log.gz`.
public struct LogFileName: Sendable, Equatable {
    public var isConnectionLog: Bool
    /// The node's address, as written (zero padding removed).
    public var node: String?
    /// The end of the file's interval.
    public var endTime: LogTime?

    public init(_ path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        isConnectionLog = name.hasPrefix("conn_log.") || name.hasPrefix("conn_log_")
        let body = isConnectionLog ? String(name.dropFirst("conn_log.".count)) : name
        let parts = body.split(separator: "_")
        guard parts.count >= 7, parts[1] == "elasticloadbalancing" else { return }
        let stamp = parts[4]
        if stamp.count == 14, stamp.hasSuffix("Z"), let year = Int64(stamp.prefix(4)), let month = Int64(stamp.dropFirst(4).prefix(2)),
           let day = Int64(stamp.dropFirst(6).prefix(2)), let hour = Int64(stamp.dropFirst(9).prefix(2)), let minute = Int64(stamp.dropFirst(11).prefix(2)) {
            endTime = LogTime(microseconds: ((Timestamp.daysFromCivil(year: year, month: month, day: day) * 24 + hour) * 60 + minute) * 60_000_000)
        }
        let octets = parts[5].split(separator: ".").compactMap { Int($0) }
        node = octets.count == 4 ? octets.map(String.init).joined(separator: ".") : String(parts[5])
    }

    /// How long one file's interval is.
    public static let interval: Int64 = 5 * 60_000_000
}
