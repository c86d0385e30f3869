internal import Addresses
import ArgumentParser
import Localization
import Probe
import Reports

/// How to reach the addresses: the flags `probe`, `diagnose` and `serve` share.
struct ProbeConnectionOptions: ParsableArguments {
    @Option(help: Help.argument(OptionGroupHelp.dns, valueName: "server[:port]"))
    var dns: String?

    @Option(name: .customLong("ca-file"), help: Help.argument(OptionGroupHelp.caFile, valueName: "pem"))
    var caFile: String?

    @Option(name: .customLong("connect-timeout"), help: Help.argument(OptionGroupHelp.connectTimeout(longestHours: Help.longestHours), valueName: "duration"))
    var connectTimeout = DurationOption(default: "5s", .seconds(5))

    @Option(help: Help.argument(OptionGroupHelp.timeout(longestHours: Help.longestHours), valueName: "duration"))
    var timeout = DurationOption(default: "10s", .seconds(10))

    @Flag(name: .customShort("4"), help: Help.argument(OptionGroupHelp.ipv4Only))
    var ipv4Only = false

    @Flag(name: .customShort("6"), help: Help.argument(OptionGroupHelp.ipv6Only))
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
