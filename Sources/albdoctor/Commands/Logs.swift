import ALBLogs
import ArgumentParser
import Findings
import Foundation
import Localization
import Reports
import RuleCatalog
import LogReports
import Probe

extension ALBDoctor {
    /// `albdoctor logs`: access and connection logs → the clients who were hurt, when, how many.
    struct Logs: AsyncParsableCommand {
        /// Computed, as the help's words are in the process's language (`Help`).
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Help.text(LogsHelp.abstract), discussion: Help.text(LogsHelp.discussion))
        }

        @Argument(help: Help.argument(LogsHelp.paths, valueName: "path"))
        var paths: [String] = []

        @Option(help: Help.argument(LogsHelp.window(longestHours: Help.longestHours), valueName: "duration"))
        var window = WindowOption(default: "180s", seconds: 180)

        @Option(name: .customLong("connection-window"), help: Help.argument(LogsHelp.connectionWindow, valueName: "duration"))
        var connectionWindow = WindowOption(default: "1h", seconds: 3600)

        @Option(help: Help.argument(LogsHelp.since, valueName: "time"))
        var since: TimeOption?

        @Option(help: Help.argument(LogsHelp.until, valueName: "time"))
        var until: TimeOption?

        @Option(help: Help.argument(LogsHelp.client, valueName: "ip"))
        var client: String?

        @Option(name: .customLong("athena-sql"), help: Help.argument(LogsHelp.athenaSQL, valueName: "table"))
        var athenaTable: String?

        @Option(name: .customLong("athena-connection-table"), help: Help.argument(LogsHelp.athenaConnectionTable, valueName: "table"))
        var athenaConnectionTable: String?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            try output.require([.text, .json, .html], view: "logs")
            if athenaTable == nil && paths.isEmpty {
                throw ValidationError(UsageText.giveLogs.text(in: output.language))
            }
        }

        func run() async throws {
            let windowSeconds = window.seconds
            if let athenaTable {
                let connectionTable = athenaConnectionTable ?? AthenaSQL.connectionTable(forAccessTable: athenaTable)
                print(AthenaSQL.orphanRedirects(table: athenaTable, window: windowSeconds))
                print()
                print(AthenaSQL.tlsFailures(connectionTable: connectionTable, accessTable: athenaTable))
                return
            }
            var options = LogAnalyzer.Options()
            options.window = windowSeconds
            options.connectionWindow = connectionWindow.seconds
            options.since = since?.time
            options.until = until?.time
            options.client = client.map(ClientAddress.init)
            let discovered: (sources: [LogSource], skipped: [String])
            do {
                discovered = try LogSource.discover(paths)
            } catch {
                throw Terminal.inputError(error, language: output.language)
            }
            guard !discovered.sources.isEmpty else {
                throw Terminal.inputError(.noLogFiles(paths: paths, skipped: discovered.skipped.count), language: output.language)
            }
            let bar = ProgressBar(enabled: output.showsProgress, language: output.language)
            let analysis = await LogAnalyzer(options: options).analyse(discovered.sources, skipped: discovered.skipped) { bar.update($0) }
            bar.finish()
            if analysis.input.accessEntries + analysis.input.connectionEntries + analysis.input.malformedLines + analysis.input.filteredOut == 0 {
                throw Terminal.inputError(.noLogEntries(paths: paths, problems: analysis.input.problems.map(\.text)), language: output.language)
            }
            let report = Report(command: "logs", findings: analysis.findings)
            let colour = Terminal.wantsColour(disabled: output.noColor)
            var context = ReportContext(version: ALBDoctor.version, colour: colour, scope: LocalizedText(ViewScope.logs(lines: analysis.input.lines)), rules: RuleCatalog.rules, extraJSON: ["analyses": analysis])
            context.htmlSections = LogHTML.sections(analysis, language: output.language)
            context.textSections = [LogAnalysisText.render(analysis, colour: colour, language: output.language)]
            try output.emit(report, context: context)
        }
    }
}
