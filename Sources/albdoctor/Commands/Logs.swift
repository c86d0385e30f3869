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
        static let configuration = CommandConfiguration(
            abstract: "Read ALB access and connection logs: who was redirected to HTTPS and never arrived, whose TLS handshakes failed.",
            discussion: """
                Reads .log and .log.gz files, folders (recursively, as `aws s3 sync` leaves the \
                AWSLogs/ACCOUNT/elasticloadbalancing/REGION/YYYY/MM/DD/ layout) and - for stdin, on all \
                cores. Access and connection logs (conn_log.* files, or by content) may be mixed; JSON \
                lines exported from Athena or CloudWatch work too.

                Examples:
                  albdoctor logs ~/alb-logs/AWSLogs/123456789012/elasticloadbalancing/ap-northeast-1/2025/12/25/
                  albdoctor logs logs/ --since 2025-12-25T23:00:00Z --until 2025-12-26T01:00:00Z
                  albdoctor logs logs/ --client 119.21.1.1
                  zcat *.log.gz | albdoctor logs - --format json | jq .analyses.orphanRedirects
                  albdoctor logs --athena-sql alb_access_logs     # the same analyses as Athena SQL
                """
        )

        @Argument(help: ArgumentHelp("Log files, folders, or - for standard input.", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("How long a redirected client has to arrive over HTTPS: \(WindowOption.accepted).", valueName: "duration"))
        var window = WindowOption(default: "180s", seconds: 180)

        @Option(name: .customLong("connection-window"), help: ArgumentHelp(
            "How long a connection may carry requests after it opened, for joining connection and access logs on conn_trace_id (default 1h, ALB's client keep-alive; its idle timeout goes up to 4000s).",
            valueName: "duration"))
        var connectionWindow = WindowOption(default: "1h", seconds: 3600)

        @Option(help: ArgumentHelp("Only entries at or after this time (\(TimeOption.accepted)).", valueName: "time"))
        var since: TimeOption?

        @Option(help: ArgumentHelp("Only entries at or before this time.", valueName: "time"))
        var until: TimeOption?

        @Option(help: ArgumentHelp("Follow one client address through both logs.", valueName: "ip"))
        var client: String?

        @Option(name: .customLong("athena-sql"), help: ArgumentHelp("Print Athena SQL for the same analyses over this access-log table, and exit.", valueName: "table"))
        var athenaTable: String?

        @Option(name: .customLong("athena-connection-table"), help: ArgumentHelp("The connection-log table for --athena-sql (default: the access table's name with 'connection').", valueName: "table"))
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
                throw Terminal.inputError(.noLogEntries(paths: paths, problems: analysis.input.problems), language: output.language)
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
