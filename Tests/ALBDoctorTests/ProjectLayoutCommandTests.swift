import Foundation
import Testing
import _TestSupport

/// `albdoctor lint` on projects as they are laid out: a CDK app's `cdk.out`, folders that hold
/// more than templates.
@Suite(.timeLimit(.minutes(5))) struct ProjectLayoutCommandTests {
    private func albdoctor(_ arguments: String...) async throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // The region is what the arguments say, not what this machine's environment holds.
        environment["AWS_REGION"] = nil
        environment["AWS_DEFAULT_REGION"] = nil
        return try await runProcess(Repository.executable, arguments, environment: environment, currentDirectory: Repository.root.path)
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
        #expect(result.stdout.contains("(4 stacks, 1 load balancer, 4 subnets, 14 rules)"))
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
        #expect(result.stdout.contains("2 stacks, 1 load balancer, 3 subnets, 14 rules; skipped 3 files that are not templates: \(folder)/ci.yml, \(folder)/event.json, \(folder)/k8s.yaml)"))
        let json = try await albdoctor("lint", folder, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["skipped"] as? [[String: String]])?.map { $0["file"] ?? "" } == ["ci.yml", "event.json", "k8s.yaml"].map { folder + "/" + $0 })
        let named = try await albdoctor("lint", folder + "/event.json")
        #expect(named.status == 2)
        #expect(named.stderr.contains("there is no Resources section"))
    }
}
