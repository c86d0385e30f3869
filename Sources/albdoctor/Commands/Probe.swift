internal import Addresses
import ArgumentParser
import Findings
import Foundation
import Probe
import Localization
import Reports
import RuleCatalog
import ProbeReports

extension ALBDoctor {
    /// `albdoctor probe`: every address of a name through TCP, TLS and HTTP.
    struct Probe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Probe every address of a host through TCP, TLS and HTTP: which one hangs, which serves the wrong certificate.",
            discussion: """
                Resolves every A and AAAA address (the system resolver, or --dns SERVER directly) and, for \
                each address at once, connects, shakes hands with SNI, sends GET and checks that port 80 \
                redirects to HTTPS — the `curl -v`, `nc` and `openssl s_client` rounds of a manual hunt in one \
                command. One address that times out while the others work is the signature of a \
                load-balancer node in a subnet without an internet route.

                Examples:
                  albdoctor probe test.jp
                  albdoctor probe https://test.jp/health --rounds 10 --interval 1s
                  albdoctor probe test.jp --dns 8.8.8.8 --dns-rounds 5       # ALB answers rotate: union them
                  albdoctor probe https://test.jp/ --address 203.0.113.9      # one node, SNI and Host test.jp
                  albdoctor probe test.jp --watch                             # live table until Ctrl-C
                  albdoctor probe test.jp --format json | jq '.addresses[] | {address, tcp}'

                Exit codes: 0 healthy; 1 an error finding (an address that never connects, a bad \
                certificate, …); 2 bad usage or a name that does not resolve.
                """
        )

        @Argument(help: ArgumentHelp("Host names or URLs (https:// is assumed).", valueName: "host-or-url"), transform: ProbeTarget.argument)
        var targets: [ProbeTarget] = []

        @Option(name: .customLong("dns-rounds"), help: ArgumentHelp("Ask the DNS this many times and probe the union of the answers (with --dns).", valueName: "n"))
        var dnsRounds = 1

        @Option(help: ArgumentHelp("Probe every address this many times, to see intermittent loss.", valueName: "n"))
        var rounds = 1

        @Option(help: ArgumentHelp("Pause between rounds: 0 or \(PauseOption.accepted).", valueName: "duration"))
        var interval = PauseOption(default: "1s", .seconds(1))

        @Option(name: .customLong("address"), help: ArgumentHelp("Probe this address instead of resolving (repeatable); SNI and Host stay the URL's host.", valueName: "ip"),
                transform: IPAddress.argument)
        var addresses: [IPAddress] = []

        @OptionGroup var connection: ProbeConnectionOptions

        @Flag(help: "Keep probing until Ctrl-C, redrawing the table after each round.")
        var watch = false

        @Flag(name: .customLong("no-port-80"), help: "Do not check that port 80 redirects to HTTPS.")
        var noPort80 = false

        @Option(name: .customLong("expiry-warning"), help: ArgumentHelp("Warn when a certificate expires within this many days.", valueName: "days"))
        var expiryWarningDays = 30

        @OptionGroup var output: OutputOptions

        func validate() throws {
            try output.require([.text, .json, .html], view: "probe")
            if targets.isEmpty { throw ValidationError(UsageText.giveProbeTarget.text(in: output.language)) }
            guard rounds >= 1, dnsRounds >= 1 else { throw ValidationError(UsageText.probeRoundsAtLeastOne.text(in: output.language)) }
            if dnsRounds > 1 && connection.dns == nil { throw ValidationError(UsageText.dnsRoundsNeedDNS.text(in: output.language)) }
        }

        func run() async throws {
            var options = options()
            let prober: Prober
            do {
                try connection.loadTrustRoots(into: &options)
                prober = try Prober(options: options)
            } catch {
                throw Terminal.inputError(error, language: output.language)
            }
            let stop = StopSignal(installed: watch)
            let live = watch && output.drawsLiveView
            let colour = Terminal.wantsColour(disabled: output.noColor)
            let language = output.language
            var reports: [ProbeReport] = []
            var failedToResolve = false
            for target in targets {
                let resolution: Resolution
                do {
                    resolution = try await prober.resolve(target)
                } catch {
                    Terminal.writeError(CommandLineText.errorPrefix.text(in: language) + Terminal.message(of: error, in: language))
                    failedToResolve = true
                    continue
                }
                let earlier = reports
                let report = await prober.probe(target, resolution: resolution, shouldStop: { stop.requested }) { partial in
                    guard live else { return }
                    print(ProbeText.liveFrame(earlier + [partial], colour: colour, language: language), terminator: "")
                    fflush(nil)
                }
                reports.append(report)
            }
            guard !reports.isEmpty else { throw ExitCode(2) }
            let findings = reports.flatMap { $0.findings(expiryWarningDays: expiryWarningDays) }
            let report = Report(command: "probe", findings: findings)
            var context = ReportContext(
                version: ALBDoctor.version, colour: colour,
                scope: LocalizedText(ViewScope.probe(addresses: reports.reduce(0) { $0 + $1.addresses.count }, hosts: reports.map(\.host))),
                rules: RuleCatalog.rules, extraJSON: ["addresses": reports.flatMap(\.addresses), "resolutions": Dictionary(uniqueKeysWithValues: reports.map { ($0.url, $0.resolution) })])
            context.htmlSections = ProbeHTML.sections(reports, language: output.language)
            if live { print(ProbeText.clearScreen, terminator: "") }
            context.textSections = [ProbeText.render(reports, colour: colour, language: output.language)]
            try output.emit(report, context: context)
            if failedToResolve { throw ExitCode(2) }
        }

        /// The options from the flags, already parsed by ArgumentParser (`--ca-file` and `--dns` are
        /// read once, in `run`).
        private func options() -> ProbeOptions {
            var options = ProbeOptions()
            connection.apply(to: &options)
            options.dnsRounds = dnsRounds
            options.rounds = watch ? nil : rounds
            options.interval = interval.duration
            options.checkPort80 = !noPort80
            options.userAgent = "albdoctor/\(ALBDoctor.version)"
            options.addresses = addresses
            return options
        }
    }
}
