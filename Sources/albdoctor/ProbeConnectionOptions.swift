internal import Addresses
import ArgumentParser
import Localization
import Probe
import Reports

/// How to reach the addresses: the flags `probe`, `diagnose` and `serve` share.
struct ProbeConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Ask this DNS server directly (our own client, UDP then TCP; shows the CNAME chain) instead of the system resolver.", valueName: "server[:port]"))
    var dns: String?

    @Option(name: .customLong("ca-file"), help: ArgumentHelp("Trust the certificates in this PEM file instead of the system roots (a private CA).", valueName: "pem"))
    var caFile: String?

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp(
        "How long a TCP connect may take before it counts as a timeout: \(DurationOption.accepted).", valueName: "duration"))
    var connectTimeout = DurationOption(default: "5s", .seconds(5))

    @Option(help: ArgumentHelp("Deadline for everything after the connect (TLS, HTTP) and for each DNS query: \(DurationOption.accepted).", valueName: "duration"))
    var timeout = DurationOption(default: "10s", .seconds(10))

    @Flag(name: .customShort("4"), help: "Only IPv4 addresses.")
    var ipv4Only = false

    @Flag(name: .customShort("6"), help: "Only IPv6 addresses.")
    var ipv6Only = false

    func validate() throws {
        // This group has no `--lang` of its own: the command's is read from the command line.
        if ipv4Only && ipv6Only { throw ValidationError(UsageText.familiesExclusive.text(in: LanguageOption.ofProcess)) }
    }

    /// The address family to probe; nil for both.
    var family: IPAddress.Family? { ipv4Only ? .ipv4 : ipv6Only ? .ipv6 : nil }

    /// Sets the DNS server, timeouts and family on `options`.
    func apply(to options: inout ProbeOptions) {
        options.dnsServer = dns
        options.connectTimeout = connectTimeout.duration
        options.timeout = timeout.duration
        options.family = family
    }

    /// Sets the roots in `--ca-file` on `options` (reads the file: call it once, in `run`).
    func loadTrustRoots(into options: inout ProbeOptions) throws {
        if let caFile { options.roots = try TrustRoots(pemFile: caFile) }
    }
}
