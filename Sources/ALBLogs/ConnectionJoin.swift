/// Joins connection-log entries to access-log entries on `conn_trace_id`: connections that never
/// carried a logged request are clients whose TLS handshake (or first request) failed.
///
/// A connection is decided once `window` has passed after it without a request (a client may
/// open a connection and send its first request much later: ALB keeps idle connections up to
/// 4,000 s); its first request settles it and it is forgotten. A request whose connection has
/// not been read (files read out of order, or a connection settled already) waits `slack`.
/// Both sides are forgotten in time order, so memory follows the connections still waiting for
/// a first request and the last minutes of requests, not the number of lines.
public struct ConnectionJoin: Sendable {
    /// Connections waiting for their first request; the payload is the client (an IPv4 address,
    /// or a flag whose client is in `otherClients`).
    private var connections = TraceTable()
    private var otherClients: [TraceID: ClientAddress] = [:]
    private var connectionOrder = TimeQueue()
    private var requests = TraceTable()
    private var requestOrder = TimeQueue()
    private var watermark = Int64.min
    /// Connections without any request, per client.
    public private(set) var silentByClient: [ClientAddress: Int] = [:]
    public private(set) var connectionCount = 0
    /// How long after a connection its first request may come (microseconds).
    public let window: Int64
    /// How far outside its own time an entry of the other log may come (microseconds).
    public let slack: Int64

    /// The payload bit that says the client is in `otherClients`.
    private static let otherClient: UInt64 = 1 << 32

    public init(window: Int64, slack: Int64) {
        self.window = window
        self.slack = slack
    }

    public mutating func connection(traceID: TraceID, client: ClientAddress, time: Int64) {
        connectionCount += 1
        if requests.removeValue(forKey: traceID) != nil { return }
        let payload: UInt64
        if let address = client.ipv4Value {
            payload = UInt64(address)
        } else {
            payload = Self.otherClient
            otherClients[traceID] = client
        }
        if connections.updateValue(payload, forKey: traceID) == nil { connectionOrder.append(traceID, time: time) }
    }

    public mutating func request(traceID: TraceID, time: Int64) {
        if let payload = connections.removeValue(forKey: traceID) {
            if payload & Self.otherClient != 0 { otherClients.removeValue(forKey: traceID) }
            return
        }
        if requests.updateValue(UInt64(bitPattern: time), forKey: traceID) == nil { requestOrder.append(traceID, time: time) }
    }

    public mutating func advance(to watermark: Int64) {
        guard watermark > self.watermark else { return }
        self.watermark = watermark
        let finished = watermark == Int64.max
        let connectionLimit = finished ? Int64.max : watermark - slack - window
        while let id = connectionOrder.popFirst(before: connectionLimit) {
            guard let payload = connections.removeValue(forKey: id) else { continue }
            let client = payload & Self.otherClient != 0 ? otherClients.removeValue(forKey: id) : .ipv4(UInt32(truncatingIfNeeded: payload))
            if let client { silentByClient[client, default: 0] += 1 }
        }
        let requestLimit = finished ? Int64.max : watermark - slack
        while let id = requestOrder.popFirst(before: requestLimit) { requests.removeValue(forKey: id) }
    }

    public mutating func finish() { advance(to: Int64.max) }
}

/// Ids in the order they came, with their times, forgotten from the front. Entries come nearly
/// in time order (files are read in the order of their intervals); one that is older than the
/// front waits behind it, which only delays forgetting it. Packed ids are kept as plain numbers.
struct TimeQueue: Sendable {
    private struct Entry: Sendable {
        var high: UInt64
        var low: UInt64
        var time: Int64
    }

    private var entries: [Entry] = []
    private var head = 0
    private var texts: [(id: String, time: Int64)] = []
    private var textHead = 0

    mutating func append(_ id: TraceID, time: Int64) {
        switch id {
        case .packed(let high, let low): entries.append(Entry(high: high, low: low, time: time))
        case .text(let text): texts.append((text, time))
        }
    }

    /// The first id (of either kind) older than `limit`, removed.
    mutating func popFirst(before limit: Int64) -> TraceID? {
        if textHead < texts.count, texts[textHead].time < limit {
            textHead += 1
            return .text(texts[textHead - 1].id)
        }
        guard head < entries.count, entries[head].time < limit else {
            compact()
            return nil
        }
        head += 1
        return .packed(entries[head - 1].high, entries[head - 1].low)
    }

    private mutating func compact() {
        if head > 4096 && head * 2 > entries.count {
            entries.removeFirst(head)
            head = 0
        }
        if textHead > 256 && textHead * 2 > texts.count {
            texts.removeFirst(textHead)
            textHead = 0
        }
    }
}
