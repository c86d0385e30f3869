import Findings
import Rules
import Terraform
import Testing
import Topology
import _TestSupport

/// Distributed inspection with a Network Firewall, read from `.tf` files before any apply: the
/// endpoints are named by the firewall subnet they are in, so a subnet's default route and its
/// edge route can be compared wherever (and however) each picks its endpoint.
@Suite struct InspectionConfigurationTests {
    func findings(_ folder: String) throws -> [Finding] {
        let result = try TerraformReader(paths: [Repository.path(folder)], variables: [], region: "ap-northeast-1").read()
        return RuleRegistry.check(result.topology) + result.notes
    }

    @Test func theSymmetricDesignIsQuiet() throws {
        let found = try findings("fixtures/terraform/inspection")
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func theDefaultRoutesGoToTheFirewallEndpointOfTheirZone() throws {
        let result = try TerraformReader(paths: [Repository.path("fixtures/terraform/inspection")], variables: [], region: "ap-northeast-1").read()
        let defaults = result.topology.routeTables.filter { $0.id.name.hasPrefix("aws_route_table.public") }.flatMap(\.routes).compactMap(\.target.value)
        #expect(defaults.map(\.kind) == [.networkFirewallEndpoint, .networkFirewallEndpoint])
        #expect(defaults.map(\.subnet?.name) == ["aws_subnet.firewall[0]", "aws_subnet.firewall[1]"])
        #expect(defaults.map(\.firewall?.name) == ["aws_networkfirewall_firewall.main", "aws_networkfirewall_firewall.main"])
    }

    @Test func anEdgeRouteThroughAnotherZonesEndpointIsTheInspectionError() throws {
        let found = try findings("fixtures/terraform/inspection-crossed")
        let errors = found.filter { $0.severity == .error }
        #expect(errors.map { "\($0.ruleID) \($0.subject)" } == ["ALB013 aws_subnet.public[1]"], "\(found.map(\.message))")
        #expect(found.count == errors.count, "no other finding or note: \(found.map(\.message))")
        let error = try #require(errors.first)
        #expect(error.message.contains("sends 0.0.0.0/0 through Network Firewall endpoint in aws_subnet.firewall[1]"), "\(error.message)")
        #expect(error.message.contains("instead"), "\(error.message)")
        // The fix picks the endpoint the subnet's own default route uses, in HCL that plans.
        #expect(error.fix?.contains("vpc_endpoint_id = one([for state in aws_networkfirewall_firewall.main.firewall_status[0].sync_states : state.attachment[0].endpoint_id if state.attachment[0].subnet_id == aws_subnet.firewall[1].id])") == true,
                "\(error.fix ?? "no fix")")
    }
}
