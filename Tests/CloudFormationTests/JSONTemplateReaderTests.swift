import CloudFormation
import Testing
import Topology

@Suite struct JSONTemplateReaderTests {
    @Test func escapesAndUnicodeAreDecoded() throws {
        let json = #"{"Resources": {"S": {"Type": "AWS::EC2::Subnet", "Properties": {"VpcId": "vpc-\u00e9\/x", "CidrBlock": "10.0.0.0/24", "AvailabilityZone": "\ud83d\ude00\t\"z\""}}}}"#
        let subnet = try #require(try Lint.topology(json).subnets.first)
        #expect(subnet.vpc == .known(ResourceID("vpc-é/x")))
        #expect(subnet.availabilityZone == .known("😀\t\"z\""))
    }

    @Test func locationsCountLinesAndUnicodeColumns() throws {
        let json = "{\n  \"Description\": \"ünïcode\", \"Resources\": {\n    \"Sub\": {\"Type\": \"AWS::EC2::Subnet\", \"Properties\": {\"VpcId\": \"v\", \"CidrBlock\": \"10.0.0.0/24\", \"AvailabilityZone\": \"a\"}}\n  }\n}\n"
        let subnet = try #require(try Lint.topology(json).subnets.first)
        #expect(subnet.location?.line == 3)
        #expect(subnet.location?.column == 5)
    }

    @Test(arguments: [
        ("{\"Resources\": {}", "expected ',' or '}' in an object"),
        ("{\"Resources\": [1,]}", "expected a value"),
        ("{\"Resources\": {\"a\": \"\\x\"}}", "expected one of the escapes"),
        ("{\"Resources\": {}} trailing", "expected the end of the document"),
        ("{\"Resources\": {\"a\": 01.}}", "expected a digit after the decimal point"),
        ("{\"Resources\": {\"a\": \"line\nbreak\"}}", "expected an escaped control character"),
    ])
    func malformedJSON(text: String, expected: String) throws {
        let error = try #require(Lint.error([("t", text)]))
        #expect(error.description.contains(expected), "got: \(error.description)")
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let text = "{\"Resources\": " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "}"
        let error = try #require(Lint.error([("t", text)]))
        #expect(error.description.contains("nesting deeper than 512 levels"))
    }
}
