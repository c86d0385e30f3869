public import ArgumentParser
import Foundation
public import Findings
public import Reports
internal import Localization

extension OutputFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Flags every reporting command shares.
struct OutputOptions: ParsableArguments {
    @Option(help: Help.argument(OptionGroupHelp.format))
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: Help.argument(OptionGroupHelp.failOn))
    var failOn: Severity = .error

    @Flag(name: .customLong("no-color"), help: Help.argument(OptionGroupHelp.noColor))
    var noColor = false

    @Flag(help: Help.argument(OptionGroupHelp.quiet))
    var quiet = false

    @Flag(name: .customLong("no-summary"), help: Help.argument(OptionGroupHelp.noSummary))
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
