import Foundation
import Terraform
import Testing
import Topology

/// Module calls, read as `lint` reads them: local paths, installed modules, the registry's vpc
/// and alb modules from their inputs, and what is not read said as such.
@Suite struct ModuleTests {
    /// Writes `files` (paths relative to a new folder, folders made as needed) and reads
    /// `roots` (relative to it; the folder itself when empty) as `albdoctor lint` does.
    func read(_ files: [String: String], roots: [String] = ["."], variables: [String] = []) throws -> TerraformReader.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-tf-modules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return try TerraformReader(paths: roots.map { folder.appendingPathComponent($0).path }, variables: variables, region: "ap-northeast-1").read()
    }

    static let network = """
        variable "cidr" { type = string }
        variable "zones" { default = ["ap-northeast-1a", "ap-northeast-1c"] }
        resource "aws_vpc" "this" { cidr_block = var.cidr }
        resource "aws_subnet" "public" {
          count             = length(var.zones)
          vpc_id            = aws_vpc.this.id
          availability_zone = var.zones[count.index]
          cidr_block        = cidrsubnet(var.cidr, 8, count.index)
        }
        output "subnet_ids" { value = aws_subnet.public[*].id }
        """

    @Test func aLocalModuleGetsItsInputsAndGivesItsOutputs() throws {
        let result = try read([
            "main.tf": """
                locals { base = "10.1.0.0/16" }
                module "net" {
                  source = "./modules/net"
                  cidr   = local.base
                  zones  = ["ap-northeast-1d"]
                }
                resource "aws_lb" "web" { subnets = module.net.subnet_ids }
                """,
            "modules/net/main.tf": Self.network,
        ])
        let subnet = try #require(result.topology.subnets.first)
        #expect(result.topology.subnets.map(\.id.name) == ["module.net.aws_subnet.public[0]"])
        #expect(subnet.cidr.value?.description == "10.1.0.0/24")
        #expect(subnet.availabilityZone.value == "ap-northeast-1d")
        #expect(subnet.vpc.value == ResourceID("module.net.aws_vpc.this"))
        #expect(subnet.location?.file.hasSuffix("modules/net/main.tf") == true)
        #expect(subnet.location?.line == 4)
        #expect(result.topology.loadBalancers.first?.subnets.value == [.known(ResourceID("module.net.aws_subnet.public[0]"))])
        #expect(result.notes.isEmpty)
        #expect(result.files.contains { $0.file.hasSuffix("modules/net/main.tf") })
    }

    @Test func countAndForEachOnModulesAddressEachInstance() throws {
        let result = try read([
            "main.tf": """
                module "env" {
                  for_each = { blue = "10.1.0.0/16", green = "10.2.0.0/16" }
                  source   = "./net"
                  cidr     = each.value
                  zones    = ["ap-northeast-1a"]
                }
                module "spare" {
                  count  = 2
                  source = "./net"
                  cidr   = "10.${count.index + 5}.0.0/16"
                  zones  = []
                }
                resource "aws_lb" "web" { subnets = module.env["green"].subnet_ids }
                """,
            "net/main.tf": Self.network,
        ])
        #expect(result.topology.vpcs.map(\.id.name).sorted() == ["module.env[\"blue\"].aws_vpc.this", "module.env[\"green\"].aws_vpc.this", "module.spare[0].aws_vpc.this", "module.spare[1].aws_vpc.this"])
        #expect(result.topology.vpcs.first { $0.id.name == "module.spare[1].aws_vpc.this" }?.cidr.value?.description == "10.6.0.0/16")
        #expect(result.topology.loadBalancers.first?.subnets.value == [.known(ResourceID("module.env[\"green\"].aws_subnet.public[0]"))])
    }

    @Test func aModuleOutsideTheFoldersGivenIsNotReadAndSaysWhatToPass() throws {
        let files = [
            "live/main.tf": """
                module "net" {
                  source = "../shared/net"
                  cidr   = "10.1.0.0/16"
                }
                resource "aws_lb" "web" { subnets = module.net.subnet_ids }
                """,
            "shared/net/main.tf": Self.network,
        ]
        let alone = try read(files, roots: ["live"])
        #expect(alone.topology.subnets.isEmpty)
        let note = try #require(alone.notes.first)
        #expect(note.ruleID == "TF001")
        #expect(note.message.contains("its folder "))
        #expect(note.message.contains("outside the folders given"))
        #expect(note.message.contains("shared/net)"))
        #expect(alone.topology.loadBalancers.first?.subnets.unknownReason?.english.contains("outside the folders given") == true)

        // Given too, the module's folder is read as the module, not as part of the root module.
        let both = try read(files, roots: ["live", "shared/net"])
        #expect(both.notes.isEmpty)
        #expect(both.topology.subnets.map(\.id.name) == ["module.net.aws_subnet.public[0]", "module.net.aws_subnet.public[1]"])
        #expect(both.topology.vpcs.map(\.id.name) == ["module.net.aws_vpc.this"])
    }

    @Test func installedModulesAreReadFromTheManifest() throws {
        let result = try read([
            "main.tf": """
                module "net" {
                  source  = "acme/net/aws"
                  version = "1.0.0"
                  cidr    = "10.3.0.0/16"
                }
                module "other" { source = "acme/other/aws" }
                """,
            ".terraform/modules/modules.json": #"{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"net","Source":"registry.terraform.io/acme/net/aws","Version":"1.0.0","Dir":".terraform/modules/net"}]}"#,
            ".terraform/modules/net/main.tf": Self.network,
        ])
        #expect(result.topology.subnets.count == 2)
        #expect(result.topology.subnets.first?.location?.file.hasSuffix(".terraform/modules/net/main.tf") == true)
        #expect(result.modulesNotRead == ["module.other (source \"acme/other/aws\")"])
        #expect(result.notes.first?.message.contains("is not installed") == true)
        #expect(result.notes.first?.message.contains("run terraform init in ") == true)
    }

    @Test func aBrokenManifestIsRefused() throws {
        #expect(throws: TerraformError.self) {
            try read(["main.tf": "module \"x\" { source = \"a/b/c\" }\n", ".terraform/modules/modules.json": "{\"Modules\": 3}"])
        }
    }

    @Test func optionalObjectAttributesAreNullOrTheirDefault() throws {
        let result = try read([
            "main.tf": """
                module "net" {
                  source   = "./net"
                  settings = { cidr = "10.9.0.0/16" }
                }
                """,
            "net/main.tf": """
                variable "settings" {
                  type = object({ cidr = string, zone = optional(string, "ap-northeast-1c"), name = optional(string) })
                }
                resource "aws_vpc" "this" { cidr_block = var.settings.cidr }
                resource "aws_subnet" "s" {
                  vpc_id            = aws_vpc.this.id
                  cidr_block        = var.settings.name == null ? cidrsubnet(var.settings.cidr, 8, 1) : "bad"
                  availability_zone = var.settings.zone
                }
                """,
        ])
        let subnet = try #require(result.topology.subnets.first)
        #expect(subnet.cidr.value?.description == "10.9.1.0/24")
        #expect(subnet.availabilityZone.value == "ap-northeast-1c")
    }

    /// The registry's vpc module, not installed: public subnets route to its internet gateway
    /// unless `create_igw = false`, private ones do not, database ones only when asked to.
    @Test func theVPCModuleIsReadFromItsInputs() throws {
        func tables(_ arguments: String) throws -> (Topology, [String: Bool]) {
            let result = try read(["main.tf": """
                module "vpc" {
                  source           = "terraform-aws-modules/vpc/aws"
                  cidr             = "10.0.0.0/16"
                  azs              = ["ap-northeast-1a", "ap-northeast-1c"]
                  public_subnets   = ["10.0.0.0/24", "10.0.1.0/24"]
                  private_subnets  = ["10.0.10.0/24", "10.0.11.0/24"]
                  database_subnets = ["10.0.20.0/24", "10.0.21.0/24"]
                  \(arguments)
                }
                """])
            let topology = result.topology
            var routed: [String: Bool] = [:]
            for subnet in topology.subnets {
                guard case .known(let table) = topology.effectiveRouteTable(of: subnet) else { continue }
                routed[subnet.id.name] = table.routes.contains { $0.target.value?.kind == .internetGateway }
            }
            return (topology, routed)
        }
        let (topology, routed) = try tables("")
        #expect(topology.subnets.count == 6)
        #expect(routed["module.vpc.aws_subnet.public[1]"] == true)
        #expect(routed["module.vpc.aws_subnet.private[0]"] == false)
        #expect(routed["module.vpc.aws_subnet.database[0]"] == false)
        #expect(topology.subnets.first { $0.id.name == "module.vpc.aws_subnet.public[1]" }?.availabilityZone.value == "ap-northeast-1c")
        #expect(topology.subnets.first { $0.id.name == "module.vpc.aws_subnet.private[0]" }?.moduleInput?.publicOutput == "public_subnets")

        let (_, withoutGateway) = try tables("create_igw = false")
        #expect(withoutGateway["module.vpc.aws_subnet.public[0]"] == false)
        let (_, database) = try tables("create_database_subnet_route_table = true\n  create_database_internet_gateway_route = true")
        #expect(database["module.vpc.aws_subnet.database[1]"] == true)
        #expect(database["module.vpc.aws_subnet.private[1]"] == false)
    }

    @Test func anOutputTheVPCModelDoesNotHaveIsUnknownSayingWhatToRun() throws {
        let result = try read(["main.tf": """
            module "vpc" {
              source        = "registry.terraform.io/terraform-aws-modules/vpc/aws"
              intra_subnets = ["10.0.30.0/24"]
            }
            resource "aws_lb" "web" { subnets = module.vpc.intra_subnets }
            """])
        let reason = try #require(result.topology.loadBalancers.first?.subnets.unknownReason?.english)
        #expect(reason.contains("intra_subnets is not among the outputs it models"))
        #expect(reason.contains("run terraform init"))
    }
}
