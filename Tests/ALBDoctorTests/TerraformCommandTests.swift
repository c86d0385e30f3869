import Foundation
import Testing
import _TestSupport

/// `lint` on Terraform fixtures, as a user runs it.
@Suite(.timeLimit(.minutes(5))) struct TerraformCommandTests {
    @Test func theIncidentInTerraformNamesTheSubnetAndItsLine() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/unrouted-alb-subnet/", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/terraform/unrouted-alb-subnet/network.tf:36:1: error[ALB001]: aws_subnet.public_b (ap-northeast-1c) uses the main route table of aws_vpc.main"))
        #expect(result.stdout.contains("36 | resource \"aws_subnet\" \"public_b\" {"))
        let fix = ["resource \"aws_route_table_association\" \"public_b\" {", "  subnet_id      = aws_subnet.public_b.id", "  route_table_id = aws_route_table.public.id", "}"]
        #expect(result.stdout.contains(fix.map { "         " + $0 }.joined(separator: "\n")))
        #expect(result.stdout.hasSuffix("1 error, 0 warnings, 0 notes (1 configuration of 2 files, 11 resources, 1 load balancer, 2 subnets, 15 rules)\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test func theFixedConfigurationHasNoFinding() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/fixed", "--region", "ap-northeast-1")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("No findings: 1 configuration of 2 files, 12 resources"))
    }

    @Test func countAndVariables() async throws {
        let one = try await albdoctor("lint", "fixtures/terraform/count-subnets", "--region", "ap-northeast-1", "--format", "json")
        #expect(one.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.filter { $0["rule"] as? String == "ALB001" }.map { $0["subject"] as? String } == ["aws_subnet.public[1]"])
        let both = try await albdoctor("lint", "fixtures/terraform/count-subnets", "--region", "ap-northeast-1", "--var", "associated_subnets=2")
        #expect(both.status == 0)
    }

    @Test func forEachSubnetsAreAddressedByKey() async throws {
        let all = try await albdoctor("lint", "fixtures/terraform/for-each-subnets", "--region", "ap-northeast-1")
        #expect(all.status == 0)
        let one = try await albdoctor("lint", "fixtures/terraform/for-each-subnets", "--region", "ap-northeast-1", "--var", "associate={ a = true, c = false }", "--no-color")
        #expect(one.status == 1)
        #expect(one.stdout.contains("error[ALB001]: aws_subnet.public[\"c\"] (ap-northeast-1c)"))
        #expect(!one.stdout.contains("aws_subnet.public[\"a\"] (ap-northeast-1a) uses"))
    }

    @Test func aSyntaxErrorExitsTwoWithItsPlace() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/syntax-error")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "albdoctor: error: fixtures/terraform/syntax-error/main.tf:7:27: expected a block label or `{`, found a line break\n")
    }

    /// What albdoctor cannot read is said where it is written: a module call, a count that
    /// depends on a variable without a value. A load balancer built in a module is never a
    /// silent pass.
    @Test func modulesAndUnknownCountsAreUnverifiedNotes() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/alb-in-module", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("fixtures/terraform/alb-in-module/main.tf:7:1: note[TF001]: The resources and outputs of module.alb (source \"cloudposse/alb/aws\") are unverified: it is not installed (fixtures/terraform/alb-in-module/.terraform/modules/modules.json lists no module alb); run terraform init in fixtures/terraform/alb-in-module, then lint again."), "\(result.stdout)")
        #expect(result.stdout.contains("note[TF002]: The instances of aws_subnet.extra are unverified: its count or for_each cannot be known ("), "\(result.stdout)")
        #expect(result.stdout.contains("0 errors, 0 warnings, 2 notes"))
    }

    /// A plan's JSON, with the configuration's folder: the finding names the address and the
    /// .tf line, as the configuration alone does.
    @Test func aPlanWithItsConfiguration() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/unrouted-alb-subnet", "fixtures/terraform/plan/incident.plan.json", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/terraform/unrouted-alb-subnet/network.tf:36:1: error[ALB001]: aws_subnet.public_b (ap-northeast-1c) uses the main route table of aws_vpc.main"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("1 error, 0 warnings, 0 notes (1 plan or state file with a configuration of 2 files, 11 resources, 1 load balancer, 2 subnets, 15 rules)\n"), "\(result.stdout)")
    }

    /// SARIF, Markdown and HTML of a Terraform finding carry what the text does: the rule, the
    /// `.tf` file and line, the resource address — as for templates.
    @Test func terraformFindingsInEveryFormat() async throws {
        let sarif = try await albdoctor("lint", "fixtures/terraform/unrouted-alb-subnet", "--region", "ap-northeast-1", "--format", "sarif")
        #expect(sarif.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let result = try #require(((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "ALB001")
        let location = try #require((result["locations"] as? [[String: Any]])?.first)
        let physical = location["physicalLocation"] as? [String: Any]
        #expect((physical?["artifactLocation"] as? [String: Any])?["uri"] as? String == "fixtures/terraform/unrouted-alb-subnet/network.tf")
        #expect((physical?["region"] as? [String: Any])?["startLine"] as? Int == 36)
        #expect(((location["logicalLocations"] as? [[String: Any]])?.first?["name"] as? String) == "aws_subnet.public_b")
        let markdown = try await albdoctor("lint", "fixtures/terraform/unrouted-alb-subnet", "--region", "ap-northeast-1", "--format", "markdown")
        #expect(markdown.stdout.hasPrefix("### albdoctor lint: 1 error, 0 warnings, 0 notes"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("aws_subnet.public_b") && markdown.stdout.contains("```mermaid"), "\(markdown.stdout)")
        let html = try await albdoctor("lint", "fixtures/terraform/unrouted-alb-subnet", "--region", "ap-northeast-1", "--format", "html")
        #expect(html.stdout.contains("aws_subnet.public_b") && html.stdout.contains("network.tf"), "\(html.stdout.prefix(400))")
    }

    /// A state of a configuration whose network is a local module, given with the
    /// configuration: the finding points into the module's own file, at the subnet's block.
    @Test func aStateWithItsConfigurationPointsIntoModules() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/local-module", "fixtures/terraform/deployed/local-module/terraform.tfstate", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/terraform/local-module/modules/network/main.tf:10:1: error[ALB001]: module.network.aws_subnet.public[1] (ap-northeast-1c)"), "\(result.stdout)")
        #expect(result.stdout.contains("10 | resource \"aws_subnet\" \"public\" {"), "\(result.stdout)")
    }

    @Test func twoStatesAreOneDeployment() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/deployed/split/network.tfstate", "fixtures/terraform/deployed/split/alb.tfstate", "--region", "ap-northeast-1", "--format", "json")
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { "\($0["rule"] ?? "") \($0["subject"] ?? "")" } == ["ALB001 aws_subnet.public_b"])
    }

    /// A folder of saved states (no `.tf` in it) is its states, read together.
    @Test func aFolderOfStatesIsThoseStates() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/deployed/split", "--region", "ap-northeast-1", "--no-color")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("error[ALB001]: aws_subnet.public_b (ap-northeast-1c)"), "\(result.stdout)")
        #expect(result.stdout.contains("(2 plan or state files, "), "\(result.stdout)")
    }

    @Test func subnetsTaggedForInternetFacingLoadBalancersNeedARoute() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/eks-subnets", "--no-color")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/terraform/eks-subnets/main.tf:26:1: error[ALB015]: aws_subnet.public[2] (ap-northeast-1d) is tagged kubernetes.io/role/elb"), "\(result.stdout)")
        #expect(result.stdout.contains("1 error, 0 warnings, 0 notes"), "\(result.stdout)")
    }

    /// What is not a plan's JSON, though Terraform wrote it, exits 2 saying what to run.
    @Test func aBinaryPlanExitsTwoSayingWhatToRun() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/bad/plan.out")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "albdoctor: error: fixtures/terraform/bad/plan.out: is a binary plan saved by `terraform plan -out`, not JSON; run `terraform show -json fixtures/terraform/bad/plan.out > plan.json` and lint plan.json\n")
    }

    @Test func theLogStreamOfPlanJSONExitsTwo() async throws {
        let result = try await albdoctor("lint", "fixtures/terraform/bad/plan-log.json")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("is the log stream of `terraform plan -json`"))
    }
}

