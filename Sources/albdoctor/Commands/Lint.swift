import ArgumentParser
import CloudFormation
import Findings
import Foundation
import Reports
import Rules
import Topology

extension ALBDoctor {
    /// `albdoctor lint`: templates → network model → rules → findings with file:line:column.
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check CloudFormation templates before deploying: will every load-balancer node be reachable?",
            discussion: """
                Give every stack of the deployment at once: they are joined by their exports, so \
                Fn::ImportValue resolves. A file is a stack named after the file; a folder is every \
                template in it. What cannot be known (an import from a stack you did not give, a \
                parameter without a value) is reported as unverified, saying what to pass.

                Examples:
                  albdoctor lint fixtures/unrouted-alb-subnet/
                  albdoctor lint network.yaml alb.yaml --region ap-northeast-1
                  albdoctor lint --stack prod-net=network.yaml --stack prod-app=alb.yaml --parameter ProjectName=prod
                  albdoctor lint templates/ --format sarif > albdoctor.sarif
                """
        )

        @Argument(help: ArgumentHelp("Template files or folders; each file is a stack named after the file.", valueName: "path"))
        var paths: [String] = []

        @Option(name: .customLong("stack"), help: ArgumentHelp("A template deployed under a given stack name.", valueName: "name=path"))
        var stacks: [String] = []

        @Option(name: .customLong("parameter"), help: ArgumentHelp(
            "A parameter value for every stack (KEY=VALUE) or one stack (STACK.KEY=VALUE); pseudo parameters too (AWS::AccountId=…).",
            valueName: "[stack.]key=value"))
        var parameters: [String] = []

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
        }

        func run() async throws {
            let named = stacks.map { entry in
                let parts = entry.split(separator: "=", maxSplits: 1)
                return (name: String(parts[0]), path: String(parts[1]))
            }
            let environment = ProcessInfo.processInfo.environment
            let region = region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"] ?? "us-east-1"
            let topology: Topology
            let sources: [StackSource]
            do {
                sources = try TemplateLoader.load(paths: paths, named: named)
                topology = try Deployment(stacks: sources, parameters: parameters, region: region).topology()
            } catch {
                Terminal.writeError("albdoctor: error: \(error)")
                throw ExitCode(2)
            }
            let report = Report(command: "lint", findings: RuleRegistry.check(topology))
            let scope = [counted(sources.count, "stack"), counted(topology.loadBalancers.count, "load balancer"),
                         counted(topology.subnets.count, "subnet"), counted(RuleRegistry.all.count, "rule")].joined(separator: ", ")
            let context = ReportContext(
                version: ALBDoctor.version,
                sources: Dictionary(sources.map { ($0.file, $0.text) }, uniquingKeysWith: { first, _ in first }),
                colour: Terminal.wantsColour(disabled: output.noColor),
                scope: scope)
            print(output.format.reporter.render(report, context: context), terminator: "")
            if report.hasFindings(atOrAbove: output.failOn) { throw ExitCode(1) }
        }
    }
}
