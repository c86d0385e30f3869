@testable import CloudFormation
import Findings
import Localization
import Testing

/// `Fn::ToJsonString`'s text, and its refusal to guess what is unknown.
@Suite struct ValueJSONTests {
    let here = Location(file: "t.yaml", line: 1, column: 1)

    @Test func compactJSONWithEscapes() {
        let value = Value(kind: .map([
            ("name", .string("a \"b\"\n", at: here)),
            ("list", Value(kind: .list([.string("x", at: here), .string("3", at: here), Value(kind: .noValue, location: here)]), location: here)),
        ]), location: here)
        #expect(value.json == #"{"name":"a \"b\"\n","list":["x","3"]}"#)
        #expect(value.firstUnknown == nil)
    }

    @Test func unknownsAndPhysicalIdsAreNotWrittenOut() {
        let token = Value.string(PhysicalID.token(stack: "t", logicalID: "VPC"), at: here)
        let list = Value(kind: .list([.string("x", at: here), token]), location: here)
        #expect(list.firstUnknown?.english == "'VPC' is known only after deployment")
        #expect(list.firstUnknown?.japanese == "'VPC' はデプロイ後にしかわかりません")
        let given = LocalizedText(english: "no value given", japanese: "値が与えられていません")
        #expect(Value(kind: .list([.unknown(given, at: here)]), location: here).firstUnknown == given)
    }
}
