import Localization
import ArgumentParser
import CloudFormation
import LintPipeline
import Findings
import Pictures
import Foundation
import Reports
import RuleCatalog
import Rules
import Terraform
import Topology

/// A file of a folder given that is not a template, in `--format json`'s `skipped` (the reason
/// in the report's language).
private struct SkippedFile: Encodable, Sendable {
    var file: String
    var reason: LocalizedText
}

extension ALBDoctor {
    /// `albdoctor lint`: templates → network model → rules → findings with file:line:column.
    struct Lint: AsyncParsableCommand {
        /// Computed, as the help's words are in the process's language (`Help`).
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Help.text(LintHelp.abstract), discussion: Help.text(LintHelp.discussion))
        }

        @Argument(help: Help.argument(LintHelp.paths, valueName: "path"))
        var paths: [String] = []

        @OptionGroup var templateOptions: TemplateOptions

        @Option(name: .customLong("var"), help: Help.argument(LintHelp.variable, valueName: "key=value"))
        var variables: [String] = []

        @Option(name: .customLong("var-file"), help: Help.argument(LintHelp.variableFile, valueName: "file"))
        var variableFiles: [String] = []

        @Option(help: Help.argument(LintHelp.region))
        var region: String?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if paths.isEmpty && templateOptions.stacks.isEmpty {
                throw ValidationError(UsageText.giveTemplate.text(in: output.language))
            }
        }

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let given = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"]
            let region = given ?? "us-east-1"
            // Each path's kind is told once, by content.
            let terraformPaths = TerraformDocument.expandingFolders(paths).map { (path: $0, isTerraform: TerraformDocument.isTerraform($0)) }
            if terraformPaths.contains(where: \.isTerraform) {
                try lintTerraform(terraformPaths, region: region)
                return
            }
            let result: TemplateLint.Result
            do {
                result = try templateOptions.lint(paths: paths, region: given).run()
            } catch {
                throw Terminal.inputError(error, language: output.language)
            }
            let report = Report(command: "lint", findings: result.findings)
            let sources = result.stacks
            let scope = result.scope
            var context = ReportContext(
                version: ALBDoctor.version,
                sources: Dictionary(sources.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first }).merging(result.modules) { first, _ in first },
                colour: Terminal.wantsColour(disabled: output.noColor),
                scope: scope, rules: RuleCatalog.rules)
            let picture = NetworkModel(result.topology, findings: result.findings)
            context.htmlSections = [NetworkPicture.section(picture, language: output.language)]
            context.markdownSections = [MermaidFlowchart.section(picture, language: output.language)]
            if !result.skipped.isEmpty {
                context.extraJSON["skipped"] = result.skipped.map { SkippedFile(file: $0.file, reason: $0.reason) }
            }
            try output.emit(report, context: context)
        }

        /// Terraform: every path must be a configuration (one root module), none a template.
        private func lintTerraform(_ given: [(path: String, isTerraform: Bool)], region: String) throws {
            if let other = given.first(where: { !$0.isTerraform })?.path ?? templateOptions.stacks.first?.description {
                throw Terminal.inputError(.notTerraform(other: other, terraform: given.first(where: \.isTerraform)?.path ?? ""), language: output.language)
            }
            let paths = given.map(\.path)
            let result: TerraformLint.Result
            do {
                result = try TerraformLint(paths: paths, variables: variables, variableFiles: variableFiles, region: region).run()
            } catch {
                throw Terminal.inputError(error, language: output.language)
            }
            let report = Report(command: "lint", findings: result.findings)
            var context = ReportContext(
                version: ALBDoctor.version,
                sources: Dictionary(result.files.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first }),
                colour: Terminal.wantsColour(disabled: output.noColor),
                scope: result.scope, rules: RuleCatalog.rules)
            let picture = NetworkModel(result.topology, findings: result.findings)
            context.htmlSections = [NetworkPicture.section(picture, language: output.language)]
            context.markdownSections = [MermaidFlowchart.section(picture, language: output.language)]
            try output.emit(report, context: context)
        }
    }
}
