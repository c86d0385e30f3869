import CloudFormation
import Findings
import Foundation
import Testing
import _TestSupport

/// Templates as others write them: language extensions, SAM, nested stacks, aliases, wrong types.
@Suite(.timeLimit(.minutes(2)))
struct WorldTemplateTests {
    static let network = """
          VPC:
            Type: AWS::EC2::VPC
            Properties: { CidrBlock: 10.0.0.0/16 }
          InternetGateway:
            Type: AWS::EC2::InternetGateway
          Attachment:
            Type: AWS::EC2::VPCGatewayAttachment
            Properties: { VpcId: !Ref VPC, InternetGatewayId: !Ref InternetGateway }
          PublicRouteTable:
            Type: AWS::EC2::RouteTable
            Properties: { VpcId: !Ref VPC }
          DefaultRoute:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref PublicRouteTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref InternetGateway }
        """

    @Test func forEachMadeSubnetWithoutRouteIsALB001AtTheLoop() throws {
        let template = """
            Transform: AWS::LanguageExtensions
            Parameters:
              Zones: { Type: CommaDelimitedList, Default: "a,b" }
            Mappings:
              Blocks:
                a: { Cidr: 10.0.0.0/24, Index: "0" }
                b: { Cidr: 10.0.1.0/24, Index: "1" }
            Conditions:
              Fn::ForEach::Checks:
                - Zone
                - !Ref Zones
                - Is&{Zone}: !Equals [!Ref Zone, a]
            Resources:
            \(Self.network)
              Fn::ForEach::Subnets:
                - Zone
                - !Ref Zones
                - PublicSubnet${Zone}:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref VPC
                      CidrBlock: !FindInMap [Blocks, !Ref Zone, Cidr]
                      AvailabilityZone: !Select [!FindInMap [Blocks, !Ref Zone, Index], !GetAZs '']
              Fn::ForEach::Associations:
                - Zone
                - [a]
                - PublicSubnet${Zone}Association:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Condition: Is${Zone}
                    Properties: { SubnetId: !Ref "PublicSubnet${Zone}", RouteTableId: !Ref PublicRouteTable }
              LoadBalancer:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties: { Subnets: [!Ref PublicSubneta, !Ref PublicSubnetb] }
            Outputs:
              Fn::ForEach::Out:
                - Zone
                - !Ref Zones
                - Fn::ForEach::Inner:
                    - Attribute
                    - [AvailabilityZone, CidrBlock]
                    - Subnet${Zone}${Attribute}:
                        Value: !GetAtt [!Sub "PublicSubnet${Zone}", !Ref Attribute]
              Count:
                Value: !Length [1, 2, 3]
            """
        let findings = try Lint.findings(files: [("loops.yaml", template)])
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["ALB001"])
        #expect(errors.first?.subject == .resource(.subnet, stack: "loops", id: "PublicSubnetb"))
        #expect(errors.first?.location == Location(file: "loops.yaml", line: 31, column: 7))
        #expect(errors.first?.message.contains("PublicSubnetb (ap-northeast-1c)") == true)
    }

    @Test func aLoopWhoseCollectionCannotBeKnownIsNamedWhereItsResourcesAreMissing() throws {
        let template = """
            Parameters:
              Zones: { Type: CommaDelimitedList }
            Resources:
              Fn::ForEach::Subnets:
                - Zone
                - !Ref Zones
                - Subnet${Zone}:
                    Type: AWS::EC2::Subnet
                    Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24 }
              LoadBalancer:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties: { Subnets: [!Ref Subneta, !Ref Subnetb] }
            """
        let notes = try Lint.findings(files: [("loops.yaml", template)]).filter { $0.ruleID == "ALB001" }
        #expect(notes.first?.severity == .note)
        #expect(notes.first?.message.contains("the collection of Fn::ForEach::Subnets at") == true, "\(notes)")
    }

    @Test func samGeneratedResourcesExistAndALoadBalancerInSAMLints() throws {
        let template = """
            Transform: AWS::Serverless-2016-10-31
            Resources:
            \(Self.network)
              Subnet:
                Type: AWS::EC2::Subnet
                Properties: { VpcId: !Ref VPC, CidrBlock: 10.0.0.0/24, AvailabilityZone: ap-northeast-1a }
              Function:
                Type: AWS::Serverless::Function
                Properties: { Handler: index.handler, Runtime: python3.12, InlineCode: "def handler(e, c): pass" }
              Group:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  VpcId: !Ref VPC
                  GroupDescription: !Sub "for ${FunctionRole} and ${ServerlessRestApi}"
                  SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }]
              LoadBalancer:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties: { Subnets: [!Ref Subnet], SecurityGroups: [!Ref Group] }
            """
        let findings = try Lint.findings(files: [("sam.yaml", template)])
        // One subnet: CloudFormation would refuse it (ALB004); and Subnet has no route: ALB001.
        #expect(Set(findings.filter { $0.severity == .error }.map(\.ruleID)) == ["ALB001", "ALB004"])
    }

    @Test func nestedStacksFromTheParentAlone() throws {
        let findings = try Lint.findings(paths: [Repository.path("fixtures/nested-stacks/parent.yaml")])
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.map(\.ruleID) == ["ALB001"])
        #expect(errors.first?.subject.description == "parent-Vpc/PublicSubnetB")
        #expect(errors.first?.location?.file.hasSuffix("fixtures/nested-stacks/stacks/vpc.yaml") == true)
        #expect(errors.first?.location?.line == 32)
        #expect(errors.first?.related.contains(.resource(.loadBalancer, stack: "parent-Alb", id: "LoadBalancer")) == true)
        // The folder: the children are linted as children only, not a second time on their own.
        let folder = try Lint.findings(paths: [Repository.path("fixtures/nested-stacks/parent.yaml"), Repository.path("fixtures/nested-stacks/stacks")])
        #expect(folder.filter { $0.severity == .error }.map(\.subject.description) == ["parent-Vpc/PublicSubnetB"])
    }

    @Test func nestedStacksFixedAreClean() throws {
        let folder = Repository.path("fixtures/nested-stacks")
        let vpc = try String(contentsOfFile: folder + "/stacks/vpc.yaml", encoding: .utf8).replacingOccurrences(of: "Outputs:", with: """
              PublicSubnetBRouteTableAssociation:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref PublicSubnetB
                  RouteTableId: !Ref PublicRouteTable
            Outputs:
            """)
        let findings = try Lint.findings(files: [
            ("parent.yaml", try String(contentsOfFile: folder + "/parent.yaml", encoding: .utf8)),
            ("stacks/vpc.yaml", vpc),
            ("stacks/alb.yaml", try String(contentsOfFile: folder + "/stacks/alb.yaml", encoding: .utf8)),
        ])
        #expect(findings.filter { $0.severity >= .warning }.isEmpty, "\(findings.map(\.message))")
    }

    static let parentOfURL = """
        Resources:
          Net:
            Type: AWS::CloudFormation::Stack
            Properties: { TemplateURL: "https://bucket.s3.amazonaws.com/v2/network-template.yaml" }
          LoadBalancer:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties: { Subnets: !Split [",", !GetAtt Net.Outputs.Subnets] }
        """
    static let child = """
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: vpc-1, CidrBlock: 10.0.0.0/24, AvailabilityZone: ap-northeast-1a }
        Outputs:
          Subnets: { Value: !Ref Subnet }
        """

    @Test func aURLThatMatchesNothingIsUnverifiedNamingTheFlag() throws {
        let notes = try Lint.findings(files: [("parent.yaml", Self.parentOfURL), ("stacks/other.yaml", Self.child)]).filter { $0.ruleID == "ALB001" }
        #expect(notes.first?.severity == .note)
        let message = notes.first?.message ?? ""
        #expect(message.contains("https://bucket.s3.amazonaws.com/v2/network-template.yaml") && message.contains("--template-url"), "\(message)")
        // Said explicitly, the same child is read.
        let explicit = try Lint.findings(files: [("parent.yaml", Self.parentOfURL), ("stacks/other.yaml", Self.child)],
                                         explicit: ["https://bucket.s3.amazonaws.com/v2/network-template.yaml": "stacks/other.yaml"])
        #expect(explicit.contains { $0.ruleID == "ALB004" && $0.severity == .error })
    }

    @Test func aTemplateURLNeverReadsOutsideTheFoldersGiven() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-outside-\(UUID().uuidString).yaml").path
        try Self.child.write(toFile: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        for location in [outside, "../\((outside as NSString).lastPathComponent)", "../../../../../../../../etc/passwd"] {
            let parent = Self.parentOfURL.replacingOccurrences(of: "\"https://bucket.s3.amazonaws.com/v2/network-template.yaml\"", with: "'\(location)'")
            let notes = try Lint.findings(files: [("project/parent.yaml", parent)]).filter { $0.ruleID == "ALB001" }
            #expect(notes.first?.message.contains("is outside the folders given") == true, "\(location): \(notes.map(\.message))")
        }
    }

    @Test func wrongTypeReferencesSayWhatTheyReferTo() throws {
        let template = """
            Resources:
            \(Self.network)
              SomeRole:
                Type: AWS::IAM::Role
                Properties: { AssumeRolePolicyDocument: {} }
              A:
                Type: AWS::EC2::Subnet
                Properties: { VpcId: !Ref VPC, CidrBlock: 10.0.0.0/24, AvailabilityZone: ap-northeast-1a }
              B:
                Type: AWS::EC2::Subnet
                Properties: { VpcId: !Ref SomeRole, CidrBlock: 10.0.1.0/24, AvailabilityZone: ap-northeast-1c }
              LoadBalancer:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties: { Subnets: [!Ref A, !Ref B] }
            """
        let findings = try Lint.findings(files: [("types.yaml", template)])
        #expect(!findings.contains { $0.ruleID == "ALB006" && $0.severity == .error })
        let note = findings.first { $0.ruleID == "ALB006" }
        #expect(note?.message.contains("VpcId of B refers to SomeRole, which is an AWS::IAM::Role, not a VPC (AWS::EC2::VPC)") == true, "\(findings.map(\.message))")
    }

    @Test func aliasesAreReadWithANoteAndAnAliasBombIsRefusedQuickly() throws {
        let aliased = """
            Resources:
              VPC:
                Type: AWS::EC2::VPC
                Properties: &props { CidrBlock: 10.0.0.0/16 }
              Other:
                Type: AWS::EC2::VPC
                Properties: *props
            """
        let notes = try Lint.findings(files: [("aliases.yaml", aliased)])
        #expect(notes.map(\.ruleID) == ["CFN001"])
        #expect(notes.first?.location?.line == 4)
        // Ten levels of ten: 10^10 values if expanded.
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...10 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        bomb += "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: *a10 }\n"
        let started = ContinuousClock.now
        let error = try #require(Lint.error([("bomb", bomb)]))
        #expect(error.description.contains("YAML aliases expand this template past 2000000 values"), "\(error)")
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test func tenThousandDeepNestingIsRefusedAndTwentyThousandResourcesLint() throws {
        let deep = "Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + " }\n"
        let error = try #require(Lint.error([("deep", deep)]))
        #expect(error.description.contains("deep.yaml:4:") && error.description.contains("nesting"), "\(error)")
        var many = "Resources:\n  VPC:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.0.0.0/8 }\n"
        for index in 0..<20_000 {
            many += "  S\(index):\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !Ref VPC, CidrBlock: 10.\(index / 256).\(index % 256).0/24, AvailabilityZone: us-east-1a }\n"
        }
        #expect(try Lint.topology(many).subnets.count == 20_000)
    }
}
