import Localization
@testable import Terraform
import Testing
import _TestSupport

/// The catalog of why an expression would fail in Terraform: every key in English and Japanese,
/// with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of
/// keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct TerraformEvaluationFailureTests {
    static let at = "mainX1.tf:3:5"

    /// How a value shows in a reason, the same in both languages.
    static func shown(_ text: String) -> LocalizedText { LocalizedText(sameInEveryLanguage: text) }

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: TerraformEvaluationFailure) -> [(TerraformEvaluationFailure, [String])] {
        switch entry {
        case .refersToItself:
            [(.refersToItself(name: "local.loopX2"), ["local.loopX2"])]
        case .outputRefersToItself:
            [(.outputRefersToItself(output: "idsX3", module: "module.netX4"), ["idsX3", "module.netX4"])]
        case .splatOutside:
            [(.splatOutside, ["splat"])]
        case .objectKeyNotString:
            [(.objectKeyNotString(position: at), [at])]
        case .conditionNotBool:
            [(.conditionNotBool(position: at, value: shown("\"yesX5\"")), [at, "\"yesX5\"", "bool"])]
        case .notOf:
            [(.notOf(value: shown("\"yesX5\""), position: at), ["`!`", "\"yesX5\"", at])]
        case .negateOf:
            [(.negateOf(value: shown("\"yesX5\""), position: at), ["`-`", "\"yesX5\"", at])]
        case .unknownVariable:
            [(.unknownVariable(name: "vpcX6", position: at), ["`vpcX6`", at, "Terraform"])]
        case .localNotDefined:
            [(.localNotDefined(name: "cidrX7"), ["local.cidrX7"])]
        case .notDeclared:
            [(.notDeclared(name: "data.aws_vpc.sharedX8"), ["data.aws_vpc.sharedX8"])]
        case .variableNotDeclared:
            [(.variableNotDeclared(name: "cidrX7", module: "module.netX4"), ["var.cidrX7", "module.netX4"]),
             (.variableNotDeclared(name: "cidrX7", module: nil), ["var.cidrX7"])]
        case .noOutput:
            [(.noOutput(module: "module.netX4", name: "idsX3"), ["module.netX4", "\"idsX3\""]), (.noOutput(module: nil, name: "idsX3"), ["\"idsX3\""])]
        case .noAttribute:
            [(.noAttribute(name: "cidrX9", position: at), ["\"cidrX9\"", at])]
        case .attributeOfList:
            [(.attributeOfList(name: "idX10", position: at), ["`.idX10`", "[*].idX10", at])]
        case .attributeOf:
            [(.attributeOf(name: "idX10", value: shown("\"textX11\""), position: at), ["`.idX10`", "\"textX11\"", at])]
        case .indexOutOfRange:
            [(.indexOutOfRange(key: shown("917"), position: at), ["917", at])]
        case .noKey:
            [(.noKey(key: shown("\"kX12\""), position: at), ["\"kX12\"", at])]
        case .cannotIndex:
            [(.cannotIndex(value: shown("\"textX11\""), position: at), ["\"textX11\"", at])]
        case .notTextInTemplate:
            [(.notTextInTemplate(value: shown("[1, 2X13]"), position: at), ["[1, 2X13]", at])]
        case .templateConditionNotBool:
            [(.templateConditionNotBool(position: at), [at, "bool"])]
        case .forOver:
            [(.forOver(value: shown("\"textX11\""), position: at), ["\"textX11\"", at, "for"])]
        case .forKeyNotString:
            [(.forKeyNotString(position: at), [at, "for"])]
        case .needsBools:
            [(.needsBools(op: "&&", position: at), ["`&&`", at, "bool"])]
        case .needsNumbers:
            [(.needsNumbers(op: "+", position: at, left: shown("\"aX14\""), right: shown("nullX15")), ["`+`", at, "\"aX14\"", "nullX15"])]
        case .divisionByZero:
            [(.divisionByZero(position: at), [at])]
        case .moduloByZero:
            [(.moduloByZero(position: at), [at])]
        case .unexpectedOperator:
            [(.unexpectedOperator(position: at), [at])]
        }
    }

    @Test func evaluationFailures() {
        let value = Self.shown("")
        let keys: [TerraformEvaluationFailure] = [
            .refersToItself(name: ""), .outputRefersToItself(output: "", module: ""), .splatOutside, .objectKeyNotString(position: ""),
            .conditionNotBool(position: "", value: value), .notOf(value: value, position: ""), .negateOf(value: value, position: ""),
            .unknownVariable(name: "", position: ""), .localNotDefined(name: ""), .notDeclared(name: ""), .variableNotDeclared(name: "", module: nil),
            .noOutput(module: nil, name: ""), .noAttribute(name: "", position: ""), .attributeOfList(name: "", position: ""),
            .attributeOf(name: "", value: value, position: ""), .indexOutOfRange(key: value, position: ""), .noKey(key: value, position: ""),
            .cannotIndex(value: value, position: ""), .notTextInTemplate(value: value, position: ""), .templateConditionNotBool(position: ""),
            .forOver(value: value, position: ""), .forKeyNotString(position: ""), .needsBools(op: "", position: ""),
            .needsNumbers(op: "", position: "", left: value, right: value), .divisionByZero(position: ""), .moduloByZero(position: ""),
            .unexpectedOperator(position: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/TerraformEvaluationFailure.swift")
    }

    /// The English is what the failures said before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(TerraformEvaluationFailure.variableNotDeclared(name: "x", module: nil).english == "var.x is not declared in the root module")
        #expect(TerraformEvaluationFailure.noOutput(module: nil, name: "x").english == "the root module has no output \"x\"")
        #expect(TerraformEvaluationFailure.attributeOfList(name: "id", position: "main.tf:3:5").english == "`.id` of a list at main.tf:3:5; use [*].id or an index")
        #expect(TerraformEvaluationFailure.needsNumbers(op: "+", position: "main.tf:3:5", left: "\"a\"", right: "null").english
            == "`+` needs numbers at main.tf:3:5, not \"a\" and null")
    }
}
