@testable import CloudFormation
import Localization
import Testing
import _TestSupport

/// The catalog of the errors that stop reading templates: every key in English and Japanese,
/// with the same values, and real bad input read in Japanese. `samples` are exhaustive
/// switches and `checkEveryCase` holds each list of keys to the cases its enum declares, so a
/// new key cannot go untested.
@Suite struct TemplateErrorTextTests {
    static func samples(_ entry: TemplateLoadText) -> [(TemplateLoadText, [String])] {
        switch entry {
        case .noSuchFileOrFolder: [(.noSuchFileOrFolder, [])]
        case .cannotListFolder: [(.cannotListFolder(error: "errorX1"), ["errorX1"])]
        case .folderHoldsNoTemplate: [(.folderHoldsNoTemplate, [".yaml", ".yml", ".json", ".template"])]
        case .templatesInSubfolders:
            [(.templatesInSubfolders(subfolders: ["subX2", "subX3"], example: "dirX4/subX2"), ["subX2", "subX3", "`albdoctor lint dirX4/subX2`", ".template"]),
             (.templatesInSubfolders(subfolders: ["sA", "sB", "sC", "sD", "sE"], example: "dirX4/sA"), ["sA", "sB", "sC", " 2 ", "`albdoctor lint dirX4/sA`"])]
        case .isAFolder: [(.isAFolder, [])]
        case .cannotBeRead: [(.cannotBeRead, [])]
        case .noSuchFile: [(.noSuchFile, [])]
        case .notUTF8: [(.notUTF8, ["UTF-8"])]
        case .nestedTemplateUnreadable:
            [(.nestedTemplateUnreadable(logicalID: "ChildX5", parentFile: "parentX6.yaml", error: "errorX7"), ["ChildX5", "parentX6.yaml", "errorX7"])]
        case .stackArtifactWithoutTemplate: [(.stackArtifactWithoutTemplate(id: "idX8"), ["'idX8'", "properties.templateFile", "`cdk synth`"])]
        case .stageWithoutManifest: [(.stageWithoutManifest(id: "idX9", folder: "folderX10"), ["'idX9'", "folderX10", "manifest.json"])]
        case .manifestNotAnObject: [(.manifestNotAnObject, ["JSON", "`cdk synth`"])]
        case .noTemplateGiven:
            [(.noTemplateGiven(skipped: [("fileX11", LocalizedText(sameInEveryLanguage: "reasonX12")), ("fileX13", LocalizedText(TemplateLoadText.skippedNoResources))]),
              ["fileX11", "reasonX12", "fileX13", "CloudFormation", "Resources"])]
        case .sameStackName: [(.sameStackName(stack: "stackX14"), ["'stackX14'", "--stack NAME=PATH"])]
        case .parameterNotKeyValue: [(.parameterNotKeyValue(assignment: "=X15"), ["--parameter '=X15': ", "KEY=VALUE", "STACK.KEY=VALUE"])]
        case .parameterForMissingStack:
            [(.parameterForMissingStack(assignment: "sX16.K=1", stack: "sX16", stacks: ["aX17", "bX18"]), ["--parameter 'sX16.K=1': ", "'sX16'", "aX17", "bX18"])]
        case .parameterNotDeclaredByStack:
            [(.parameterNotDeclaredByStack(assignment: "stackX19.ParamX20=1", stack: "stackX19", parameter: "ParamX20"),
              ["--parameter 'stackX19.ParamX20=1': ", "'stackX19'", "'ParamX20'"])]
        case .parameterNotDeclared: [(.parameterNotDeclared(assignment: "ParamX21=1", parameter: "ParamX21"), ["--parameter 'ParamX21=1': ", "'ParamX21'"])]
        case .skippedNotAMapping: [(.skippedNotAMapping(found: .list), ["Resources"])]
        case .skippedNoResources: [(.skippedNoResources, ["Resources"])]
        case .skippedNotYAMLOrJSON: [(.skippedNotYAMLOrJSON, ["CloudFormation", "YAML", "JSON"])]
        }
    }

    static func samples(_ entry: TemplateSyntaxText) -> [(TemplateSyntaxText, [String])] {
        switch entry {
        case .yamlSyntax: [(.yamlSyntax(detail: "detailX1"), ["YAML", "detailX1"])]
        case .notUTF8Text: [(.notUTF8Text(problem: "problemX2"), ["UTF-8", "problemX2"])]
        case .duplicateKeysInMapping: [(.duplicateKeysInMapping(keys: ["KeyX3", "KeyX4"]), ["KeyX3", "KeyX4"])]
        case .yamlError: [(.yamlError(error: "errorX5"), ["YAML", "errorX5"])]
        case .unreadableYAML: [(.unreadableYAML(error: "errorX6"), ["errorX6"])]
        case .aliasBomb:
            [(.aliasBomb(limit: 2_000_071, anchor: "anchorX7"), ["YAML", "2000071", "&anchorX7", "CloudFormation"]),
             (.aliasBomb(limit: 2_000_071, anchor: nil), ["YAML", "2000071", "CloudFormation"])]
        case .keyNotPlain: [(.keyNotPlain(found: .mapping), []), (.keyNotPlain(found: .null), ["null"])]
        case .aliasesNotSupported: [(.aliasesNotSupported, ["YAML", "CloudFormation"])]
        case .getAttShorthand: [(.getAttShorthand(found: "textX8"), ["!GetAtt", "Resource.Attribute", "'textX8'"])]
        case .jsonDuplicateKey: [(.jsonDuplicateKey(key: "KeyX9"), ["\"KeyX9\""])]
        case .json: [(.json(expected: .colonAfterKey, found: "X"), ["JSON", "':'", "'X'"]), (.json(expected: .value, found: nil), ["JSON"])]
        case .jsonTooDeep: [(.jsonTooDeep(levels: 517, found: "["), ["JSON", "517", "'['"])]
        case .notATemplate: [(.notATemplate(found: .list), ["CloudFormation", "Resources"])]
        case .noResourcesSection: [(.noResourcesSection, ["CloudFormation", "Resources"])]
        case .resourceNotMapping: [(.resourceNotMapping(resource: "ResX10", found: .scalar), ["ResX10", "Type"])]
        case .resourceWithoutType: [(.resourceWithoutType(resource: "ResX11"), ["ResX11", "Type: AWS::EC2::Subnet"])]
        case .propertiesNotMapping: [(.propertiesNotMapping(resource: "ResX12", found: .list), ["ResX12", "Properties"])]
        case .outputWithoutValue: [(.outputWithoutValue(output: "OutX13"), ["OutX13", "Value"])]
        case .sectionNotMapping: [(.sectionNotMapping(section: "SectionX14", found: .scalar), ["SectionX14"])]
        case .dependencyCycle: [(.dependencyCycle(resources: ["ResX15", "ResX16", "ResX15"]), ["ResX15 → ResX16 → ResX15", "CloudFormation"])]
        case .overridesNotMapping:
            [(.overridesNotMapping(resource: "ResX17", module: "ModX18", found: .list), ["Overrides.ResX17", "ModX18", "DependsOn: X"])]
        }
    }

    static func samples(_ entry: JSONExpectation) -> [(JSONExpectation, [String])] {
        switch entry {
        case .endOfDocument: [(.endOfDocument, [])]
        case .literal: [(.literal(word: "trueX1"), ["'trueX1'"])]
        case .openingQuote: [(.openingQuote, ["'\"'"])]
        case .lowSurrogate: [(.lowSurrogate, ["UTF-16"])]
        case .arraySeparator: [(.arraySeparator, ["','", "']'"])]
        case .colonAfterKey: [(.colonAfterKey, ["':'"])]
        case .objectSeparator: [(.objectSeparator, ["','", "'}'"])]
        case .value: [(.value, [])]
        case .valueOfAnyKind: [(.valueOfAnyKind, ["true", "false", "null"])]
        case .digit: [(.digit, [])]
        case .digitAfterDecimalPoint: [(.digitAfterDecimalPoint, [])]
        case .exponent: [(.exponent, [])]
        case .closingQuote: [(.closingQuote, ["'\"'"])]
        case .escapedControlCharacter: [(.escapedControlCharacter, [])]
        case .escapeSequence: [(.escapeSequence, [])]
        case .validCodePoint: [(.validCodePoint, ["Unicode"])]
        case .knownEscape: [(.knownEscape, ["\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\uXXXX"])]
        case .fourHexadecimalDigits: [(.fourHexadecimalDigits, [])]
        case .quotedKey: [(.quotedKey, [])]
        }
    }

    static func samples(_ entry: TemplateEvaluationText) -> [(TemplateEvaluationText, [String])] {
        let loops = [LocalizedText(sameInEveryLanguage: "loopX25"), LocalizedText(sameInEveryLanguage: "loopX26")]
        switch entry {
        case .unknownIntrinsic: return [(.unknownIntrinsic(name: "Fn::FooX1", known: ["Ref", "Fn::BarX2"]), ["Fn::FooX1", "Ref", "Fn::BarX2"])]
        case .intrinsicShape:
            return [(.intrinsicShape(function: "Fn::X3", shapes: ["[aX4, bX5]", "aX4.bX5"], found: .list, items: 7), ["Fn::X3", "[aX4, bX5]", "aX4.bX5", "7"]),
                    (.intrinsicShape(function: "Fn::X3", shapes: ["[aX4, bX5]"], found: .scalar, items: nil), ["Fn::X3", "[aX4, bX5]"])]
        case .refExpectsName: return [(.refExpectsName(found: .list), ["Ref"])]
        case .getAttExpectsResourceFirst: return [(.getAttExpectsResourceFirst, ["Fn::GetAtt"])]
        case .importValueExpectsName: return [(.importValueExpectsName(found: "[aX6]"), ["Fn::ImportValue", "[aX6]"])]
        case .subShape: return [(.subShape(found: .list), ["Fn::Sub", "[string, {variables}]"])]
        case .subVariableNotString: return [(.subVariableNotString(variable: "VarX7", value: "[aX8]"), ["Fn::Sub", "${VarX7}", "[aX8]"])]
        case .joinExpectsDelimiter: return [(.joinExpectsDelimiter, ["Fn::Join"])]
        case .joinExpectsList: return [(.joinExpectsList(found: "valueX9"), ["Fn::Join", "valueX9"])]
        case .joinExpectsStrings: return [(.joinExpectsStrings(found: "[aX10]"), ["Fn::Join", "[aX10]"])]
        case .splitExpectsDelimiter: return [(.splitExpectsDelimiter, ["Fn::Split"])]
        case .splitExpectsString: return [(.splitExpectsString(found: "[aX11]"), ["Fn::Split", "[aX11]"])]
        case .selectExpectsIndex: return [(.selectExpectsIndex(found: "-X12"), ["Fn::Select", "-X12"])]
        case .selectExpectsList: return [(.selectExpectsList(found: "valueX13"), ["Fn::Select", "valueX13"])]
        case .selectOutOfRange: return [(.selectOutOfRange(index: 67, count: 71), ["Fn::Select", "67", "71"])]
        case .ifExpectsConditionFirst: return [(.ifExpectsConditionFirst, ["Fn::If"])]
        case .findInMapShape: return [(.findInMapShape, ["Fn::FindInMap", "[MapName, TopLevelKey, SecondLevelKey]"])]
        case .findInMapExpectsStrings: return [(.findInMapExpectsStrings(found: "[aX14]"), ["Fn::FindInMap", "[aX14]"])]
        case .findInMapNoMapping: return [(.findInMapNoMapping(mapping: "MapX15"), ["Fn::FindInMap", "'MapX15'", "Mappings"])]
        case .findInMapNoEntry:
            return [(.findInMapNoEntry(mapping: "MapX16", topLevelKey: "TopX17", secondLevelKey: "SecondX18"), ["Fn::FindInMap", "'MapX16'", "[TopX17][SecondX18]"])]
        case .cidrExpectsStrings: return [(.cidrExpectsStrings(found: "[aX19]"), ["Fn::Cidr", "[aX19]"])]
        case .cidrCannotCut: return [(.cidrCannotCut(count: "83", hostBits: "89", block: "10.0.0.0/X20"), ["Fn::Cidr", "83", "89", "10.0.0.0/X20"])]
        case .lengthExpectsList: return [(.lengthExpectsList, ["Fn::Length"])]
        case .subUnknownVariable: return [(.subUnknownVariable(variable: "VarX21", stack: "stackX22"), ["Fn::Sub", "${VarX21}", "stackX22"])]
        case .getAttNotAResource:
            return [(.getAttNotAResource(logicalID: "ResX23", stack: "stackX24", loops: []), ["Fn::GetAtt", "'ResX23'", "stackX24"]),
                    (.getAttNotAResource(logicalID: "ResX23", stack: "stackX24", loops: loops), ["Fn::GetAtt", "'ResX23'", "stackX24", "loopX25", "loopX26"])]
        case .refNotFound:
            return [(.refNotFound(name: "NameX27", stack: "stackX28", loops: []), ["Ref", "'NameX27'", "stackX28"]),
                    (.refNotFound(name: "NameX27", stack: "stackX28", loops: loops), ["Ref", "'NameX27'", "stackX28", "loopX25", "loopX26"])]
        case .circularReference: return [(.circularReference(cycle: ["condition X29", "export X30", "condition X29"]), ["condition X29 → export X30 → condition X29"])]
        case .conditionNotDefined: return [(.conditionNotDefined(name: "CondX31", stack: "stackX32"), ["'CondX31'", "stackX32", "Conditions"])]
        case .conditionExpected: return [(.conditionExpected(found: .scalar), ["Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition"])]
        case .conditionExpectsName: return [(.conditionExpectsName, ["Condition"])]
        case .equalsShape: return [(.equalsShape(items: 73), ["Fn::Equals", "[value, value]", "73"])]
        case .notShape: return [(.notShape, ["Fn::Not", "[condition]"])]
        case .conditionCount: return [(.conditionCount(function: "Fn::OrX33", count: 79), ["Fn::OrX33", "79", "2", "10"])]
        case .conditionFunctionExpected:
            return [(.conditionFunctionExpected(found: "Fn::X34"), ["Fn::X34", "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition"])]
        }
    }

    static func samples(_ entry: NodeKindName) -> [(NodeKindName, [String])] {
        switch entry {
        case .scalar: [(.scalar, [])]
        case .null: [(.null, ["null"])]
        case .list: [(.list, [])]
        case .mapping: [(.mapping, [])]
        case .emptyDocument: [(.emptyDocument, [])]
        }
    }

    @Test func loading() {
        let keys: [TemplateLoadText] = [
            .noSuchFileOrFolder, .cannotListFolder(error: ""), .folderHoldsNoTemplate, .templatesInSubfolders(subfolders: [], example: ""), .isAFolder,
            .cannotBeRead, .noSuchFile, .notUTF8, .nestedTemplateUnreadable(logicalID: "", parentFile: "", error: ""), .stackArtifactWithoutTemplate(id: ""),
            .stageWithoutManifest(id: "", folder: ""), .manifestNotAnObject, .noTemplateGiven(skipped: []), .sameStackName(stack: ""),
            .parameterNotKeyValue(assignment: ""), .parameterForMissingStack(assignment: "", stack: "", stacks: []),
            .parameterNotDeclaredByStack(assignment: "", stack: "", parameter: ""), .parameterNotDeclared(assignment: "", parameter: ""),
            .skippedNotAMapping(found: .list), .skippedNoResources, .skippedNotYAMLOrJSON,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/TemplateLoadText.swift")
    }

    @Test func syntax() {
        let keys: [TemplateSyntaxText] = [
            .yamlSyntax(detail: ""), .notUTF8Text(problem: ""), .duplicateKeysInMapping(keys: []), .yamlError(error: ""), .unreadableYAML(error: ""),
            .aliasBomb(limit: 0, anchor: nil), .keyNotPlain(found: .list), .aliasesNotSupported, .getAttShorthand(found: ""), .jsonDuplicateKey(key: ""),
            .json(expected: .value, found: nil), .jsonTooDeep(levels: 0, found: nil), .notATemplate(found: .list), .noResourcesSection,
            .resourceNotMapping(resource: "", found: .list), .resourceWithoutType(resource: ""), .propertiesNotMapping(resource: "", found: .list),
            .outputWithoutValue(output: ""), .sectionNotMapping(section: "", found: .list), .dependencyCycle(resources: []),
            .overridesNotMapping(resource: "", module: "", found: .list),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/TemplateSyntaxText.swift")
    }

    @Test func jsonExpectations() {
        let keys: [JSONExpectation] = [
            .endOfDocument, .literal(word: ""), .openingQuote, .lowSurrogate, .arraySeparator, .colonAfterKey, .objectSeparator, .value, .valueOfAnyKind,
            .digit, .digitAfterDecimalPoint, .exponent, .closingQuote, .escapedControlCharacter, .escapeSequence, .validCodePoint, .knownEscape,
            .fourHexadecimalDigits, .quotedKey,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/JSONExpectation.swift")
    }

    @Test func evaluation() {
        let keys: [TemplateEvaluationText] = [
            .unknownIntrinsic(name: "", known: []), .intrinsicShape(function: "", shapes: [], found: .list, items: nil), .refExpectsName(found: .list),
            .getAttExpectsResourceFirst, .importValueExpectsName(found: ""), .subShape(found: .list), .subVariableNotString(variable: "", value: ""),
            .joinExpectsDelimiter, .joinExpectsList(found: ""), .joinExpectsStrings(found: ""), .splitExpectsDelimiter, .splitExpectsString(found: ""),
            .selectExpectsIndex(found: ""), .selectExpectsList(found: ""), .selectOutOfRange(index: 0, count: 0), .ifExpectsConditionFirst, .findInMapShape,
            .findInMapExpectsStrings(found: ""), .findInMapNoMapping(mapping: ""), .findInMapNoEntry(mapping: "", topLevelKey: "", secondLevelKey: ""),
            .cidrExpectsStrings(found: ""), .cidrCannotCut(count: "", hostBits: "", block: ""), .lengthExpectsList, .subUnknownVariable(variable: "", stack: ""),
            .getAttNotAResource(logicalID: "", stack: "", loops: []), .refNotFound(name: "", stack: "", loops: []), .circularReference(cycle: []),
            .conditionNotDefined(name: "", stack: ""), .conditionExpected(found: .list), .conditionExpectsName, .equalsShape(items: 0), .notShape,
            .conditionCount(function: "", count: 0), .conditionFunctionExpected(found: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/TemplateEvaluationText.swift")
    }

    @Test func nodeKinds() {
        let keys: [NodeKindName] = [.scalar, .null, .list, .mapping, .emptyDocument]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/CloudFormation/NodeKindName.swift")
    }

    /// A template with a YAML syntax error: the Japanese has the file:line:column, Japanese
    /// words, and the YAML library's own words as they are.
    @Test func aYAMLSyntaxErrorInJapanese() throws {
        let error = try #require(Lint.error([("t", "Resources:\n  A: [\n")]))
        #expect(error.localizedMessage(.en) == error.description)
        let english = error.description
        #expect(english.hasPrefix("t.yaml:3:1: YAML syntax error: "), "\(english)")
        let detail = String(english.dropFirst("t.yaml:3:1: YAML syntax error: ".count))
        #expect(error.localizedMessage(.ja) == "t.yaml:3:1: YAML の構文エラーです: " + detail)
    }

    /// JSON that stops where a value should be, and a resource without a Type, in Japanese.
    @Test func templateErrorsInJapanese() throws {
        let json = try #require(Lint.error([("t", "{\"Resources\": {\"A\": }}")]))
        #expect(json.localizedMessage(.ja) == "t.yaml:1:21: JSON の構文エラーです: 値（オブジェクト、配列、文字列、数値、true、false または null）が必要ですが、'}' がありました")
        let untyped = try #require(Lint.error([("t", "Resources:\n  A:\n    Properties: {}\n")]))
        #expect(untyped.localizedMessage(.ja) == "t.yaml:2:3: リソース A に Type がありません。Type: AWS::EC2::Subnet のように書いてください")
        #expect(untyped.message.english == "resource A has no Type; expected e.g. Type: AWS::EC2::Subnet")
    }

    /// A file of a folder that is not a template is skipped with why, in both languages.
    @Test func aSkippedFileSaysWhyInBothLanguages() throws {
        let template = "Resources:\n  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.0.0.0/16 }\n"
        let evaluation = try Deployment(stacks: [
            StackSource(name: "list", file: "list.yaml", text: "- just\n- a list\n", isListed: true),
            StackSource(name: "t", file: "t.yaml", text: template, isListed: true),
        ]).evaluate()
        let reason = try #require(evaluation.skipped.first?.reason)
        #expect(evaluation.skipped.map(\.file) == ["list.yaml"])
        #expect(reason.english == "not a template (a mapping with a Resources section), found a list")
        #expect(reason(.ja) == "テンプレートではありません（Resources セクションを持つマッピングではなく、リストです）")
    }
}
