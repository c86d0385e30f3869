import HCL
import Localization
import Testing
import _TestSupport

/// The catalog of HCL's syntax errors: every key of what was expected and what was found, in
/// English and Japanese with the same values, and a real error read in Japanese. `samples` are
/// exhaustive switches and `checkEveryCase` holds each list of keys to the cases its enum
/// declares, so a new key cannot go untested.
@Suite struct HCLErrorTextTests {
    /// A sample of every key of what the reader expected, with the values each text must show.
    static func samples(_ entry: HCLExpected) -> [(HCLExpected, [String])] {
        switch entry {
        case .closeInterpolation: [(.closeInterpolation, ["`}`"])]
        case .expressionAttributeOrBlock: [(.expressionAttributeOrBlock, [])]
        case .closeComment: [(.closeComment, ["`*/`"])]
        case .number: [(.number, [])]
        case .lineBreakAfterHeredocMarker: [(.lineBreakAfterHeredocMarker(marker: "<<-EOFX1"), ["<<-EOFX1"])]
        case .templatesNestedAtMost: [(.templatesNestedAtMost(depth: 71), ["71"])]
        case .closeHeredoc: [(.closeHeredoc(delimiter: "EOFX2"), ["`EOFX2`"])]
        case .closeString: [(.closeString, ["`\"`"])]
        case .closeStringBeforeLineEnds: [(.closeStringBeforeLineEnds, ["`\"`"])]
        case .escapeSequence: [(.escapeSequence, [])]
        case .knownEscapeSequence: [(.knownEscapeSequence, ["\\n", "\\r", "\\t", "\\\"", "\\\\", "\\uNNNN", "\\UNNNNNNNN"])]
        case .hexadecimalDigits: [(.hexadecimalDigits(count: 83, escape: "\\U"), ["83", "\\U"])]
        case .unicodeScalarValue: [(.unicodeScalarValue, ["Unicode"])]
        case .jsonObjectAtTop: [(.jsonObjectAtTop, ["JSON"])]
        case .jsonObjectForBlockContent: [(.jsonObjectForBlockContent, ["JSON"])]
        case .jsonObjectKeyedByLabels: [(.jsonObjectKeyedByLabels(blockType: "resourceX3"), ["resourceX3", "JSON"])]
        case .jsonStringAsPropertyName: [(.jsonStringAsPropertyName, ["JSON"])]
        case .expressionNestedAtMost: [(.expressionNestedAtMost(depth: 67), ["67"])]
        case .endOfExpression: [(.endOfExpression, [])]
        case .closeBlock: [(.closeBlock, ["`}`"])]
        case .attributeNameOrBlockType: [(.attributeNameOrBlockType, [])]
        case .equalsLabelOrBrace: [(.equalsLabelOrBrace(after: "nameX4"), ["`nameX4`", "`=`", "`{`"])]
        case .labelOrBrace: [(.labelOrBrace, ["`{`"])]
        case .lineBreakAfterAttribute: [(.lineBreakAfterAttribute(name: "nameX5"), ["`nameX5`"])]
        case .lineBreakAfterBlock: [(.lineBreakAfterBlock(type: "typeX6"), ["`typeX6`"])]
        case .conditionalColon: [(.conditionalColon, ["`:`"])]
        case .operatorsInARow: [(.operatorsInARow(count: 257), ["257", "locals"])]
        case .closeParenthesis: [(.closeParenthesis, ["`)`"])]
        case .expression: [(.expression, [])]
        case .argumentSeparator: [(.argumentSeparator(function: "functionX7"), ["functionX7()", "`,`", "`)`"])]
        case .listSeparator: [(.listSeparator, ["`,`", "`]`"])]
        case .objectKeySeparator: [(.objectKeySeparator, ["`=`", "`:`"])]
        case .closeObject: [(.closeObject, ["`}`"])]
        case .forCollectionColon: [(.forCollectionColon, ["for", "`:`"])]
        case .forArrow: [(.forArrow, ["for", "`=>`"])]
        case .closeForExpression: [(.closeForExpression(closer: "]"), ["`if`", "`]`", "for"])]
        case .forVariable: [(.forVariable, ["`for`"])]
        case .forSecondVariable: [(.forSecondVariable, ["`,`"])]
        case .forIn: [(.forIn, ["for", "`in`"])]
        case .afterDot: [(.afterDot, ["`*`", "`.`"])]
        case .closeSplat: [(.closeSplat, ["`]`", "`[*`"])]
        case .closeIndex: [(.closeIndex, ["`]`"])]
        case .directiveKeyword: [(.directiveKeyword, ["`if`", "`else`", "`endif`", "`for`", "`endfor`", "`%{`"])]
        case .directivesNestedAtMost: [(.directivesNestedAtMost(depth: 69), ["69"])]
        case .closeIf: [(.closeIf, ["`%{ endif }`", "`%{ if }`"])]
        case .closeFor: [(.closeFor, ["`%{ endfor }`", "`%{ for }`"])]
        case .textOrDirective: [(.textOrDirective, [])]
        }
    }

    /// A sample of every key of what the reader found, with the values each text must show.
    static func samples(_ entry: HCLFound) -> [(HCLFound, [String])] {
        switch entry {
        case .code: [(.code("=>"), ["`=>`"])]
        case .escape: [(.escape("\\uD8X8"), ["\\uD8X8"])]
        case .string: [(.string, [])]
        case .lineBreak: [(.lineBreak, [])]
        case .endOfInput: [(.endOfInput, [])]
        case .anotherValue: [(.anotherValue, [])]
        case .oneMoreDirective: [(.oneMoreDirective, ["`%{`"])]
        case .endOfTemplate: [(.endOfTemplate, [])]
        case .elseOutsideIf: [(.elseOutsideIf, ["`%{ else }`", "`%{ if }`"])]
        case .endifOutsideIf: [(.endifOutsideIf, ["`%{ endif }`", "`%{ if }`"])]
        case .endforOutsideFor: [(.endforOutsideFor, ["`%{ endfor }`", "`%{ for }`"])]
        }
    }

    @Test func expectations() {
        let keys: [HCLExpected] = [
            .closeInterpolation, .expressionAttributeOrBlock, .closeComment, .number, .lineBreakAfterHeredocMarker(marker: ""),
            .templatesNestedAtMost(depth: 0), .closeHeredoc(delimiter: ""), .closeString, .closeStringBeforeLineEnds, .escapeSequence,
            .knownEscapeSequence, .hexadecimalDigits(count: 0, escape: ""), .unicodeScalarValue, .jsonObjectAtTop, .jsonObjectForBlockContent,
            .jsonObjectKeyedByLabels(blockType: ""), .jsonStringAsPropertyName, .expressionNestedAtMost(depth: 0), .endOfExpression, .closeBlock,
            .attributeNameOrBlockType, .equalsLabelOrBrace(after: ""), .labelOrBrace, .lineBreakAfterAttribute(name: ""),
            .lineBreakAfterBlock(type: ""), .conditionalColon, .operatorsInARow(count: 0), .closeParenthesis, .expression,
            .argumentSeparator(function: ""), .listSeparator, .objectKeySeparator, .closeObject, .forCollectionColon, .forArrow,
            .closeForExpression(closer: ""), .forVariable, .forSecondVariable, .forIn, .afterDot, .closeSplat, .closeIndex,
            .directiveKeyword, .directivesNestedAtMost(depth: 0), .closeIf, .closeFor, .textOrDirective,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/HCL/HCLExpected.swift")
    }

    @Test func findings() {
        let keys: [HCLFound] = [
            .code(""), .escape(""), .string, .lineBreak, .endOfInput, .anotherValue, .oneMoreDirective, .endOfTemplate,
            .elseOutsideIf, .endifOutsideIf, .endforOutsideFor,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/HCL/HCLFound.swift")
        // A piece of code reads the same in both languages.
        #expect(HCLFound.code("b").japanese == "`b`")
    }

    /// A block whose `}` is missing: the Japanese says where, what was needed and what was found.
    @Test func aMissingBraceInJapanese() throws {
        let error = #expect(throws: HCLError.self) { try HCLParser.parseBody("locals {\n  a = 1\n", file: "bad.tf") }
        let failure = try #require(error)
        #expect(failure.localizedMessage(.en) == "bad.tf:3:1: expected `}` to close the block, found the end of the input")
        #expect(failure.localizedMessage(.en) == failure.description)
        #expect(failure.localizedMessage(.ja) == "bad.tf:3:1: ブロックを閉じる `}` が必要ですが、入力の終わりがありました")
    }
}
