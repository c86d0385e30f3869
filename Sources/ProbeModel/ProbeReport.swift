public import Addresses

/// Everything `albdoctor probe` learned about one URL: how it resolved and each address's phases.
public struct ProbeReport: Sendable, Hashable, Codable {
    public var url: String
    public var host: String
    public var port: Int
    public var resolution: Resolution
    public var addresses: [AddressReport]
    /// Rounds completed.
    public var rounds: Int

    /// Every stored property, as the memberwise initializer takes them.
    package init(url: String, host: String, port: Int, resolution: Resolution, addresses: [AddressReport], rounds: Int) {
        self.url = url
        self.host = host
        self.port = port
        self.resolution = resolution
        self.addresses = addresses
        self.rounds = rounds
    }
}

/// One address of a URL over every round: the most telling try in full, and the tally.
public struct AddressReport: Sendable, Hashable, Codable {
    public struct Phases: Sendable, Hashable, Codable {
        public var dnsMs: Double?
        public var connectMs: Double?
        public var tlsMs: Double?
        public var firstByteMs: Double?
        public var totalMs: Double

        /// Every stored property, as the memberwise initializer takes them.
        package init(dnsMs: Double? = nil, connectMs: Double? = nil, tlsMs: Double? = nil, firstByteMs: Double? = nil, totalMs: Double) {
            self.dnsMs = dnsMs
            self.connectMs = connectMs
            self.tlsMs = tlsMs
            self.firstByteMs = firstByteMs
            self.totalMs = totalMs
        }
    }

    public struct Rounds: Sendable, Hashable, Codable {
        public var count: Int
        /// Tries where TCP connected.
        public var connected: Int
        /// Tries where every phase succeeded.
        public var succeeded: Int
        public var successRatio: Double
        /// The TCP outcome of each try, oldest first (the last 100).
        public var tcpOutcomes: [ConnectionResult.TCPOutcome]
        /// Tries per distinct failure, e.g. `timeout: 5`.
        public var failures: [String: Int]

        /// Every stored property, as the memberwise initializer takes them.
        package init(count: Int, connected: Int, succeeded: Int, successRatio: Double, tcpOutcomes: [ConnectionResult.TCPOutcome], failures: [String: Int]) {
            self.count = count
            self.connected = connected
            self.succeeded = succeeded
            self.successRatio = successRatio
            self.tcpOutcomes = tcpOutcomes
            self.failures = failures
        }
    }

    public var url: String
    public var address: IPAddress
    public var family: IPAddress.Family
    public var ttl: UInt32?
    public var tcp: ConnectionResult.TCP
    public var tls: ConnectionResult.TLS?
    public var http: ConnectionResult.HTTP?
    public var phases: Phases
    /// For https URLs: what port 80 answered (the first answer that worked, else the last).
    public var port80: ConnectionResult?
    public var rounds: Rounds

    /// Every stored property, as the memberwise initializer takes them.
    package init(url: String, address: IPAddress, family: IPAddress.Family, ttl: UInt32? = nil, tcp: ConnectionResult.TCP, tls: ConnectionResult.TLS? = nil, http: ConnectionResult.HTTP? = nil, phases: Phases, port80: ConnectionResult? = nil, rounds: Rounds) {
        self.url = url
        self.address = address
        self.family = family
        self.ttl = ttl
        self.tcp = tcp
        self.tls = tls
        self.http = http
        self.phases = phases
        self.port80 = port80
        self.rounds = rounds
    }
}
