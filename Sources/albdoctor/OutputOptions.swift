public import ArgumentParser
import Foundation
import ALBLogs
import Pictures
public import Findings
public import Reports

extension OutputFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// Flags every reporting command shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text (colour on a terminal), json, sarif (lint, aws), html (a self-contained page with pictures) or markdown (lint, aws, diagnose: a pull-request comment with a Mermaid diagram).")
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
        var context = context
        context.generated = Self.generated(environment: ProcessInfo.processInfo.environment)
        print(format.reporter.render(report, context: context), terminator: "")
        if report.hasFindings(atOrAbove: failOn) { throw ExitCode(1) }
    }
}

extension OutputOptions {
    /// "2026-11-27T18:00:00Z": `SOURCE_DATE_EPOCH` when set (reproducible reports), else now.
    static func generated(environment: [String: String]) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Int64.init) ?? Int64(Date().timeIntervalSince1970)
        return String(Timestamp.format(seconds * 1_000_000).prefix(19)) + "Z"
    }

    /// Refuses the formats a view cannot write, saying which it can.
    func require(_ allowed: [OutputFormat], view: String) throws {
        guard allowed.contains(format) else {
            throw ValidationError("--format \(format.rawValue) is not for \(view); it writes \(allowed.map(\.rawValue).joined(separator: ", ")).")
        }
    }
}
