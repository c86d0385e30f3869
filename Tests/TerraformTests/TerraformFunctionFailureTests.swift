import Localization
@testable import Terraform
import Testing
import _TestSupport

/// The catalog of why a call of a built-in function would fail in Terraform: every key in
/// English and Japanese, with the same values. `samples` is an exhaustive switch and
/// `checkEveryCase` holds the list of keys to the cases the enum declares, so a new key cannot go
/// untested.
@Suite struct TerraformFunctionFailureTests {
    static let at = "fnX1.tf:2:9"
    static let reason = LocalizedText(sameInEveryLanguage: "reasonX4")

    /// How a value shows in a reason, the same in both languages.
    static func shown(_ text: String) -> LocalizedText { LocalizedText(sameInEveryLanguage: text) }

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: TerraformFunctionFailure) -> [(TerraformFunctionFailure, [String])] {
        switch entry {
        case .tryWithoutArgument:
            [(.tryWithoutArgument(position: at), ["try()", at])]
        case .canWithoutArgument:
            [(.canWithoutArgument(position: at), ["can()", at])]
        case .expandNotList:
            [(.expandNotList(value: shown("\"textX2\""), position: at), ["`...`", "\"textX2\"", at])]
        case .inFunction:
            [(.inFunction(name: "cidrsubnetX3", position: at, reason: reason), ["cidrsubnetX3()", at, "reasonX4"])]
        case .ofValue:
            [(.ofValue(function: "lengthX5", value: shown("nullX6")), ["lengthX5", "nullX6"])]
        case .searchIn:
            [(.searchIn(function: "lookupX7", value: shown("[1, 2X8]")), ["lookupX7", "[1, 2X8]"])]
        case .lookupKey:
            [(.lookupKey(value: shown("[1, 2X8]")), ["lookup", "[1, 2X8]"])]
        case .lookupMissingKey:
            [(.lookupMissingKey(key: "keyX9"), ["\"keyX9\""])]
        case .joinSeparator:
            [(.joinSeparator(value: shown("[1, 2X8]")), ["join", "[1, 2X8]"])]
        case .elementNeedsList:
            [(.elementNeedsList, ["element(list, index)"])]
        case .zipmapNeedsLists:
            [(.zipmapNeedsLists, ["zipmap"])]
        case .needsTwoStrings:
            [(.needsTwoStrings(function: "splitX10"), ["splitX10"])]
        case .sliceOutOfRange:
            [(.sliceOutOfRange, ["slice"])]
        case .coalesceFoundNone:
            [(.coalesceFoundNone, ["coalesce", "null"])]
        case .functionNeedsNumbers:
            [(.functionNeedsNumbers(function: "minX11"), ["minX11"])]
        case .rangeNeedsNumbers:
            [(.rangeNeedsNumbers, ["range"])]
        case .rangeTooLong:
            [(.rangeTooLong, ["range"])]
        case .cidrsubnetNeeds:
            [(.cidrsubnetNeeds, ["cidrsubnet", "IPv4"])]
        case .cidrsubnetDoesNotFit:
            [(.cidrsubnetDoesNotFit(prefix: "10.0.0.0/30", bits: 917, number: 4093), ["cidrsubnet(10.0.0.0/30, 917, 4093)"])]
        case .cidrsubnetsNeeds:
            [(.cidrsubnetsNeeds, ["cidrsubnets", "IPv4"])]
        case .cidrsubnetsBitsOutOfRange:
            [(.cidrsubnetsBitsOutOfRange, ["cidrsubnets"])]
        case .cidrsubnetsDoesNotFit:
            [(.cidrsubnetsDoesNotFit, ["cidrsubnets"])]
        case .cidrhostNeeds:
            [(.cidrhostNeeds, ["cidrhost", "IPv4"])]
        case .cidrhostOutside:
            [(.cidrhostOutside(prefix: "10.0.0.0/30", host: 917), ["cidrhost(10.0.0.0/30, 917)"])]
        case .replaceNeeds:
            [(.replaceNeeds, ["replace"])]
        case .substrOutOfRange:
            [(.substrOutOfRange, ["substr"])]
        case .indexNotFound:
            [(.indexNotFound, ["index"])]
        case .oneOfLongList:
            [(.oneOfLongList, ["one"])]
        case .regexallNeeds:
            [(.regexallNeeds, ["regexall"])]
        case .formatNeedsString:
            [(.formatNeedsString, ["format"])]
        case .formatEndsInPercent:
            [(.formatEndsInPercent, ["format", "%"])]
        case .formatTooManyVerbs:
            [(.formatTooManyVerbs, ["format"])]
        }
    }

    @Test func functionFailures() {
        let keys: [TerraformFunctionFailure] = [
            .tryWithoutArgument(position: ""), .canWithoutArgument(position: ""), .expandNotList(value: Self.reason, position: ""),
            .inFunction(name: "", position: "", reason: Self.reason), .ofValue(function: "", value: Self.reason), .searchIn(function: "", value: Self.reason),
            .lookupKey(value: Self.reason), .lookupMissingKey(key: ""), .joinSeparator(value: Self.reason), .elementNeedsList, .zipmapNeedsLists,
            .needsTwoStrings(function: ""), .sliceOutOfRange, .coalesceFoundNone, .functionNeedsNumbers(function: ""), .rangeNeedsNumbers,
            .rangeTooLong, .cidrsubnetNeeds, .cidrsubnetDoesNotFit(prefix: "", bits: 0, number: 0), .cidrsubnetsNeeds, .cidrsubnetsBitsOutOfRange,
            .cidrsubnetsDoesNotFit, .cidrhostNeeds, .cidrhostOutside(prefix: "", host: 0), .replaceNeeds, .substrOutOfRange, .indexNotFound,
            .oneOfLongList, .regexallNeeds, .formatNeedsString, .formatEndsInPercent, .formatTooManyVerbs,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/TerraformFunctionFailure.swift")
    }

    /// The English is what the failures said before the catalog, word for word; the failure a
    /// call wraps shows in the language asked for.
    @Test func englishIsUnchanged() {
        let inner = LocalizedText(TerraformFunctionFailure.cidrsubnetNeeds)
        let wrapped = TerraformFunctionFailure.inFunction(name: "cidrsubnet", position: "main.tf:3:5", reason: inner)
        #expect(wrapped.english == "cidrsubnet() at main.tf:3:5: cidrsubnet needs an IPv4 prefix and two numbers")
        #expect(wrapped.japanese == "main.tf:3:5 の cidrsubnet(): " + TerraformFunctionFailure.cidrsubnetNeeds.japanese)
        #expect(TerraformFunctionFailure.ofValue(function: "%d", value: "\"a\"").english == "%d of \"a\"")
        #expect(TerraformFunctionFailure.cidrhostOutside(prefix: "10.0.0.0/30", host: 9).english == "cidrhost(10.0.0.0/30, 9) is outside the prefix")
    }
}
