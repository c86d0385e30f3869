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
        /// Computed, as the help's words are in the process's language (`Help`).
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "aws", abstract: Help.text(AWSHelp.abstract), discussion: Help.text(AWSHelp.discussion(permissions: permissions)))
        }

        /// The IAM permissions the account's reading needs, for the help (all read-only; STS and
        /// S3 are for a role and `diagnose`'s logs).
        private static var permissions: String {
            AWSAction.allCases.filter { $0.service != .sts && $0.service != .s3 }.map(\.permission).joined(separator: ", ")
        }

        @Option(help: Help.argument(AWSHelp.profile))
        var profile: String?

        @Option(help: Help.argument(AWSHelp.region))
        var region: String?

        @Option(name: .customLong("load-balancer"), help: Help.argument(AWSHelp.loadBalancer, valueName: "name|arn"))
        var loadBalancers: [String] = []

        @Option(name: .customLong("endpoint-url"), help: Help.argument(AWSHelp.endpointURL))
        var endpointURL: String?

        @Option(name: .customLong("save-snapshot"), help: Help.argument(AWSHelp.saveSnapshot, valueName: "file"))
        var saveSnapshot: String?

        @Option(name: .customLong("snapshot"), help: Help.argument(AWSHelp.snapshot, valueName: "file"))
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
            for warning in inventory.dropped ?? [] {
                Terminal.writeError(CommandLineText.warningPrefix.text(in: output.language) + warning(output.language))
            }
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
