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

    /// Two zones, a firewall subnet and a public subnet in each; the public subnets send
    /// 0.0.0.0/0 to their zone's endpoint (picked by zone); `firewall` declares the firewall
    /// and `edge` the internet gateway's edge route table `aws_route_table.edge` and its routes;
    /// `syncStates` is where the firewall's sync states are read.
    static func twoZones(firewall: String = twoZoneFirewall(mappings: [0, 1]), syncStates: String = "aws_networkfirewall_firewall.fw.firewall_status[0].sync_states", edge: String) -> String {
        """
        resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
        resource "aws_internet_gateway" "g" { vpc_id = aws_vpc.v.id }
        resource "aws_subnet" "fw" {
          count             = 2
          vpc_id            = aws_vpc.v.id
          availability_zone = ["ap-northeast-1a", "ap-northeast-1c"][count.index]
          cidr_block        = "10.0.${count.index}.0/28"
        }
        resource "aws_subnet" "public" {
          count             = 2
          vpc_id            = aws_vpc.v.id
          availability_zone = ["ap-northeast-1a", "ap-northeast-1c"][count.index]
          cidr_block        = "10.0.${count.index + 10}.0/24"
        }
        \(firewall)
        locals {
          by_zone = { for s in \(syncStates) : s.availability_zone => s.attachment[0].endpoint_id }
          zones   = ["ap-northeast-1a", "ap-northeast-1c"]
        }
        resource "aws_route_table" "fw" {
          vpc_id = aws_vpc.v.id
          route {
            cidr_block = "0.0.0.0/0"
            gateway_id = aws_internet_gateway.g.id
          }
        }
        resource "aws_route_table_association" "fw" {
          count          = 2
          subnet_id      = aws_subnet.fw[count.index].id
          route_table_id = aws_route_table.fw.id
        }
        resource "aws_route_table" "public" {
          count  = 2
          vpc_id = aws_vpc.v.id
          route {
            cidr_block      = "0.0.0.0/0"
            vpc_endpoint_id = local.by_zone[local.zones[count.index]]
          }
        }
        resource "aws_route_table_association" "public" {
          count          = 2
          subnet_id      = aws_subnet.public[count.index].id
          route_table_id = aws_route_table.public[count.index].id
        }
        resource "aws_route_table_association" "edge" {
          gateway_id     = aws_internet_gateway.g.id
          route_table_id = aws_route_table.edge.id
        }
        \(edge)
        resource "aws_lb" "web" {
          internal           = false
          load_balancer_type = "application"
          subnets            = aws_subnet.public[*].id
        }
        """
    }

    static func twoZoneFirewall(mappings: [Int]) -> String {
        """
        resource "aws_networkfirewall_firewall" "fw" {
          name                = "fw"
          firewall_policy_arn = "arn:aws:network-firewall:ap-northeast-1:123456789012:firewall-policy/p"
          vpc_id              = aws_vpc.v.id
          \(mappings.map { "subnet_mapping { subnet_id = aws_subnet.fw[\($0)].id }" }.joined(separator: "\n  "))
        }
        """
    }

    /// Edge routes by zone, symmetric.
    static let edgeByZone = """
        resource "aws_route_table" "edge" { vpc_id = aws_vpc.v.id }
        resource "aws_route" "edge" {
          count                  = 2
          route_table_id         = aws_route_table.edge.id
          destination_cidr_block = aws_subnet.public[count.index].cidr_block
          vpc_endpoint_id        = local.by_zone[local.zones[count.index]]
        }
        """

    func inspectionFindings(_ files: [String: String]) throws -> [Finding] {
        let result = try readConfiguration(files)
        return (RuleRegistry.check(result.topology) + result.notes).filter { ["ALB013", "TF002"].contains($0.ruleID) }
    }

    /// AWS keeps a firewall's sync states as a set: which endpoint stands at a position is known
    /// only after apply, whatever the order the mappings are written in. Picking by position is
    /// unverified, with what to write instead — never an error, never "healthy".
    @Test(arguments: [[0, 1], [1, 0]])
    func anEndpointPickedByPositionIsUnverified(mappings: [Int]) throws {
        let found = try inspectionFindings(["main.tf": Self.twoZones(firewall: Self.twoZoneFirewall(mappings: mappings), edge: """
            resource "aws_route_table" "edge" { vpc_id = aws_vpc.v.id }
            resource "aws_route" "edge" {
              count                  = 2
              route_table_id         = aws_route_table.edge.id
              destination_cidr_block = aws_subnet.public[count.index].cidr_block
              vpc_endpoint_id        = tolist(aws_networkfirewall_firewall.fw.firewall_status[0].sync_states)[count.index].attachment[0].endpoint_id
            }
            """)])
        #expect(found.map { "\($0.severity) \($0.subject)" } == ["note aws_subnet.public[0]", "note aws_subnet.public[1]"], "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.message.contains("pick the endpoint by availability_zone or by attachment[0].subnet_id") }, "\(found.map(\.message))")
    }

    /// Routes that cannot be expanded before apply are not read as absent: the edge route
    /// table is unverified, not an error.
    @Test(arguments: [
        // A dynamic route block over a variable without a value.
        """
        variable "edge_cidrs" { type = map(string) }
        resource "aws_route_table" "edge" {
          vpc_id = aws_vpc.v.id
          dynamic "route" {
            for_each = var.edge_cidrs
            content {
              cidr_block      = route.value
              vpc_endpoint_id = local.by_zone[route.key]
            }
          }
        }
        """,
        // Routes whose count compares the ids of two resources of different types: a logging
        // configuration's id is its firewall's ARN, so the comparison is not known.
        """
        resource "aws_route_table" "edge" { vpc_id = aws_vpc.v.id }
        resource "aws_networkfirewall_logging_configuration" "l" {
          firewall_arn = aws_networkfirewall_firewall.fw.arn
        }
        resource "aws_route" "edge" {
          count                  = aws_networkfirewall_logging_configuration.l.id == aws_networkfirewall_firewall.fw.arn ? 2 : 0
          route_table_id         = aws_route_table.edge.id
          destination_cidr_block = aws_subnet.public[count.index].cidr_block
          vpc_endpoint_id        = local.by_zone[local.zones[count.index]]
        }
        """,
    ])
    func routesNotKnownBeforeApplyAreUnverifiedNotMissing(edge: String) throws {
        let found = try inspectionFindings(["main.tf": Self.twoZones(edge: edge)])
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.severity == .note }, "\(found.map(\.message))")
    }

    /// `.tf.json` writes the firewall's subnet mappings as an attribute: the same endpoints.
    @Test func aFirewallInJSONHasTheSameEndpoints() throws {
        let json = """
            {"resource": {"aws_networkfirewall_firewall": {"fw": {
              "name": "fw", "firewall_policy_arn": "arn:aws:network-firewall:ap-northeast-1:123456789012:firewall-policy/p",
              "vpc_id": "${aws_vpc.v.id}",
              "subnet_mapping": [{"subnet_id": "${aws_subnet.fw[0].id}"}, {"subnet_id": "${aws_subnet.fw[1].id}"}]}}}}
            """
        let found = try inspectionFindings(["main.tf": Self.twoZones(firewall: "", edge: Self.edgeByZone), "firewall.tf.json": json])
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    /// A firewall in a module: crossed edge routes are the error, and the fix does not write a
    /// reference into the module that HCL would refuse.
    @Test func aFirewallInAModuleIsComparedAndItsFixIsPassedIn() throws {
        let root = Self.twoZones(firewall: """
            module "fw" {
              source  = "./modules/fw"
              vpc_id  = aws_vpc.v.id
              subnets = aws_subnet.fw[*].id
            }
            """, syncStates: "module.fw.sync_states", edge: """
            resource "aws_route_table" "edge" { vpc_id = aws_vpc.v.id }
            resource "aws_route" "edge" {
              count                  = 2
              route_table_id         = aws_route_table.edge.id
              destination_cidr_block = aws_subnet.public[count.index].cidr_block
              vpc_endpoint_id        = local.by_zone[local.zones[1 - count.index]]
            }
            """)
        let module = """
            variable "vpc_id" {}
            variable "subnets" {}
            resource "aws_networkfirewall_firewall" "this" {
              name                = "fw"
              firewall_policy_arn = "arn:aws:network-firewall:ap-northeast-1:123456789012:firewall-policy/p"
              vpc_id              = var.vpc_id
              dynamic "subnet_mapping" {
                for_each = var.subnets
                content { subnet_id = subnet_mapping.value }
              }
            }
            output "sync_states" { value = aws_networkfirewall_firewall.this.firewall_status[0].sync_states }
            """
        let found = try inspectionFindings(["main.tf": root, "modules/fw/main.tf": module])
        #expect(found.map { "\($0.severity) \($0.subject)" } == ["error aws_subnet.public[0]", "error aws_subnet.public[1]"], "\(found.map(\.message))")
        #expect(found.first?.fix?.contains("vpc_endpoint_id = <the endpoint of module.fw.aws_networkfirewall_firewall.this in aws_subnet.fw[0], passed in>") == true, "\(found.first?.fix ?? "")")
    }
}
