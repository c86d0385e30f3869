import CloudFormation
import Findings
import Foundation
import Localization
import Testing

/// Rain modules are read like nested stacks, expanded as `rain pkg` would; registry modules are
/// unverified. Never "has no Type".
@Suite struct ModuleTests {
    /// A VPC module whose second public subnet is not associated with the public route table.
    static let vpcModule = """
        Parameters:
          Cidr:
            Type: String
          SecondZone:
            Type: Number
            Default: 1
        Resources:
          VPC:
            Type: AWS::EC2::VPC
            Properties: { CidrBlock: !Ref Cidr }
          Gateway:
            Type: AWS::EC2::InternetGateway
          Attachment:
            Type: AWS::EC2::VPCGatewayAttachment
            Properties: { VpcId: !Ref VPC, InternetGatewayId: !Ref Gateway }
          PublicRouteTable:
            Type: AWS::EC2::RouteTable
            Properties: { VpcId: !Ref VPC }
          DefaultRoute:
            Type: AWS::EC2::Route
            DependsOn: Attachment
            Properties: { RouteTableId: !Ref PublicRouteTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway }
          PublicSubnet1:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref VPC, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs ''] }
          PublicSubnet1Association:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: { SubnetId: !Ref PublicSubnet1, RouteTableId: !Ref PublicRouteTable }
          PublicSubnet2:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref VPC
              CidrBlock: 10.0.1.0/24
              AvailabilityZone: !Select [!Ref SecondZone, !GetAZs '']
              Tags: [{ Key: Name, Value: !Sub '${AWS::StackName}-${VPC}-public-2' }]
        """

    static let balancer = """
          Balancer:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [!Ref NetworkPublicSubnet1, !GetAtt NetworkPublicSubnet2.SubnetId]
        """

    @Test func rainModuleIsExpandedAndItsFaultFound() throws {
        let app = "Resources:\n  Network:\n    Type: !Rain::Module modules/vpc.yml\n    Properties:\n      Cidr: 10.0.0.0/16\n" + Self.balancer
        let findings = try Lint.findings(files: [("app.yaml", app), ("modules/vpc.yml", Self.vpcModule)])
        let fault = try #require(findings.first { $0.ruleID == "ALB001" && $0.severity == .error })
        #expect(fault.subject.description == "app/NetworkPublicSubnet2")
        #expect(fault.location == Location(file: "modules/vpc.yml", line: 29, column: 3))
        #expect(fault.message.hasPrefix("NetworkPublicSubnet2 (ap-northeast-1c) uses the main route table of NetworkVPC"))
        #expect(!findings.contains { $0.ruleID == "CFN003" })
    }

    /// The JSON form, a parameter given, Overrides merged into the module's resource.
    @Test func jsonFormWithOverrides() throws {
        let app = """
            {"Resources": {
              "Network": {"Type": {"Rain::Module": "modules/vpc.yml"},
                          "Properties": {"Cidr": "10.9.0.0/16", "SecondZone": "2"},
                          "Overrides": {"PublicSubnet2": {"Properties": {"CidrBlock": "10.9.7.0/24"}}}},
              "Balancer": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",
                           "Properties": {"Subnets": [{"Ref": "NetworkPublicSubnet1"}, {"Ref": "NetworkPublicSubnet2"}]}}}}
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-modules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/modules", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try app.write(toFile: folder + "/app.json", atomically: true, encoding: .utf8)
        try Self.vpcModule.write(toFile: folder + "/modules/vpc.yml", atomically: true, encoding: .utf8)
        let sources = try TemplateLoader.load(paths: [folder + "/app.json"])
        let topology = try Deployment(stacks: sources, region: "ap-northeast-1", nested: NestedTemplates(roots: [folder])).topology()
        #expect(topology.vpcs.map { $0.cidr.value?.description } == ["10.9.0.0/16"])
        let second = try #require(topology.subnets.first { $0.id.name == "NetworkPublicSubnet2" })
        #expect(second.cidr.value?.description == "10.9.7.0/24")
        #expect(second.availabilityZone.value == "ap-northeast-1d")
    }

    /// A module outside the folders given, a module parameter without a value, and a registry
    /// module: unverified, saying what to pass; the rest of the template is still checked.
    @Test(arguments: [
        ("Network:\n    Type: !Rain::Module ../elsewhere/vpc.yml\n", "outside the folders given"),
        ("Network:\n    Type: Example::Network::Vpc::MODULE\n", "aws cloudformation get-template --stack-name app --template-stage Processed"),
    ])
    func moduleNotReadIsUnverified(resource: String, hint: String) throws {
        let app = "Resources:\n  " + resource + Self.balancer
        let findings = try Lint.findings(files: [("app/app.yaml", app), ("elsewhere/vpc.yml", Self.vpcModule)])
        let note = try #require(findings.first { $0.ruleID == "CFN003" })
        #expect(note.severity == .note && note.message.contains(hint), "got: \(note.message)")
        #expect(note.location?.line == 2)
        let subnets = findings.filter { $0.ruleID == "ALB001" }
        #expect(!subnets.isEmpty && subnets.allSatisfy { $0.severity == .note && $0.message.contains("is taken to be a resource of module Network") })
    }

    /// A module named with the other YAML ending than its file has (a slip seen in public
    /// templates): unverified, and the note names the file that does exist.
    @Test func aModuleWithTheOtherEndingIsNamed() throws {
        let app = "Resources:\n  Network:\n    Type: !Rain::Module modules/vpc.yaml\n" + Self.balancer
        let findings = try Lint.findings(files: [("app/app.yaml", app), ("app/modules/vpc.yml", Self.vpcModule)])
        let note = try #require(findings.first { $0.ruleID == "CFN003" })
        #expect(note.message.contains("modules/vpc.yaml does not exist (looked for ") && note.message.contains("; vpc.yml does: is that the one meant?"), "got: \(note.message)")
    }

    /// An override that is not a mapping is a mistake in the template: refused where it is written.
    @Test func scalarOverrideIsRefusedAtItsPlace() throws {
        let app = "Resources:\n  Network:\n    Type: !Rain::Module vpc.yml\n    Properties: { Cidr: 10.0.0.0/16 }\n    Overrides:\n      PublicSubnet2: DependsOn:Gateway\n"
        do {
            _ = try Lint.findings(files: [("app.yaml", app), ("vpc.yml", Self.vpcModule)])
            Issue.record("a scalar override was accepted")
        } catch let error as TemplateError {
            #expect(error.description.contains("app.yaml:6:22: Overrides.PublicSubnet2 of Network must be a mapping"), "got: \(error.description)")
        }
    }

    @Test func moduleParameterWithoutValueIsUnknown() throws {
        let app = "Resources:\n  Network:\n    Type: !Rain::Module vpc.yml\n" + Self.balancer
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-modules-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try app.write(toFile: folder + "/app.yaml", atomically: true, encoding: .utf8)
        try Self.vpcModule.write(toFile: folder + "/vpc.yml", atomically: true, encoding: .utf8)
        let sources = try TemplateLoader.load(paths: [folder + "/app.yaml"])
        let topology = try Deployment(stacks: sources, region: "ap-northeast-1", nested: NestedTemplates(roots: [folder])).topology()
        let reason = try #require(topology.vpcs.first?.cidr.unknownReason?.english)
        #expect(reason.contains("parameter Cidr of Rain module Network") && reason.contains("give it in the Properties of Network"), "got: \(reason)")
    }

    @Test(arguments: [
        ("a/MyStack.template.json", "MyStack"), ("MyStack.template.yaml", "MyStack"), ("network.yaml", "network"),
        ("x.template", "x"), ("Parent.nested.template.json", "Parent.nested"),
    ])
    func stackNameFromFileName(path: String, name: String) {
        #expect(TemplateLoader.stackName(for: path) == name)
    }
}
