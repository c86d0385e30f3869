import ALBLogs
import AWSInventory
import ArgumentParser
import Diagnose
import DiagnoseReports
import Findings
import LintPipeline
import Foundation
import Probe
import Localization
import Reports
import RuleCatalog

extension ALBDoctor {
    /// `albdoctor diagnose`: from a URL to the root cause, joining probe, account, logs and templates.
    struct Diagnose: AsyncParsableCommand {
        /// Computed, as the help's words are in the process's language (`Help`).
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Help.text(DiagnoseHelp.abstract), discussion: Help.text(DiagnoseHelp.discussion))
        }

        @Argument(help: Help.argument(DiagnoseHelp.target, valueName: "url"), transform: ProbeTarget.argument)
        var target: ProbeTarget

        @OptionGroup var connection: ProbeConnectionOptions

        @Option(help: Help.argument(DiagnoseHelp.rounds, valueName: "n"))
        var rounds = 6

        @Option(help: Help.argument(DiagnoseHelp.profile))
        var profile: String?

        @Option(help: Help.argument(AWSHelp.region))
        var region: String?

        @Option(name: .customLong("endpoint-url"), help: Help.argument(DiagnoseHelp.endpointURL))
        var endpointURL: String?

        @Option(help: Help.argument(DiagnoseHelp.snapshot, valueName: "file"))
        var snapshot: String?

        @Option(help: Help.argument(DiagnoseHelp.logs, valueName: "path|s3-url"), transform: LogsLocation.argument)
        var logs: [LogsLocation] = []

        @Option(help: Help.argument(DiagnoseHelp.since, valueName: "time"))
        var since: TimeOption?

        @Option(help: Help.argument(DiagnoseHelp.until, valueName: "time"))
        var until: TimeOption?

        @Option(help: Help.argument(LogsHelp.window(longestHours: Help.longestHours), valueName: "duration"))
        var window = WindowOption(default: "180s", seconds: 180)

        @Option(parsing: .upToNextOption, help: Help.argument(DiagnoseHelp.templates, valueName: "path"))
        var templates: [String] = []

        @OptionGroup var templateOptions: TemplateOptions

        @OptionGroup var output: OutputOptions

        func validate() throws {
            try output.require([.text, .json, .html, .markdown], view: "diagnose")
            guard rounds >= 1 else { throw ValidationError(UsageText.roundsAtLeastOne.text(in: output.language)) }
            if snapshot != nil && region != nil { throw ValidationError(UsageText.snapshotHoldsRegion.text(in: output.language)) }
            _ = try logsSource()
            _ = try period()
        }

        func run() async throws {
            var options = probeOptions()
            do { try connection.loadTrustRoots(into: &options) } catch { throw Terminal.inputError(error, language: output.language) }
            let period = try period()
            let environment = ProcessInfo.processInfo.environment
            let account: Diagnostician.AccountSource = snapshot.map { .snapshot(path: $0, profile: profile, endpoint: endpointURL) }
                ?? .live(profile: profile, region: region, endpoint: endpointURL)
            let logsSource = try logsSource()
            var lint: TemplateLint?
            if !templates.isEmpty || !templateOptions.stacks.isEmpty {
                lint = templateOptions.lint(paths: templates, region: region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"])
            }
            let diagnostician = Diagnostician(
                target: target, probeOptions: options, account: account, logs: logsSource, period: period,
                window: window.seconds, templates: lint, environment: environment)
            let bar = ProgressBar(enabled: output.showsProgress, language: output.language)
            let outcome: Diagnostician.Outcome
            do {
                outcome = try await diagnostician.run(failOn: output.failOn) { bar.update($0) }
            } catch {
                bar.finish()
                throw Terminal.inputError(error, language: output.language)
            }
            bar.finish()
            let diagnosis = outcome.diagnosis
            let colour = Terminal.wantsColour(disabled: output.noColor)
            let report = Report(command: "diagnose", findings: diagnosis.findings)
            let used = diagnosis.views.filter(\.used).map(\.view.rawValue)
            var context = ReportContext(version: ALBDoctor.version, colour: colour, scope: LocalizedText(ViewScope.diagnosis(url: diagnosis.url, views: used)), rules: RuleCatalog.rules, extraJSON: ["diagnosis": diagnosis])
            context.htmlSections = DiagnosisHTML.sections(outcome, language: output.language)
            context.markdownSections = DiagnosisMarkdown.sections(outcome, language: output.language)
            context.textSections = [DiagnosisText.render(diagnosis, colour: colour, language: output.language)]
            try output.emit(report, context: context)
        }

        /// Where `--logs` says to read: the load balancer's bucket when not given, local paths, or one S3 location.
        private func logsSource() throws -> Diagnostician.LogsSource {
            var paths: [String] = []
            var locations: [S3Location] = []
            for location in logs {
                switch location {
                case .path(let path): paths.append(path)
                case .s3(let s3): locations.append(s3)
                }
            }
            switch (paths.isEmpty, locations.count) {
            case (true, 0): return .loadBalancer
            case (false, 0): return .paths(paths)
            case (true, 1): return .s3(locations[0])
            case (true, _): throw ValidationError(UsageText.oneS3Location.text(in: output.language))
            case (false, _): throw ValidationError(UsageText.pathsOrS3.text(in: output.language))
            }
        }

        /// `--since`/`--until`; by default the last 3 hours.
        private func period() throws -> LogPeriod {
            let until = until?.time ?? LogTime(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
            let since = since?.time ?? until.adding(microseconds: -3 * 3_600_000_000)
            guard since < until else { throw ValidationError(UsageText.sinceBeforeUntil.text(in: output.language)) }
            return LogPeriod(since: since, until: until)
        }

        private func probeOptions() -> ProbeOptions {
            var options = ProbeOptions()
            connection.apply(to: &options)
            options.rounds = 1
            options.triesPerRound = rounds
            options.userAgent = "albdoctor/\(ALBDoctor.version)"
            return options
        }
    }
}
