import CloudFormation
import Foundation
import Localization
import Testing
import Topology

/// Bad input gives an error with file:line:column and what was expected — never a crash.
@Suite struct TemplateErrorTests {
    /// Only input that is not a template (or cannot be one) is refused, with where and why.
    @Test(arguments: [
        ("Resources:\n  A: [\n", "t.yaml:3:1: YAML syntax error"),
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n  A:\n    Type: AWS::EC2::VPC\n", "duplicate key A"),
        ("- just\n- a list\n", "t.yaml:1:1: expected a CloudFormation template (a mapping with a Resources section), found a list"),
        ("Description: no resources\n", "there is no Resources section"),
        ("Resources:\n  A:\n    Properties: {}\n", "t.yaml:2:3: resource A has no Type"),
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !Ref B }\n  B:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !GetAtt A.CidrBlock }\n",
         "t.yaml:2:3: circular dependency between resources: A → B → A"),
        ("Resources:\n  A: 7\n", "resource A must be a mapping with a Type, found a scalar"),
        ("{\"Resources\": {\"A\": }}", "t.yaml:1:21: JSON syntax error: expected a value"),
        ("{\"Resources\": {\"A\": {\"Type\": \"AWS::EC2::VPC\"}, \"A\": {}}}", "t.yaml:1:48: duplicate key \"A\""),
    ])
    func badTemplate(text: String, expected: String) throws {
        let error = try #require(Lint.error([("t", text)]))
        #expect(error.description.contains(expected), "got: \(error.description)")
    }

    /// What cannot be evaluated inside the model is unknown, with the construct's place and why —
    /// never a refusal of the whole template.
    @Test(arguments: [
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Foo bar\n", "unknown intrinsic function Fn::Foo", "t.yaml:5:18"),
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Ref Nothing\n", "Ref to 'Nothing', which is neither a parameter nor a resource of stack t", "t.yaml:5:18"),
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !GetStackOutput { StackName: net, OutputName: Cidr }\n", "Fn::GetStackOutput is evaluated by CloudFormation", "t.yaml:5:18"),
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Select [0, !GetAtt A.Ipv6CidrBlocks]\n", "Fn::Select expects a list", "t.yaml:5:18"),
        ("{\"Resources\": {\"A\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\": {\"CidrBlock\": {\"Fn::Nope\": 1}}}}}", "unknown intrinsic function Fn::Nope", "t.yaml:1:"),
    ])
    func unevaluableVPCBlockIsUnknown(text: String, reason: String, place: String) throws {
        let vpc = try #require(try Lint.topology(text).vpcs.first)
        let why = try #require(vpc.cidr.unknownReason?.english)
        #expect(why.contains(reason) && why.contains(place), "got: \(why)")
    }

    @Test(arguments: [
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { AvailabilityZone: !Select [6, !GetAZs ''], VpcId: vpc-1 }\n", "Fn::Select index 6 is out of range for a list of 6 (t.yaml:4:37)"),
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !FindInMap [M, a, b] }\n", "there is no mapping 'M'"),
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !Sub '${Missing}' }\n", "Fn::Sub references ${Missing}"),
    ])
    func unevaluableSubnetPropertyIsUnknown(text: String, reason: String) throws {
        let subnet = try #require(try Lint.topology(text).subnets.first)
        let why = [subnet.availabilityZone.unknownReason, subnet.vpc.unknownReason].compactMap { $0?.english }.joined(separator: "; ")
        #expect(why.contains(reason), "got: \(why)")
    }

    @Test func propertiesTheModelDoesNotReadAreNeverEvaluated() throws {
        // A launch configuration's UserData with a macro's function inside Fn::Sub, and a Lambda's
        // reference to a resource SAM would generate: neither is read by the network model.
        let yaml = """
            Resources:
              Config:
                Type: AWS::AutoScaling::LaunchConfiguration
                Properties:
                  UserData: { "Fn::Base64": { "Fn::Sub": { "Fn::Transform": { Name: Macro } } } }
              Function:
                Type: AWS::Lambda::Function
                Properties: { Role: !GetAtt NotDeclaredRole.Arn }
              VPC:
                Type: AWS::EC2::VPC
                Properties: { CidrBlock: 10.0.0.0/16 }
            """
        #expect(try Lint.topology(yaml).vpcs.first?.cidr.value?.description == "10.0.0.0/16")
    }

    @Test func selectIndexFiveOfSixIsFine() {
        // us-east-1 has six zones: index 5 is valid, so only the index-6 case above fails.
        #expect(Lint.error([("t", "Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { AvailabilityZone: !Select [5, !GetAZs ''] }\n")]) == nil)
    }

    /// Two stacks that export one name cannot be deployed together: an error on both exports,
    /// and the import of that name is unverified — not a refusal.
    @Test func duplicateExportNamesAcrossStacks() throws {
        let stack = "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.0.0.0/16 }\nOutputs:\n  O:\n    Value: !Ref V\n    Export: { Name: shared-vpc }\n"
        let user = "Resources:\n  S:\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !ImportValue shared-vpc, CidrBlock: 10.0.0.0/24 }\n"
        let evaluation = try Deployment(stacks: [("one", stack), ("two", stack), ("three", user)].map { StackSource(name: $0.0, file: "\($0.0).yaml", text: $0.1) }).evaluate()
        let duplicates = evaluation.notes.filter { $0.ruleID == "CFN002" }
        #expect(duplicates.map(\.severity) == [.error, .error])
        #expect(duplicates.map { $0.location?.description } == ["one.yaml:8:21", "two.yaml:8:21"])
        #expect(duplicates.first?.message.contains("'shared-vpc' is also exported by two (two.yaml:8:21)") == true)
        #expect(evaluation.topology.subnets.first?.vpc.unknownReason?.english.contains("'shared-vpc' is exported by more than one stack (one, two)") == true)
    }

    @Test func circularImportsBetweenStacksAreUnknownNotAHang() throws {
        let one = "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !ImportValue b }\nOutputs:\n  O:\n    Value: !ImportValue b\n    Export: { Name: a }\n"
        let two = "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !ImportValue a }\nOutputs:\n  O:\n    Value: !ImportValue a\n    Export: { Name: b }\n"
        let topology = try Deployment(stacks: [StackSource(name: "one", file: "one.yaml", text: one), StackSource(name: "two", file: "two.yaml", text: two)]).topology()
        #expect(topology.vpcs.allSatisfy { $0.cidr.unknownReason?.english.contains("circular reference: export") == true })
    }

    @Test(arguments: [
        (["Nope=1"], "no stack declares a parameter 'Nope'"),
        (["other.Env=1"], "there is no stack 'other'"),
        (["t.Nope=1"], "stack 't' declares no parameter 'Nope'"),
        (["=1"], "expected KEY=VALUE or STACK.KEY=VALUE"),
    ])
    func badParameters(parameters: [String], expected: String) throws {
        let template = "Parameters:\n  Env: { Type: String }\nResources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.0.0.0/16 }\n"
        let error = try #require(Lint.error([("t", template)], parameters: parameters))
        #expect(error.description.contains(expected), "got: \(error.description)")
    }

    @Test func missingFilesAndFoldersWithoutTemplates() throws {
        #expect(throws: TemplateError.self) { try TemplateLoader.load(paths: ["/nonexistent/network.yaml"]) }
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        try "not a template".write(to: empty.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        do {
            _ = try TemplateLoader.load(paths: [empty.path])
            Issue.record("expected an error for a folder without templates")
        } catch {
            #expect(error.description.contains("the folder holds no template"))
            #expect(!error.description.contains("subfolders"))
        }
        // A collection of projects, one per subfolder: the error says which to lint.
        for project in ["web", "network"] {
            let folder = empty.appendingPathComponent(project)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "Resources: {}\n".write(to: folder.appendingPathComponent("stack.yaml"), atomically: true, encoding: .utf8)
        }
        do {
            _ = try TemplateLoader.load(paths: [empty.path])
            Issue.record("expected an error for a folder whose templates are in subfolders")
        } catch {
            #expect(error.description.contains("the folder holds no template (.yaml, .yml, .json or .template files); its subfolders network, web do, each a deployment of its own: lint them one at a time, e.g. `albdoctor lint \(empty.path)/network`"), "\(error.description)")
        }
        let binary = empty.appendingPathComponent("binary.yaml")
        try Data([0xFF, 0xFE, 0x00, 0x81]).write(to: binary)
        do {
            _ = try TemplateLoader.load(paths: [binary.path])
            Issue.record("expected an error for a binary file")
        } catch {
            #expect(error.description.contains("is not UTF-8 text"))
        }
    }

    /// A resource whose condition cannot be evaluated is checked as if created, and a note says
    /// so (it was counted as created without a word before).
    @Test func aConditionThatCannotBeEvaluatedIsANoteNamingItsResources() throws {
        let yaml = """
            Conditions:
              Broken: !Equals [a]
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Condition: Missing
                Properties: { CidrBlock: 10.0.0.0/16 }
              Subnet:
                Type: AWS::EC2::Subnet
                Condition: Broken
                Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a }
              Other:
                Type: AWS::EC2::Subnet
                Condition: Missing
                Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b }
            """
        let evaluation = try Deployment(stacks: [StackSource(name: "t", file: "t.yaml", text: yaml)], region: "us-east-1").evaluate()
        #expect(evaluation.topology.subnets.count == 2)
        let notes = evaluation.notes.filter { $0.ruleID == "CFN005" }
        #expect(notes.map(\.subject) == [.template(.condition, stack: "t", name: "Broken"), .template(.condition, stack: "t", name: "Missing")])
        #expect(notes.allSatisfy { $0.severity == .note })
        let missing = try #require(notes.last)
        #expect(missing.related.map(\.description) == ["t/Vpc", "t/Other"])
        #expect(missing.message.hasPrefix("Condition Missing cannot be evaluated (condition 'Missing' is not defined in the Conditions section of stack t), so Vpc, Other are checked as if created"), "\(missing.message)")
        #expect(missing.location?.description == "t.yaml:4:3")
        #expect(notes.first?.message.contains("Fn::Equals") == true, "\(notes.first?.message ?? "")")
    }

    /// `AWS::AccountId` is the account's, or a deploy-time value: never a made-up number.
    @Test func theAccountIdIsGivenOrLeftAsDeployTimeValue() throws {
        let yaml = """
            Resources:
              Subnet:
                Type: AWS::EC2::Subnet
                Properties: { VpcId: !Sub 'vpc-${AWS::AccountId}', CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a }
            """
        let given = try #require(try Lint.topology(yaml, parameters: ["AWS::AccountId=111122223333"]).subnets.first)
        #expect(given.vpc == .known(ResourceID("vpc-111122223333")))
        let unknown = try #require(try Lint.topology(yaml).subnets.first)
        #expect(unknown.vpc.unknownReason?.english == "'vpc-AWS::AccountId' is known only after deployment", "\(unknown.vpc)")
    }
}
