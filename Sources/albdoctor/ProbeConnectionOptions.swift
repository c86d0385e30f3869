internal import Addresses
import ArgumentParser
import Probe

/// How to reach the addresses: the flags `probe`, `diagnose` and `serve` share.
struct ProbeConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Ask this DNS server directly (our own client, UDP then TCP; shows the CNAME chain) instead of the system resolver.", valueName: "server[:port]"))
    var dns: String?

    @Option(name: .customLong("ca-file"), help: ArgumentHelp("Trust the certificates in this PEM file instead of the system roots (a private CA).", valueName: "pem"))
    var caFile: String?

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("How long a TCP connect may take before it counts as a timeout.", valueName: "duration"))
    var connectTimeout = "5s"

    @Option(help: ArgumentHelp("Deadline for everything after the connect (TLS, HTTP) and for each DNS query.", valueName: "duration"))
    var timeout = "10s"

    @Flag(name: .customShort("4"), help: "Only IPv4 addresses.")
    var ipv4Only = false

    @Flag(name: .customShort("6"), help: "Only IPv6 addresses.")
    var ipv6Only = false

    func validate() throws {
        if ipv4Only && ipv6Only { throw ValidationError("-4 and -6 exclude each other; give neither to probe both families.") }
        _ = try timeouts()
    }

    /// The address family to probe; nil for both.
    var family: IPAddress.Family? { ipv4Only ? .ipv4 : ipv6Only ? .ipv6 : nil }

    /// `--connect-timeout` and `--timeout` as durations.
    func timeouts() throws -> (connect: Duration, rest: Duration) {
        (try Self.duration(connectTimeout, option: "--connect-timeout"), try Self.duration(timeout, option: "--timeout"))
    }

    /// Sets the DNS server, timeouts and family on `options`.
    func apply(to options: inout ProbeOptions) throws {
        let (connect, rest) = try timeouts()
        options.dnsServer = dns
        options.connectTimeout = connect
        options.timeout = rest
        options.family = family
    }

    /// Sets the roots in `--ca-file` on `options` (reads the file: call it once, in `run`).
    func loadTrustRoots(into options: inout ProbeOptions) throws {
        if let caFile { options.roots = try TrustRoots(pemFile: caFile) }
    }

    /// A duration flag's value (500ms, 3s, 1m), or a usage error naming the flag.
    static func duration(_ text: String, option: String) throws -> Duration {
        guard let value = DurationArgument.parse(text) else {
            throw ValidationError("\(option) '\(text)': expected \(DurationArgument.accepted), such as 500ms, 3s or 1m.")
        }
        return value
    }
}
