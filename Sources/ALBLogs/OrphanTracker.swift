/// Finds the clients of an unreachable node: answered by the load balancer with a redirect to `https`, then never
/// seen on an encrypted request within the window. Events may come out of time order (files in
/// any order, entries within a file roughly ordered); `advance(to:)` says no event older than the
/// watermark will come any more, which lets it decide and forget — so memory follows the clients
/// active within the window, not the number of lines.
public struct OrphanTracker: Sendable {
    /// A redirect the load balancer answered itself.
    public struct Redirect: Sendable, Equatable {
        public var client: ClientAddress
        public var time: Int64
        public var userAgent: String?
        public var url: String?
        public var node: String?

        public init(client: ClientAddress, time: Int64, userAgent: String?, url: String?, node: String?) {
            self.client = client
            self.time = time
            self.userAgent = userAgent
            self.url = url
            self.node = node
        }
    }

    private struct ClientState {
        /// Encrypted requests' times (whole seconds, deduplicated) still inside the horizon.
        var arrivals: [Int64] = []
        var pending: [Redirect] = []

        /// Records a redirect; true when an arrival already seen answers it.
        mutating func take(_ redirect: Redirect, window: Int64) -> Bool {
            let second = redirect.time / 1_000_000
            let last = (redirect.time + window) / 1_000_000
            if arrivals.contains(where: { $0 >= second && $0 <= last }) { return true }
            pending.append(redirect)
            return false
        }

        /// Records an encrypted request; returns how many pending redirects it answers.
        mutating func arrive(at time: Int64, window: Int64) -> Int {
            var answered = 0
            if !pending.isEmpty {
                let before = pending.count
                pending.removeAll { time >= $0.time - 1_000_000 && time <= $0.time + window }
                answered = before - pending.count
            }
            let second = time / 1_000_000
            if arrivals.last != second { arrivals.append(second) }
            return answered
        }
    }

    public let window: Int64
    private var clients: [ClientAddress: ClientState] = [:]
    private var redirectedClients: Set<ClientAddress> = []
    private(set) var watermark = Int64.min
    /// Redirects decided so far: orphaned ones are kept in full.
    public private(set) var orphans: [Redirect] = []
    public private(set) var redirectCount = 0
    public private(set) var returnedCount = 0

    /// `window` in microseconds.
    public init(window: Int64) { self.window = window }

    /// Distinct clients that got a redirect.
    public var redirectedClientCount: Int { redirectedClients.count }

    public mutating func redirect(_ redirect: Redirect) {
        redirectCount += 1
        redirectedClients.insert(redirect.client)
        if clients[redirect.client, default: ClientState()].take(redirect, window: window) { returnedCount += 1 }
    }

    /// An encrypted request (`https`, `h2`, `wss`, `grpcs`) from `client` at `time`.
    public mutating func arrival(client: ClientAddress, time: Int64) {
        // Mutating through the subscript keeps the arrays unshared, so nothing is copied.
        returnedCount += clients[client, default: ClientState()].arrive(at: time, window: window)
    }

    /// No event older than `watermark` will come: decide the redirects whose window closed and
    /// forget what can no longer matter.
    public mutating func advance(to watermark: Int64) {
        guard watermark > self.watermark else { return }
        self.watermark = watermark
        let horizon = (watermark - window) / 1_000_000
        // Rebuild rather than mutate while iterating (which would copy the table every time).
        var kept: [ClientAddress: ClientState] = [:]
        kept.reserveCapacity(clients.count)
        for (client, state) in clients {
            var state = state
            if state.pending.contains(where: { $0.time + window < watermark }) {
                orphans += state.pending.filter { $0.time + window < watermark }
                state.pending.removeAll { $0.time + window < watermark }
            }
            if let first = state.arrivals.first, first < horizon { state.arrivals.removeAll { $0 < horizon } }
            if !state.pending.isEmpty || !state.arrivals.isEmpty { kept[client] = state }
        }
        clients = kept
    }

    /// The input ended: every pending redirect is an orphan.
    public mutating func finish() {
        advance(to: Int64.max)
        orphans.sort { $0.time == $1.time ? $0.client < $1.client : $0.time < $1.time }
    }

    /// Clients currently held (for tests of the memory bound).
    public var trackedClientCount: Int { clients.count }
}
