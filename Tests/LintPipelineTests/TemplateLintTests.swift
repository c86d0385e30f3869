import Findings
import LintPipeline
import Testing
import _TestSupport

/// `lint`'s pipeline as a library call, without the command line: templates → model → rules.
@Suite struct TemplateLintTests {
    static let folder = Repository.path("fixtures/unrouted-alb-subnet")

    @Test func theIncidentsTemplatesNameTheSubnetWithoutARouteWhereItIsDeclared() throws {
        let result = try TemplateLint(paths: [Self.folder], region: "ap-northeast-1").run()
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["ALB001"])
        let error = try #require(errors.first)
        #expect(error.subject == .resource(.subnet, stack: "network", id: "PublicSubnetB"))
        #expect(error.location?.file.hasSuffix("fixtures/unrouted-alb-subnet/network.yaml") == true)
        #expect(error.location?.line == 40)
        #expect(error.fix?.contains("PublicSubnetBRouteTableAssociation:") == true)
        #expect(Set(result.stacks.map(\.name)) == ["network", "alb"])
    }

    @Test func stacksDeployedUnderOtherNamesNoLongerMatchTheirImports() throws {
        let result = try TemplateLint(
            paths: [], named: [(name: "net", path: Self.folder + "/network.yaml"), (name: "app", path: Self.folder + "/alb.yaml")],
            parameters: ["app.ProjectName=other"], region: "ap-northeast-1").run()
        #expect(!result.findings.contains { $0.severity == .error })
        #expect(result.findings.contains { $0.message.contains("no given stack exports 'other-PublicSubnetAIds'") })
    }
}
