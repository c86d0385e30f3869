import CloudFormation
import Foundation
import Testing

/// Bad input gives an error with file:line:column and what was expected — never a crash.
@Suite struct TemplateErrorTests {
    @Test(arguments: [
        ("Resources:\n  A: [\n", "t.yaml:3:1: YAML syntax error"),
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n  A:\n    Type: AWS::EC2::VPC\n", "duplicate key A"),
        ("- just\n- a list\n", "t.yaml:1:1: expected a CloudFormation template (a mapping with a Resources section), found a list"),
        ("Description: no resources\n", "there is no Resources section"),
        ("Resources:\n  A:\n    Properties: {}\n", "t.yaml:2:3: resource A has no Type"),
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Foo bar\n", "t.yaml:5:18: unknown intrinsic function Fn::Foo"),
        ("Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Ref Nothing\n", "t.yaml:5:18: Ref to 'Nothing', which is neither a parameter nor a resource of stack t"),
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !Ref B }\n  B:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !GetAtt A.CidrBlock }\n",
         "t.yaml:2:3: circular dependency between resources: A → B → A"),
        ("Conditions:\n  X: !Condition Y\n  Y: !Condition X\nResources:\n  A:\n    Type: AWS::EC2::VPC\n    Condition: X\n", "circular reference: condition X → condition Y → condition X"),
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { AvailabilityZone: !Select [6, !GetAZs ''] }\n", "t.yaml:4:37: Fn::Select index 6 is out of range for a list of 6"),
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !FindInMap [M, a, b] }\n", "there is no mapping 'M'"),
        ("Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { VpcId: !Sub '${Missing}' }\n", "Fn::Sub references ${Missing}"),
        ("Resources:\n  A: 7\n", "resource A must be a mapping with a Type, found a scalar"),
        ("Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Subnets:\n    - Name\n    - [A, B]\n    - {}\n", "t.yaml:3:3: Fn::ForEach::Subnets (the AWS::LanguageExtensions transform) is not expanded"),
        ("{\"Resources\": {\"A\": }}", "t.yaml:1:21: JSON syntax error: expected a value"),
        ("{\"Resources\": {\"A\": {\"Type\": \"AWS::EC2::VPC\"}, \"A\": {}}}", "t.yaml:1:48: duplicate key \"A\""),
        ("{\"Resources\": {\"A\": {\"Type\": \"AWS::EC2::VPC\", \"Properties\": {\"CidrBlock\": {\"Fn::Nope\": 1}}}}}", "unknown intrinsic function Fn::Nope"),
    ])
    func badTemplate(text: String, expected: String) throws {
        let error = try #require(Lint.error([("t", text)]))
        #expect(error.description.contains(expected), "got: \(error.description)")
    }

    @Test func selectIndexFiveOfSixIsFine() {
        // us-east-1 has six zones: index 5 is valid, so only the index-6 case above fails.
        #expect(Lint.error([("t", "Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties: { AvailabilityZone: !Select [5, !GetAZs ''] }\n")]) == nil)
    }

    @Test func duplicateExportNamesAcrossStacks() throws {
        let stack = "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.0.0.0/16 }\nOutputs:\n  O:\n    Value: !Ref V\n    Export: { Name: shared-vpc }\n"
        let error = try #require(Lint.error([("one", stack), ("two", stack)]))
        #expect(error.description.contains("two.yaml:8:21: export name 'shared-vpc' is already exported at one.yaml:8:21"))
    }

    @Test func circularImportsBetweenStacks() throws {
        let one = "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !ImportValue b }\nOutputs:\n  O:\n    Value: !ImportValue b\n    Export: { Name: a }\n"
        let two = "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !ImportValue a }\nOutputs:\n  O:\n    Value: !ImportValue a\n    Export: { Name: b }\n"
        let error = try #require(Lint.error([("one", one), ("two", two)]))
        #expect(error.description.contains("circular reference: export"))
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
}
