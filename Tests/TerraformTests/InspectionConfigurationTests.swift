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

    /// One firewall subnet; public[0] has its edge route through the endpoint, public[1] none.
    static func oneZoneFirewall(endpoint: String) -> String {
        """
        resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
        resource "aws_internet_gateway" "g" { vpc_id = aws_vpc.v.id }
        resource "aws_subnet" "fw" {
          vpc_id            = aws_vpc.v.id
          availability_zone = "ap-northeast-1a"
          cidr_block        = "10.0.0.0/28"
        }
        resource "aws_subnet" "public" {
          count             = 2
          vpc_id            = aws_vpc.v.id
          availability_zone = ["ap-northeast-1a", "ap-northeast-1c"][count.index]
          cidr_block        = "10.0.${count.index + 1}.0/24"
        }
        resource "aws_networkfirewall_firewall" "fw" {
          name                = "fw"
          firewall_policy_arn = "arn:aws:network-firewall:ap-northeast-1:123456789012:firewall-policy/p"
          vpc_id              = aws_vpc.v.id
          subnet_mapping { subnet_id = aws_subnet.fw.id }
        }
        resource "aws_route_table" "fw" {
          vpc_id = aws_vpc.v.id
          route {
            cidr_block = "0.0.0.0/0"
            gateway_id = aws_internet_gateway.g.id
          }
        }
        resource "aws_route_table_association" "fw" {
          subnet_id      = aws_subnet.fw.id
          route_table_id = aws_route_table.fw.id
        }
        resource "aws_route_table" "public" {
          vpc_id = aws_vpc.v.id
          route {
            cidr_block      = "0.0.0.0/0"
            vpc_endpoint_id = \(endpoint)
          }
        }
        resource "aws_route_table_association" "public" {
          count          = 2
          subnet_id      = aws_subnet.public[count.index].id
          route_table_id = aws_route_table.public.id
        }
        resource "aws_route_table" "edge" {
          vpc_id = aws_vpc.v.id
          route {
            cidr_block      = aws_subnet.public[0].cidr_block
            vpc_endpoint_id = \(endpoint)
          }
        }
        resource "aws_route_table_association" "edge" {
          gateway_id     = aws_internet_gateway.g.id
          route_table_id = aws_route_table.edge.id
        }
        resource "aws_lb" "web" {
          internal           = false
          load_balancer_type = "application"
          subnets            = aws_subnet.public[*].id
        }
        """
    }

    /// The ways configurations written by others pick a firewall's endpoint: each names the same
    /// endpoint in the default route and the edge route, so public[0] is symmetric (nothing said)
    /// and public[1], without an edge route, is the error.
    @Test(arguments: [
        "element(flatten(aws_networkfirewall_firewall.fw.firewall_status[0].sync_states[*].attachment[*].endpoint_id), 0)",
        "one([for ep in aws_networkfirewall_firewall.fw.firewall_status[0].sync_states : ep.attachment[0].endpoint_id])",
        "tolist(aws_networkfirewall_firewall.fw.firewall_status[0].sync_states)[0].attachment[0].endpoint_id",
        "{ for s in aws_networkfirewall_firewall.fw.firewall_status[0].sync_states : s.availability_zone => s.attachment[0].endpoint_id }[\"ap-northeast-1a\"]",
    ])
    func everyWayOfPickingTheEndpointNamesTheSameOne(endpoint: String) throws {
        let result = try readConfiguration(["main.tf": Self.oneZoneFirewall(endpoint: endpoint)])
        let found = (RuleRegistry.check(result.topology) + result.notes).filter { $0.ruleID == "ALB013" }
        #expect(found.map { "\($0.severity) \($0.subject)" } == ["error aws_subnet.public[1]"], "\(found.map(\.message))")
        #expect(found.first?.message.contains("through Network Firewall endpoint in aws_subnet.fw, but aws_route_table.edge") == true, "\(found.map(\.message))")
    }
}
