import ArgumentParser
import CloudFormation
import Diagnose
import Findings
import Pictures
import Foundation
import Reports
import Rules
import Terraform
import Topology

/// A file of a folder given that is not a template, in `--format json`'s `skipped`.
private struct SkippedFile: Encodable, Sendable {
    var file: String
    var reason: String
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
            "Template files or folders; each file is a stack named after the file (X.template.json is X); a CDK cloud assembly (cdk.out) is the stacks its manifest deploys.",
            valueName: "path"))
        var paths: [String] = []

        @Option(name: .customLong("stack"), help: ArgumentHelp("A template deployed under a given stack name.", valueName: "name=path"))
        var stacks: [String] = []

        @Option(name: .customLong("parameter"), help: ArgumentHelp(
            "A parameter value for every stack (KEY=VALUE) or one stack (STACK.KEY=VALUE); pseudo parameters too (AWS::AccountId=…).",
            valueName: "[stack.]key=value"))
        var parameters: [String] = []

        @Option(name: .customLong("template-url"), help: ArgumentHelp(
            "The local template of a nested stack's TemplateURL, when its path does not end like the file's.", valueName: "url=path"))
        var templateURLs: [String] = []

        @Option(name: .customLong("var"), help: ArgumentHelp("A Terraform input variable (KEY=VALUE).", valueName: "key=value"))
        var variables: [String] = []

        @Option(name: .customLong("var-file"), help: ArgumentHelp("A Terraform .tfvars file.", valueName: "file"))
        var variableFiles: [String] = []

        @Option(help: "The region the stacks deploy to (Fn::GetAZs, AWS::Region). Default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1.")
        var region: String?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if paths.isEmpty && stacks.isEmpty {
                throw ValidationError("Give at least one template: a file, a folder, or --stack NAME=PATH.")
            }
            for stack in stacks where !stack.contains("=") || stack.hasPrefix("=") || stack.hasSuffix("=") {
                throw ValidationError("--stack '\(stack)': expected NAME=PATH.")
            }
            for url in templateURLs where url.split(separator: "=", maxSplits: 1).count != 2 || url.hasPrefix("=") {
                throw ValidationError("--template-url '\(url)': expected URL=PATH, e.g. https://bucket.s3.amazonaws.com/vpc.yaml=stacks/vpc.yaml.")
            }
        }

        func run() async throws {
            let named = stacks.map { entry in
                let parts = entry.split(separator: "=", maxSplits: 1)
                return (name: String(parts[0]), path: String(parts[1]))
            }
            let environment = ProcessInfo.processInfo.environment
            let given = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"]
            let region = given ?? "us-east-1"
            let explicit = Dictionary(templateURLs.map { entry in
                let parts = entry.split(separator: "=", maxSplits: 1)
                return (String(parts[0]), String(parts[1]))
            }, uniquingKeysWith: { _, last in last })
            if paths.contains(where: { Configuration.isTerraform($0) || TerraformDocument.isDocument($0) }) {
                try lintTerraform(region: region)
                return
            }
            let result: TemplateLint.Result
            do {
                result = try TemplateLint(paths: paths, named: named, parameters: parameters, templateURLs: explicit, region: region, regionIsDefault: given == nil).run()
            } catch {
                throw Terminal.inputError(error)
            }
            let report = Report(command: "lint", findings: result.findings)
            let sources = result.stacks
            let scope = result.scope
            var context = ReportContext(
                version: ALBDoctor.version,
                sources: Dictionary(sources.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first }).merging(result.modules) { first, _ in first },
                colour: Terminal.wantsColour(disabled: output.noColor),
                scope: scope)
            let picture = NetworkModel(result.topology, findings: result.findings)
            context.htmlSections = [NetworkPicture.section(picture)]
            context.markdownSections = [MermaidFlowchart.section(picture)]
            if !result.skipped.isEmpty {
                context.extraJSON["skipped"] = result.skipped.map { SkippedFile(file: $0.file, reason: $0.reason) }
            }
            try output.emit(report, context: context)
        }

        /// Terraform: every path must be a configuration (one root module), none a template.
        private func lintTerraform(region: String) throws {
            let isTerraform = { (path: String) in Configuration.isTerraform(path) || TerraformDocument.isDocument(path) }
            if let other = paths.first(where: { !isTerraform($0) }) ?? stacks.first {
                throw Terminal.inputError("\(other) is not Terraform, but \(paths.first(where: isTerraform) ?? "") is: lint CloudFormation templates and Terraform in separate runs")
            }
            let result: TerraformLint.Result
            do {
                result = try TerraformLint(paths: paths, variables: variables, variableFiles: variableFiles, region: region).run()
            } catch {
                throw Terminal.inputError(error)
            }
            let report = Report(command: "lint", findings: result.findings)
            var context = ReportContext(
                version: ALBDoctor.version,
                sources: Dictionary(result.files.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first }),
                colour: Terminal.wantsColour(disabled: output.noColor),
                scope: result.scope)
            let picture = NetworkModel(result.topology, findings: result.findings)
            context.htmlSections = [NetworkPicture.section(picture)]
            context.markdownSections = [MermaidFlowchart.section(picture)]
            try output.emit(report, context: context)
        }
    }
}
