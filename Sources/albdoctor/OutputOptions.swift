public import ArgumentParser
import Foundation
public import Findings
public import Reports
internal import Localization

extension OutputFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Flags every reporting command shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text (colour on a terminal), json, sarif (lint, aws), html (a self-contained page with pictures), markdown (lint, aws, diagnose: a pull-request comment with a Mermaid diagram) or gitlab (lint, aws: GitLab Code Quality JSON).")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning or note.")
    var failOn: Severity = .error

    @Flag(name: .customLong("no-color"), help: "Never colour the text output (NO_COLOR in the environment does the same).")
    var noColor = false

    @Flag(help: "Print the findings and nothing else: no view's own table (probe's addresses, logs' analyses, diagnose's root cause), no progress bar, no closing summary; nothing at all when there are none. Text output only; the exit code is the same.")
    var quiet = false

    @Flag(name: .customLong("no-summary"), help: "Leave out the closing line (the counts, or \"No findings\" with what was checked). Text output only.")
    var noSummary = false

    @OptionGroup var lang: LanguageOption

    /// The language of the report (`--lang`, else the environment).
    var language: Language { lang.language }

    func validate() throws {
        if format != .text && (quiet || noSummary) {
            throw ValidationError(UsageText.textOnlyFlag(flag: quiet ? "--quiet" : "--no-summary", format: format.rawValue).text(in: language))
        }
    }
}

extension OutputOptions {
    /// Prints the report in the chosen format, then exits 1 (by throwing) when a finding is at or
    /// above `--fail-on`: the last step of every reporting command.
    func emit(_ report: Report, context: ReportContext) throws {
        var context = context
        context.generated = Self.generated(environment: ProcessInfo.processInfo.environment)
        context.summary = !(quiet || noSummary)
        context.language = language
        if quiet { context.textSections = [] }
        print(try format.reporter.render(report, context: context), terminator: "")
        if report.hasFindings(atOrAbove: failOn) { throw ExitCode(1) }
    }
}

extension OutputOptions {
    /// "2026-11-27T18:00:00Z": `SOURCE_DATE_EPOCH` when set (reproducible reports), else now.
    static func generated(environment: [String: String]) -> String {
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init).map { Date(timeIntervalSince1970: Double($0)) } ?? Date()
        return date.formatted(.iso8601)
    }

    /// Whether a view may redraw itself on standard output as it goes (`probe --watch`): text
    /// output to a terminal, and not `--quiet`.
    var drawsLiveView: Bool { format == .text && !quiet && Terminal.stdoutIsTerminal }

    /// Whether a progress bar may draw on standard error (a terminal, and not `--quiet`).
    var showsProgress: Bool { Terminal.stderrIsTerminal && !quiet }

    /// Refuses the formats a view cannot write, saying which it can.
    func require(_ allowed: [OutputFormat], view: String) throws {
        guard allowed.contains(format) else {
            throw ValidationError(UsageText.formatNotForView(format: format.rawValue, view: view, allowed: allowed.map(\.rawValue)).text(in: language))
        }
    }
}
