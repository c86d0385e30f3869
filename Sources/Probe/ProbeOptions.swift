public import Addresses

/// How `albdoctor probe` resolves and connects.
public struct ProbeOptions: Sendable {
    /// Ask this DNS server directly (`SERVER[:PORT]`) instead of the system resolver.
    public var dnsServer: String?
    /// Ask the DNS this many times and union the answers.
    public var dnsRounds = 1
    /// Probe every address this many times; nil means until `shouldStop` says so.
    public var rounds: Int? = 1
    public var interval: Duration = .seconds(1)
    /// Tries to each address within one round, all at once: N tries of a round take one
    /// connect timeout, and each counts as a round of its own in the report.
    public var triesPerRound = 1
    public var connectTimeout: Duration = .seconds(5)
    /// The deadline for everything after the connect (TLS, HTTP) and for each DNS query.
    public var timeout: Duration = .seconds(10)
    public var roots: TrustRoots = .system
    /// Only this family (`-4`, `-6`).
    public var family: IPAddress.Family?
    /// Probe these addresses instead of resolving the host (SNI and Host stay the host).
    public var addresses: [IPAddress] = []
    /// For https targets, also check that port 80 redirects to HTTPS.
    public var checkPort80 = true
    public var userAgent = "albdoctor"

    public init() {}
}
