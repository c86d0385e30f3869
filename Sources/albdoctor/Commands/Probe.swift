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
        /// Computed, as the help's words are in the process's language (`Help`).
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Help.text(ProbeHelp.abstract), discussion: Help.text(ProbeHelp.discussion))
        }

        @Argument(help: Help.argument(ProbeHelp.targets, valueName: "host-or-url"), transform: ProbeTarget.argument)
        var targets: [ProbeTarget] = []

        @Option(name: .customLong("dns-rounds"), help: Help.argument(ProbeHelp.dnsRounds, valueName: "n"))
        var dnsRounds = 1

        @Option(help: Help.argument(ProbeHelp.rounds, valueName: "n"))
        var rounds = 1

        @Option(help: Help.argument(ProbeHelp.interval(longestHours: Help.longestHours), valueName: "duration"))
        var interval = PauseOption(default: "1s", .seconds(1))

        @Option(name: .customLong("address"), help: Help.argument(ProbeHelp.address, valueName: "ip"), transform: IPAddress.argument)
        var addresses: [IPAddress] = []

        @OptionGroup var connection: ProbeConnectionOptions

        @Flag(help: Help.argument(ProbeHelp.watch))
        var watch = false

        @Flag(name: .customLong("no-port-80"), help: Help.argument(ProbeHelp.noPort80))
        var noPort80 = false

        @Option(name: .customLong("expiry-warning"), help: Help.argument(ProbeHelp.expiryWarning, valueName: "days"))
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
