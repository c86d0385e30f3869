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
