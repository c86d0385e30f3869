import Foundation
import Testing
import _TestSupport

/// `lint` on Terraform that builds its network with modules, as a user runs it.
@Suite(.timeLimit(.minutes(5))) struct TerraformModuleCommandTests {
    /// The incident inside a local module: the finding names the subnet's address and points
    /// into the module's file, and the fix is HCL for that file.
    @Test func aLocalModulesSubnetIsNamedWhereItIsWritten() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/local-module", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/terraform/local-module/modules/network/main.tf:10:1: error[ALB001]: module.network.aws_subnet.public[1] (ap-northeast-1c) uses the main route table of module.network.aws_vpc.this, which has no 0.0.0.0/0 route to an internet gateway"), "\(result.stdout)")
        #expect(result.stdout.contains("10 | resource \"aws_subnet\" \"public\" {"))
        let fix = ["Add to the module module.network (its own .tf files):", "  resource \"aws_route_table_association\" \"public_1\" {", "    subnet_id      = aws_subnet.public[1].id", "    route_table_id = aws_route_table.public.id", "  }"]
        #expect(result.stdout.contains(fix.map { "       " + $0 }.joined(separator: "\n")), "\(result.stdout)")
        #expect(!result.stdout.contains("public[0] (ap-northeast-1a) uses"))
        #expect(result.stderr.isEmpty)
    }

    /// A module outside the folders given is not read: a note says which folder to add, and
    /// with it the module's fault is found.
    @Test func aModuleOutsideTheFoldersGivenIsANoteUntilItsFolderIsGiven() async throws {
        let alone = try await albdoctor("lint", "fixtures/terraform/module-outside", "--region", "ap-northeast-1", "--no-color")
        #expect(alone.status == 0)
        #expect(alone.stdout.contains("fixtures/terraform/module-outside/main.tf:4:1: note[TF001]: The resources and outputs of module.network (source \"../local-module/modules/network\") are unverified: its folder fixtures/terraform/local-module/modules/network is outside the folders given, and albdoctor reads nothing there; lint with that folder too (albdoctor lint fixtures/terraform/module-outside fixtures/terraform/local-module/modules/network)."), "\(alone.stdout)")
        let both = try await albdoctor("lint", "fixtures/terraform/module-outside", "fixtures/terraform/local-module/modules/network", "--region", "ap-northeast-1", "--no-color")
        #expect(both.status == 0, "\(both.stdout)")
        #expect(!both.stdout.contains("TF001"))
        #expect(both.stdout.contains("2 subnets"))
    }

    /// A module `terraform init` installed is read where modules.json says, and findings point
    /// into its files there.
    @Test func anInstalledModuleIsReadFromModulesJSON() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/installed-module", "--region", "ap-northeast-1", "--format", "json")
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let errors = findings.filter { $0["rule"] as? String == "ALB001" }
        #expect(errors.map { $0["subject"] as? String } == ["module.network.aws_subnet.public[\"a\"]", "module.network.aws_subnet.public[\"c\"]"])
        let location = try #require(errors.first?["location"] as? [String: Any])
        #expect(location["file"] as? String == "fixtures/terraform/installed-module/.terraform/modules/network/main.tf")
        #expect(location["line"] as? Int == 25)
        #expect(!findings.contains { $0["rule"] as? String == "TF001" })
    }

    /// The registry's vpc and alb modules without `terraform init`: the internet-facing load
    /// balancer given the private subnets is the incident, at the input, with the input to change.
    @Test func privateSubnetsOfTheVPCModuleGivenToAnInternetFacingALB() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/vpc-module-private-subnets", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/terraform/vpc-module-private-subnets/main.tf:12:3: error[ALB001]: module.vpc.aws_subnet.private[0] (ap-northeast-1a) uses module.vpc.aws_route_table.private[0], which sends 0.0.0.0/0 to NAT gateway module.vpc.aws_nat_gateway.this[0]"), "\(result.stdout)")
        #expect(result.stdout.contains("module.vpc.aws_subnet.private[1] (ap-northeast-1c)"))
        #expect(result.stdout.contains("module.vpc's private_subnets never route to the internet gateway: give the load balancer module.vpc.public_subnets instead of module.vpc.private_subnets, or make it internal."))
        #expect(!result.stdout.contains("TF001"))
    }

    @Test func theVPCModuleWithoutItsInternetGateway() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/vpc-module-without-igw", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/terraform/vpc-module-without-igw/main.tf:10:3: error[ALB001]: module.vpc.aws_subnet.public[0] (ap-northeast-1a)"), "\(result.stdout)")
        #expect(result.stdout.contains("Set create_igw = true in module.vpc so that its public_subnets route to its internet gateway."))
    }
}
