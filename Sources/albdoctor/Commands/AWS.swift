import AWSInventory
import ArgumentParser
import Findings
import Foundation
import Pictures
import Localization
import Reports
import RuleCatalog
import Rules

extension ALBDoctor {
    /// `albdoctor aws`: the account (or a snapshot) → the same network model and rules as `lint`.
    struct AWS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "aws",
            abstract: "Check a live account (or a snapshot): which node, subnet and route is broken right now?",
            discussion: """
                Reads one region with read-only calls, builds the same network model that `lint` \
                builds from templates, runs the same rules, and names each load-balancer node's \
                public address where AWS shows it. Credentials and region are found as the AWS CLI \
                finds them (environment, ~/.aws/credentials and ~/.aws/config with profiles, \
                credential_process, role_arn + source_profile, instance metadata).

                IAM permissions needed (all read-only): \(AWSAction.allCases.filter { $0.service != .sts && $0.service != .s3 }.map(\.permission).joined(separator: ", ")); \
                plus sts:AssumeRole when a profile names a role.

                Examples:
                  albdoctor aws --profile prod --region ap-northeast-1
                  albdoctor aws --load-balancer test-alb --save-snapshot tokyo.json
                  albdoctor aws --snapshot tokyo.json            # offline, same findings
                  albdoctor aws --endpoint-url http://127.0.0.1:5000   # moto or LocalStack
                """
        )

        @Option(help: "The profile in ~/.aws/config or ~/.aws/credentials (default: AWS_PROFILE, else the environment's keys, else 'default').")
        var profile: String?

        @Option(help: "The region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region).")
        var region: String?

        @Option(name: .customLong("load-balancer"), help: ArgumentHelp("Check only this load balancer (name or ARN); repeatable. Default: all in the region.", valueName: "name|arn"))
        var loadBalancers: [String] = []

        @Option(name: .customLong("endpoint-url"), help: "Send every call to this endpoint (moto, LocalStack). Default: AWS_ENDPOINT_URL, else AWS's regional endpoints.")
        var endpointURL: String?

        @Option(name: .customLong("save-snapshot"), help: ArgumentHelp("Also write what was read, as JSON without credentials, to this file.", valueName: "file"))
        var saveSnapshot: String?

        @Option(name: .customLong("snapshot"), help: ArgumentHelp("Analyse a saved snapshot instead of calling AWS.", valueName: "file"))
        var snapshot: String?

        @OptionGroup var output: OutputOptions

        func validate() throws {
            if snapshot != nil && (saveSnapshot != nil || endpointURL != nil || profile != nil) {
                throw ValidationError(UsageText.snapshotAlone.text(in: output.language))
            }
        }

        func run() async throws {
            let inventory: Inventory
            do {
                inventory = try await load()
            } catch {
                throw Terminal.inputError(error, language: output.language)
            }
            for warning in inventory.dropped ?? [] { Terminal.writeError("albdoctor: warning: \(warning)") }
            let topology = inventory.topology()
            let report = Report(command: "aws", findings: RuleRegistry.check(topology))
            let scope = LocalizedText(ViewScope.account(
                region: inventory.region, loadBalancers: topology.loadBalancers.count, subnets: topology.subnets.count, rules: RuleRegistry.all.count))
            var context = ReportContext(version: ALBDoctor.version, colour: Terminal.wantsColour(disabled: output.noColor), scope: scope, rules: RuleCatalog.rules)
            let picture = NetworkModel(topology, findings: report.findings)
            context.htmlSections = [NetworkPicture.section(picture, language: output.language)]
            context.markdownSections = [MermaidFlowchart.section(picture, language: output.language)]
            try output.emit(report, context: context)
        }

        private func load() async throws -> Inventory {
            if let snapshot { return try AccountReader.snapshot(at: snapshot, loadBalancers: loadBalancers) }
            let session = try await AccountReader.session(environment: ProcessInfo.processInfo.environment, profile: profile, region: region, endpoint: endpointURL)
            let inventory = try await AccountReader.live(session, loadBalancers: loadBalancers)
            if let saveSnapshot {
                do {
                    try Snapshot.encode(inventory).write(to: URL(fileURLWithPath: saveSnapshot))
                } catch {
                    throw CommandFailure(.cannotWriteSnapshot(file: saveSnapshot, reason: error.localizedDescription))
                }
            }
            return inventory
        }
    }
}
