import Findings
import Foundation
import Rules
import Terraform
import Testing
import Topology
import _TestSupport

/// Plans and states as `lint` reads them: the fixtures under fixtures/terraform/plan,
/// fixtures/terraform/deployed and fixtures/terraform/bad.
@Suite struct DeploymentTests {
    func read(_ documents: [String], configuration: [String] = []) throws(TerraformError) -> TerraformReader.Result {
        try DeploymentReader(documents: documents.map(Repository.path), configurationPaths: configuration.map(Repository.path), region: "ap-northeast-1").read()
    }

    func errors(_ result: TerraformReader.Result) -> [Finding] {
        RuleRegistry.check(result.topology).filter { $0.severity == .error }
    }

    @Test func theIncidentAsAPlanNamesTheSubnetByItsAddress() throws {
        let result = try read(["fixtures/terraform/plan/incident.plan.json"])
        let findings = RuleRegistry.check(result.topology)
        #expect(findings.map(\.ruleID) == ["ALB001"], "\(findings.map(\.message))")
        #expect(findings.first?.subject.description == "aws_subnet.public_b")
        #expect(findings.first?.severity == .error)
        // Without the .tf files there is no line to point at.
        #expect(findings.first?.location == nil)
    }

    @Test func withTheConfigurationAPlanFindingPointsAtTheTfLine() throws {
        let result = try read(["fixtures/terraform/plan/incident.plan.json"], configuration: ["fixtures/terraform/unrouted-alb-subnet"])
        let finding = try #require(errors(result).first)
        #expect(finding.subject.description == "aws_subnet.public_b")
        #expect(finding.location?.description == Repository.path("fixtures/terraform/unrouted-alb-subnet/network.tf") + ":36:1")
    }

    /// `subnet_id = aws_subnet.public[count.index].id`: the plan's references do not say which
    /// subnet; the plan alone is unverified, saying to give the folder, and with it the
    /// expression is evaluated for each instance.
    @Test func countIndexedReferencesNeedTheConfiguration() throws {
        let alone = RuleRegistry.check(try read(["fixtures/terraform/plan/count-subnets.plan.json"]).topology)
        #expect(alone.filter { $0.severity != .note }.isEmpty, "\(alone.map(\.message))")
        #expect(alone.contains { $0.ruleID == "ALB001" && $0.message.contains("give the configuration's folder too") }, "\(alone.map(\.message))")
        let both = try read(["fixtures/terraform/plan/count-subnets.plan.json"], configuration: ["fixtures/terraform/count-subnets"])
        #expect(errors(both).map { "\($0.ruleID) \($0.subject)" } == ["ALB001 aws_subnet.public[1]"], "\(RuleRegistry.check(both.topology).map(\.message))")
    }

    @Test func theFixedPlanAndStateAreQuiet() throws {
        #expect(RuleRegistry.check(try read(["fixtures/terraform/plan/fixed.plan.json"]).topology).isEmpty)
        #expect(RuleRegistry.check(try read(["fixtures/terraform/deployed/fixed/terraform.tfstate"]).topology).isEmpty)
    }

    @Test func theIncidentAsAStateUsesTheMainRouteTable() throws {
        let result = try read(["fixtures/terraform/deployed/incident/terraform.tfstate"])
        let finding = try #require(errors(result).first)
        #expect(errors(result).count == 1)
        #expect(finding.ruleID == "ALB001" && finding.subject.description == "aws_subnet.public_b")
        #expect(finding.message.contains("the main route table of aws_vpc.main"), "\(finding.message)")
        #expect(finding.fix?.contains("resource \"aws_route_table_association\" \"public_b\"") == true, "\(finding.fix ?? "")")
    }

    /// Two layers, two states: the ALB's subnets are ids the network layer's state holds.
    @Test func splitStatesAreOneDeployment() throws {
        let both = try read(["fixtures/terraform/deployed/split/network.tfstate", "fixtures/terraform/deployed/split/alb.tfstate"])
        #expect(errors(both).map(\.subject.description) == ["aws_subnet.public_b"])
        // The ALB layer alone cannot know its subnets' routes: unverified, never an error.
        let alone = RuleRegistry.check(try read(["fixtures/terraform/deployed/split/alb.tfstate"]).topology)
        #expect(alone.filter { $0.severity == .error }.isEmpty)
        #expect(alone.contains { $0.ruleID == "ALB001" && $0.severity == .note && $0.message.contains("subnet-0a1b2c3d4e5f6000b") })
    }

    /// The network of a module: a route to `module.vpc.aws_internet_gateway.main` is a route to
    /// an internet gateway.
    @Test func resourcesOfModulesKeepTheirAddresses() throws {
        let result = try read(["fixtures/terraform/deployed/module-network/terraform.tfstate"])
        #expect(RuleRegistry.check(result.topology).map { "\($0.ruleID) \($0.severity) \($0.subject)" } == ["ALB001 error module.vpc.aws_subnet.public_b"],
                "\(RuleRegistry.check(result.topology).map(\.message))")
    }

    @Test func formatThreeStatesAreReadWithTheirFlattenedAttributes() throws {
        let result = try read(["fixtures/terraform/deployed/incident-format3/terraform.tfstate"])
        let public_b = try #require(result.topology.subnet(ResourceID("aws_subnet.public_b")))
        #expect(public_b.tags.value?["kubernetes.io/role/elb"]?.value == "1")
        #expect(result.topology.routeTables.first { $0.id.name == "aws_route_table.public" }?.routes.count == 1)
        #expect(Set(errors(result).map(\.ruleID)) == ["ALB001", "ALB015"])
        #expect(errors(result).allSatisfy { $0.subject.description == "aws_subnet.public_b" })
    }

    @Test func inspectionThroughANetworkFirewallIsQuietWhenSymmetric() throws {
        let result = try read(["fixtures/terraform/deployed/inspection/terraform.tfstate"])
        #expect(result.topology.gatewayRouteTableAssociations.count == 1)
        #expect(RuleRegistry.check(result.topology).isEmpty, "\(RuleRegistry.check(result.topology).map(\.message))")
    }

    @Test func aMissingEdgeRouteIsTheInspectionError() throws {
        let result = try read(["fixtures/terraform/deployed/inspection-edge-route-missing/terraform.tfstate"])
        let found = errors(result)
        #expect(found.map(\.ruleID) == ["ALB013"], "\(found.map(\.message))")
        #expect(found.first?.subject.description == "aws_subnet.public_c")
    }

    @Test func aNetworkLoadBalancerWithElasticIPs() throws {
        let result = try read(["fixtures/terraform/deployed/nlb-elastic-ips/terraform.tfstate"])
        let nlb = try #require(result.topology.loadBalancers.first)
        #expect(nlb.kind.value == .network)
        #expect(nlb.subnetMappings.compactMap { $0.allocation?.value?.name } == ["aws_eip.nlb_a", "aws_eip.nlb_b"])
        #expect(errors(result).map { "\($0.ruleID) \($0.subject)" } == ["ALB001 aws_subnet.public_b"])
    }

    @Test(arguments: [
        ("fixtures/terraform/bad/plan-utf16.json", "is UTF-16 text, as PowerShell's `>` writes it"),
        ("fixtures/terraform/bad/plan.out", "is a binary plan saved by `terraform plan -out`, not JSON; run `terraform show -json"),
        ("fixtures/terraform/bad/plan-log.json", "is the log stream of `terraform plan -json`"),
        ("fixtures/terraform/bad/truncated.plan.json", "is not valid JSON (it ends before the JSON does)"),
    ])
    func badInputSaysWhatItIsAndWhatToRun(file: String, expected: String) throws {
        #expect(TerraformDocument.isDocument(Repository.path(file)))
        do {
            _ = try read([file])
            Issue.record("\(file) was read")
        } catch {
            #expect(error.description.hasPrefix(Repository.path(file)))
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func aTruncatedPlanNamesTheLineWhereItStops() throws {
        do {
            _ = try read(["fixtures/terraform/bad/truncated.plan.json"])
            Issue.record("a truncated plan was read")
        } catch {
            guard case .invalidJSON(_, let line, _, _) = error else { throw error }
            let text = try String(contentsOfFile: Repository.path("fixtures/terraform/bad/truncated.plan.json"), encoding: .utf8)
            #expect(line == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        }
    }

    @Test func otherFilesAreNotTakenForPlans() throws {
        #expect(!TerraformDocument.isDocument(Repository.path("fixtures/unrouted-alb-subnet")))
        #expect(!TerraformDocument.isDocument(Repository.path("fixtures/terraform/unrouted-alb-subnet/network.tf")))
    }
}
