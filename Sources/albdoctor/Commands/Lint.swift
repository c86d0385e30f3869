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
        static let configuration = CommandConfiguration(
            abstract: "Check CloudFormation templates or Terraform before deploying: will every load-balancer node be reachable?",
            discussion: """
                Give every stack of the deployment at once: they are joined by their exports, so \
                Fn::ImportValue resolves. A file is a stack named after the file; a folder is every \
                template in it (files that are not templates are skipped and named in the summary). \
                A CDK cloud assembly (cdk.out, or a project folder holding one) is the stacks its \
                manifest deploys, stage assemblies included, each with its stack name and region; \
                findings name the construct path. Rain modules (!Rain::Module PATH) below the \
                folders given are expanded as rain pkg would. What cannot be known (an import from a stack you did not give, a \
                parameter without a value) is reported as unverified, saying what to pass.

                Nested stacks (AWS::CloudFormation::Stack) are followed: a TemplateURL that is a \
                local path, or a URL whose path ends like a template below the folders given \
                (for a file given, its own folder), is read as the child stack; the child gets \
                the parent's Parameters and Fn::GetAtt Child.Outputs.X resolves. Templates are \
                never read outside those folders. AWS::LanguageExtensions (Fn::ForEach, \
                Fn::Length, Fn::FindInMap defaults) is expanded; SAM templates are read with \
                the resources SAM generates.

                Terraform is told apart by content: a folder holding .tf or .tf.json files (or \
                such a file) is one root module, read before any plan. Variables come from \
                their defaults, terraform.tfvars, *.auto.tfvars, --var-file and --var; count, \
                for_each, locals, for expressions, splats and data "aws_availability_zones" \
                (the zones of --region) are evaluated. Findings name resource addresses \
                (aws_subnet.public[1]) and fixes are HCL. What is known only after apply or \
                from AWS (other data sources, modules not read) is unverified.

                Examples:
                  albdoctor lint fixtures/unrouted-alb-subnet/
                  albdoctor lint fixtures/terraform/unrouted-alb-subnet/
                  albdoctor lint infra/ --var environment=prod --var-file prod.tfvars
                  albdoctor lint cdk.out/
                  albdoctor lint network.yaml alb.yaml --region ap-northeast-1
                  albdoctor lint --stack prod-net=network.yaml --stack prod-app=alb.yaml --parameter ProjectName=prod
                  albdoctor lint templates/ --format sarif > albdoctor.sarif
                  albdoctor lint parent.yaml --template-url https://bucket.s3.amazonaws.com/vpc.yaml=stacks/vpc.yaml
                """
        )

        @Argument(help: ArgumentHelp(
            "Template files or folders; each file is a stack named after the file (X.template.json is X); a CDK cloud assembly (cdk.out) is the stacks its manifest deploys. Or Terraform, told apart by content: a configuration folder, plan JSON (terraform show -json), state files, or a folder of plans and states.",
            valueName: "path"))
        var paths: [String] = []

        @OptionGroup var templateOptions: TemplateOptions

        @Option(name: .customLong("var"), help: ArgumentHelp("A Terraform input variable (KEY=VALUE).", valueName: "key=value"))
        var variables: [String] = []

        @Option(name: .customLong("var-file"), help: ArgumentHelp("A Terraform .tfvars file.", valueName: "file"))
        var variableFiles: [String] = []

        @Option(help: "The region the stacks deploy to (Fn::GetAZs, AWS::Region). Default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1.")
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
