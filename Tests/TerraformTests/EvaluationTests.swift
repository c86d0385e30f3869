import Foundation
import Terraform
import Testing
import Topology

/// Configurations written into a temporary folder, read as `lint` reads them.
@Suite struct EvaluationTests {
    func read(_ files: [String: String], variables: [String] = [], region: String = "ap-northeast-1") throws -> TerraformReader.Result {
        try readConfiguration(files, variables: variables, region: region)
    }

    @Test func functionsLocalsAndZones() throws {
        let result = try read(["main.tf": """
            data "aws_availability_zones" "az" {}
            locals {
              cidr  = "10.0.0.0/16"
              zones = slice(data.aws_availability_zones.az.names, 0, 3)
              names = { for i, z in local.zones : z => cidrsubnet(local.cidr, 4, i + 1) }
            }
            resource "aws_vpc" "v" { cidr_block = local.cidr }
            resource "aws_subnet" "s" {
              for_each          = local.names
              vpc_id            = aws_vpc.v.id
              availability_zone = each.key
              cidr_block        = each.value
            }
            resource "aws_subnet" "t" {
              vpc_id            = aws_vpc.v.id
              availability_zone = element(concat(local.zones, ["x"]), 5)
              cidr_block        = format("%s/%d", cidrhost(local.cidr, 256 * 200), max(24, 20))
            }
            """])
        let subnets = result.topology.subnets
        #expect(subnets.map(\.id.name) == ["aws_subnet.s[\"ap-northeast-1a\"]", "aws_subnet.s[\"ap-northeast-1c\"]", "aws_subnet.s[\"ap-northeast-1d\"]", "aws_subnet.t"])
        #expect(subnets.map { $0.cidr.value?.description } == ["10.0.16.0/20", "10.0.32.0/20", "10.0.48.0/20", "10.0.200.0/24"])
        #expect(subnets[3].availabilityZone.value == "ap-northeast-1c")
        #expect(subnets[0].vpc.value?.name == "aws_vpc.v")
    }

    @Test func splatsConditionalsAndTfvars() throws {
        let result = try read([
            "main.tf": """
                variable "public" { default = false }
                variable "cidrs" { type = list(string) }
                resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
                resource "aws_subnet" "p" {
                  count      = length(var.cidrs)
                  vpc_id     = aws_vpc.v.id
                  cidr_block = var.cidrs[count.index]
                }
                resource "aws_lb" "l" {
                  internal = !var.public
                  subnets  = aws_subnet.p[*].id
                  ip_address_type = var.public ? "dualstack" : "ipv4"
                }
                """,
            "terraform.tfvars": "cidrs = [\"10.0.1.0/24\", \"10.0.2.0/24\"]\n",
            "x.auto.tfvars": "public = true\n",
        ])
        let lb = try #require(result.topology.loadBalancers.first)
        #expect(lb.scheme == .known(.internetFacing))
        #expect(lb.ipAddressType == .known(.dualstack))
        #expect(lb.subnets.value == [.known(ResourceID("aws_subnet.p[0]")), .known(ResourceID("aws_subnet.p[1]"))])
    }

    @Test func whatCannotBeKnownSaysWhyAndWhatToPass() throws {
        let result = try read(["main.tf": """
            variable "vpc_cidr" {}
            data "aws_vpc" "shared" { default = true }
            module "net" { source = "./net" }
            resource "aws_vpc" "v" { cidr_block = var.vpc_cidr }
            resource "aws_subnet" "s" {
              vpc_id     = data.aws_vpc.shared.id
              cidr_block = module.net.cidr
            }
            """])
        #expect(result.topology.vpcs[0].cidr.unknownReason?.english == "variable \"vpc_cidr\" has no value; pass --var vpc_cidr=VALUE or set it in a .tfvars file")
        #expect(result.topology.subnets[0].vpc.unknownReason?.english.contains("data.aws_vpc.shared is read from AWS at plan time") == true)
        #expect(result.topology.subnets[0].cidr.unknownReason?.english.hasPrefix("the outputs of module.net are not known: its folder ") == true)
        #expect(result.topology.subnets[0].cidr.unknownReason?.english.hasSuffix("/net holds no .tf or .tf.json file") == true)
        #expect(result.modulesNotRead == ["module.net (source \"./net\")"])
        let given = try read(["main.tf": "variable \"vpc_cidr\" {}\nresource \"aws_vpc\" \"v\" { cidr_block = var.vpc_cidr }\n"], variables: ["vpc_cidr=10.9.0.0/16"])
        #expect(given.topology.vpcs[0].cidr.value?.description == "10.9.0.0/16")
    }

    @Test func jsonConfigurationsReadLikeNative() throws {
        let result = try read(["main.tf.json": """
            {
              "resource": {
                "aws_vpc": { "v": { "cidr_block": "10.0.0.0/16" } },
                "aws_route_table": { "r": { "vpc_id": "${aws_vpc.v.id}", "route": [{ "cidr_block": "0.0.0.0/0", "gateway_id": "${aws_internet_gateway.g.id}" }] } },
                "aws_internet_gateway": { "g": { "vpc_id": "${aws_vpc.v.id}" } }
              }
            }
            """])
        let table = try #require(result.topology.routeTables.first { $0.id.name == "aws_route_table.r" })
        #expect(table.routes.first?.target.value == RouteTarget(kind: .internetGateway, id: .known(ResourceID("aws_internet_gateway.g"))))
        #expect(table.location.map { "\($0.line):\($0.column)" } == "4:26")
        #expect(result.topology.gatewayAttachments.first?.vpc.value == ResourceID("aws_vpc.v"))
    }

    @Test func syntaxErrorsAreTyped() throws {
        #expect(throws: TerraformError.self) { try read(["bad.tf": "resource \"a\" {\n"]) }
    }
}
