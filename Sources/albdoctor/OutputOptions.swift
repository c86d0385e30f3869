public import ArgumentParser
public import Findings
public import Reports

extension OutputFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Flags every reporting command shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text (colour on a terminal), json or sarif.")
    var format: OutputFormat = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this severity: error, warning or note.")
    var failOn: Severity = .error

    @Flag(name: .customLong("no-color"), help: "Never colour the text output (NO_COLOR in the environment does the same).")
    var noColor = false
}

extension OutputOptions {
    /// Prints the report in the chosen format, then exits 1 (by throwing) when a finding is at or
    /// above `--fail-on`: the last step of every reporting command.
    func emit(_ report: Report, context: ReportContext) throws {
        print(format.reporter.render(report, context: context), terminator: "")
        if report.hasFindings(atOrAbove: failOn) { throw ExitCode(1) }
    }
}
