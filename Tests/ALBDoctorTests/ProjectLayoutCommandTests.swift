import Foundation
import Testing
import _TestSupport

/// `albdoctor lint` on projects as they are laid out: a CDK app's `cdk.out`, folders that hold
/// more than templates.
@Suite(.timeLimit(.minutes(5))) struct ProjectLayoutCommandTests {
    /// The region is what the arguments say, not what this machine's environment holds.
    private func albdoctor(_ arguments: String...) async throws -> ProcessResult {
        try await _TestSupport.albdoctor(arguments, unset: ["AWS_REGION", "AWS_DEFAULT_REGION"])
    }

    private func findings(_ result: ProcessResult) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(object["findings"] as? [[String: Any]])
    }

    /// The incident in a CDK app: the export/import between its two stacks is followed, the fault
    /// is named in the stack CDK deploys, at the template line, with the construct path; the
    /// stacks' region comes from the manifest, not from --region.
    @Test(arguments: ["fixtures/cdk-app/cdk.out", "fixtures/cdk-app"])
    func cloudAssemblyIsTheStacksItDeploys(path: String) async throws {
        let result = try await albdoctor("lint", path, "--region", "us-east-1", "--format", "json")
        #expect(result.status == 1)
        let all = try findings(result)
        let errors = all.filter { $0["severity"] as? String == "error" }
        #expect(errors.count == 1)
        let fault = try #require(errors.first)
        #expect(fault["rule"] as? String == "ALB001")
        #expect(fault["subject"] as? String == "NetworkStack/VpcPublicSubnet2Subnet691E08A3")
        let evidence = try #require(fault["evidence"] as? [String: String])
        #expect(evidence["construct"] == "NetworkStack/Vpc/PublicSubnet2/Subnet")
        #expect(evidence["availability zone"] == "ap-northeast-1c")
        let location = try #require(fault["location"] as? [String: Any])
        #expect(location["file"] as? String == "fixtures/cdk-app/cdk.out/NetworkStack.template.json")
        #expect(location["line"] as? Int == 99)
        // The stage assembly's stack is environment-agnostic, and --region says where it deploys.
        #expect(!all.contains { $0["rule"] as? String == "CFN004" })
        // The stale template the manifest does not name is not read: no duplicate export.
        #expect(!all.contains { $0["rule"] as? String == "CFN002" })
        // The nested stack is read through its asset: its security group admits clients.
        #expect(!all.contains { ($0["message"] as? String)?.contains("did not read") == true })
    }

    @Test func cloudAssemblyTextNamesTheConstruct() async throws {
        let result = try await albdoctor("lint", "fixtures/cdk-app/cdk.out/")
        // Without --region the environment-agnostic stage stack's region is the default: unverified.
        #expect(result.stdout.contains("note[CFN004]: Availability Zones and AWS::Region are read for us-east-1, the default region, because stack Staging-Network is environment-agnostic"), "\(result.stdout)")
        #expect(result.stdout.hasPrefix("fixtures/cdk-app/cdk.out/NetworkStack.template.json:99:3: error[ALB001]: VpcPublicSubnet2Subnet691E08A3 (ap-northeast-1c)"))
        #expect(result.stdout.contains("   = construct: NetworkStack/Vpc/PublicSubnet2/Subnet\n"))
        #expect(result.stdout.contains("(4 stacks, 1 load balancer, 4 subnets, 15 rules)"))
    }

    /// The templates of a cdk.out given one by one: `X.template.json` is stack X, so the
    /// `${AWS::StackName}:…` exports match their imports; the stale template exports a name the
    /// network stack exports too, an error on both exports instead of a refusal.
    @Test func staleTemplateGivenByNameIsADuplicateExport() async throws {
        let folder = "fixtures/cdk-app/cdk.out/"
        let result = try await albdoctor(
            "lint", folder + "NetworkStack.template.json", folder + "WebStack.template.json", folder + "LegacyNetworkStack.template.json", "--format", "json")
        #expect(result.status == 1)
        let duplicates = try findings(result).filter { $0["rule"] as? String == "CFN002" }
        #expect(Set(duplicates.compactMap { $0["subject"] as? String })
            == ["NetworkStack/ExportsOutputRefVpcPublicSubnet1Subnet5C2D37C4FFA2B456", "LegacyNetworkStack/PublicSubnet1"])
        #expect(duplicates.allSatisfy { $0["severity"] as? String == "error" })
        let withoutStale = try await albdoctor("lint", folder + "NetworkStack.template.json", folder + "WebStack.template.json", "--format", "json")
        #expect(try findings(withoutStale).contains { $0["rule"] as? String == "ALB001" && $0["severity"] as? String == "error" })
    }

    /// A folder with a workflow, an event and a Kubernetes manifest beside the templates: they
    /// are skipped and named once in the summary; the same file given by name is refused.
    @Test func folderSkipsWhatIsNotATemplate() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-layout-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["network.yaml", "alb.yaml"] {
            try FileManager.default.copyItem(atPath: Repository.root.path + "/fixtures/unrouted-alb-subnet/" + name, toPath: folder + "/" + name)
        }
        try "name: ci\non:\n  push:\njobs:\n  test:\n    runs-on: ubuntu-latest\n".write(toFile: folder + "/ci.yml", atomically: true, encoding: .utf8)
        try "{\"version\": \"0\", \"detail-type\": \"Scheduled Event\", \"detail\": {}}\n".write(toFile: folder + "/event.json", atomically: true, encoding: .utf8)
        try "apiVersion: v1\nkind: Service\n---\napiVersion: apps/v1\nkind: Deployment\n".write(toFile: folder + "/k8s.yaml", atomically: true, encoding: .utf8)
        let result = try await albdoctor("lint", folder, "--region", "ap-northeast-1")
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[ALB001]: PublicSubnetB (ap-northeast-1c)"))
        #expect(result.stdout.contains("2 stacks, 1 load balancer, 3 subnets, 15 rules; skipped 3 files that are not templates: \(folder)/ci.yml, \(folder)/event.json, \(folder)/k8s.yaml)"))
        let json = try await albdoctor("lint", folder, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["skipped"] as? [[String: String]])?.map { $0["file"] ?? "" } == ["ci.yml", "event.json", "k8s.yaml"].map { folder + "/" + $0 })
        let named = try await albdoctor("lint", folder + "/event.json")
        #expect(named.status == 2)
        #expect(named.stderr.contains("there is no Resources section"))
    }

    /// A cdk.out whose manifest cannot be read is refused with the manifest's line and column,
    /// not linted as loose templates (which read a stale template and the wrong region).
    @Test func aBrokenManifestIsRefusedWhereItBreaks() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-cdk-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Repository.path("fixtures/cdk-app/cdk.out"), toPath: folder)
        let manifest = try Data(contentsOf: URL(fileURLWithPath: Repository.path("fixtures/cdk-app/cdk.out/manifest.json")))
        try manifest.prefix(500).write(to: URL(fileURLWithPath: folder + "/manifest.json"))
        let result = try await albdoctor("lint", folder)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("albdoctor: error: \(folder)/manifest.json:"), "\(result.stderr)")
        #expect(result.stderr.contains("JSON syntax error"), "\(result.stderr)")
    }

    /// CDK Pipelines stages deployed to other accounts or regions may export the same name:
    /// export names are unique per account and region, so only stages that share both clash.
    @Test(arguments: [("aws://111122223333/eu-west-1", "aws://444455556666/us-east-1", 0), ("aws://111122223333/eu-west-1", "aws://111122223333/eu-west-1", 2)])
    func exportsClashOnlyWithinOneAccountAndRegion(prod: String, dev: String, clashes: Int) async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-stages-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        func write(_ text: String, _ path: String) throws {
            try FileManager.default.createDirectory(atPath: ((root + "/" + path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
        }
        let template = #"{"Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}, "Outputs": {"VpcId": {"Value": {"Ref": "Vpc"}, "Export": {"Name": "shared-vpc-id"}}}}"#
        for (stage, environment) in [("Prod", prod), ("Dev", dev)] {
            try write(template, "cdk.out/assembly-\(stage)/Net.template.json")
            try write(#"{"version": "36.0.0", "artifacts": {"Net": {"type": "aws:cloudformation:stack", "environment": "\#(environment)", "properties": {"templateFile": "Net.template.json", "stackName": "\#(stage)-Net"}}}}"#,
                      "cdk.out/assembly-\(stage)/manifest.json")
        }
        try write(#"{"version": "36.0.0", "artifacts": {"assembly-Prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Prod"}}, "assembly-Dev": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Dev"}}}}"#,
                  "cdk.out/manifest.json")
        let result = try await albdoctor("lint", root + "/cdk.out", "--format", "json")
        #expect(result.status == (clashes == 0 ? 0 : 1), "\(result.stderr)")
        #expect(try findings(result).filter { $0["rule"] as? String == "CFN002" }.count == clashes)
    }
}
