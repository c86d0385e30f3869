import CloudFormation
import Findings
import Foundation
import Rules
import Testing
import _TestSupport

/// The seed's deployment must fail exactly as in the seed, and its fix must pass.
@Suite struct SeedDeploymentTests {
    @Test func seedGivesExactlyTheUnreachableSubnetError() throws {
        let findings = try Lint.findings(paths: [Repository.path("fixtures/unrouted-alb-subnet")])
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.ruleID == "ALB001")
        #expect(error.subject == .resource(.subnet, stack: "network", id: "PublicSubnetB"))
        #expect(error.location?.file.hasSuffix("fixtures/unrouted-alb-subnet/network.yaml") == true)
        #expect(error.location?.line == 40)
        #expect(error.location?.column == 3)
        #expect(error.message.contains("PublicSubnetB (ap-northeast-1c)"))
        #expect(error.message.contains("main route table of VPC"))
        #expect(error.message.contains("about 1 in 2"))
        #expect(error.related.contains(.resource(.loadBalancer, stack: "alb", id: "ALB")))
        #expect(error.evidence["routes"] == "10.0.0.0/16 → local")
        let fix = try #require(error.fix)
        #expect(fix.contains("Type: AWS::EC2::SubnetRouteTableAssociation"))
        #expect(fix.contains("SubnetId: !Ref PublicSubnetB"))
        #expect(fix.contains("RouteTableId: !Ref PublicRouteTable"))
        // The other finding is the reminder that TLS failures are invisible without connection logs.
        #expect(findings.filter { $0.severity != .error }.map(\.ruleID) == ["ALB012"])
    }

    @Test func fixedSeedIsClean() throws {
        #expect(try Lint.findings(paths: [Lint.templatesFolder("seed-fixed")]).isEmpty)
    }

    @Test func jsonTemplatesGiveTheSameFindings() throws {
        func key(_ finding: Finding) -> String { "\(finding.ruleID)|\(finding.severity)|\(finding.subject)|\(finding.message)|\(finding.fix ?? "")" }
        let yaml = try Lint.findings(paths: [Repository.path("fixtures/unrouted-alb-subnet")]).map(key)
        let json = try Lint.findings(paths: [Lint.templatesFolder("seed-json")])
        #expect(json.map(key) == yaml)
        #expect(json.first?.location?.file.hasSuffix("network.json") == true)
        #expect(json.first?.location?.line == 73)
    }

    @Test func regionDecidesTheZoneNames() throws {
        let error = try #require(try Lint.findings(paths: [Repository.path("fixtures/unrouted-alb-subnet")], region: "eu-west-1").first)
        #expect(error.evidence["availability zone"] == "eu-west-1b")
    }

    @Test func importsFromAStackNotGivenAreUnverifiedNotPassed() throws {
        let findings = try Lint.findings(paths: [Repository.path("fixtures/unrouted-alb-subnet/alb.yaml")])
        #expect(!findings.contains { $0.severity == .error })
        let note = try #require(findings.first { $0.ruleID == "ALB001" })
        #expect(note.severity == .note)
        #expect(note.evidence["status"] == "unverified")
        #expect(note.message.contains("no given stack exports 'test-PublicSubnetAIds'"))
    }
}

@Suite struct SplitInsideIfTests {
    @Test func commaJoinedExportSplitInsideIf() throws {
        let findings = try Lint.findings(paths: [Lint.templatesFolder("split-if")])
        #expect(findings.map(\.ruleID) == ["ALB001"])
        #expect(findings.first?.subject.description == "network/PublicSubnetB")
        #expect(findings.first?.location?.line == 32)
    }

    @Test func conditionFalseTakesTheOtherBranch() throws {
        let findings = try Lint.findings(paths: [Lint.templatesFolder("split-if")], parameters: ["app.UseTwoAZs=false"])
        #expect(findings.map(\.ruleID) == ["ALB004"])
        #expect(findings.first?.message.contains("has one subnet") == true)
    }

    @Test func unknownConditionMakesTheSubnetsUnverified() throws {
        let network = try String(contentsOfFile: Lint.templatesFolder("split-if") + "/network.yaml", encoding: .utf8)
        let app = try String(contentsOfFile: Lint.templatesFolder("split-if") + "/app.yaml", encoding: .utf8)
            .replacingOccurrences(of: "    Default: 'true'\n", with: "")
        let sources = [StackSource(name: "network", file: "network.yaml", text: network), StackSource(name: "app", file: "app.yaml", text: app)]
        let findings = RuleRegistry.check(try Deployment(stacks: sources).topology())
        #expect(!findings.contains { $0.severity == .error })
        let note = try #require(findings.first { $0.ruleID == "ALB001" })
        #expect(note.severity == .note)
        #expect(note.message.contains("condition TwoAZs"))
        #expect(note.message.contains("pass --parameter app.UseTwoAZs=VALUE"))
    }
}
