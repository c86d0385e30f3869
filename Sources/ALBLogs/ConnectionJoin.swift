/// Joins connection-log entries to access-log entries on `conn_trace_id`: connections that never
/// carried a logged request are clients whose TLS handshake (or first request) failed. Same
/// watermark discipline as `OrphanTracker`.
public struct ConnectionJoin: Sendable {
    private var connections: [String: (client: ClientAddress, time: Int64)] = [:]
    private var requests: [String: Int64] = [:]
    private var watermark = Int64.min
    /// Connections without any request, per client.
    public private(set) var silentByClient: [ClientAddress: Int] = [:]
    public private(set) var connectionCount = 0
    /// How far outside its own time an entry of the other log may come.
    public let slack: Int64

    public init(slack: Int64) { self.slack = slack }

    public mutating func connection(traceID: String, client: ClientAddress, time: Int64) {
        connectionCount += 1
        if requests[traceID] != nil { return }
        connections[traceID] = (client, time)
    }

    public mutating func request(traceID: String, time: Int64) {
        if connections.removeValue(forKey: traceID) != nil { return }
        requests[traceID] = time
    }

    public mutating func advance(to watermark: Int64) {
        guard watermark > self.watermark else { return }
        self.watermark = watermark
        let limit = watermark == Int64.max ? Int64.max : watermark - slack
        for entry in connections.values where entry.time < limit { silentByClient[entry.client, default: 0] += 1 }
        connections = connections.filter { $0.value.time >= limit }
        requests = requests.filter { $0.value >= limit }
    }

    public mutating func finish() { advance(to: Int64.max) }
}
