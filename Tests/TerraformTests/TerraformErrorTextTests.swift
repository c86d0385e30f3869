import HCL
import Localization
import Terraform
import Testing
import _TestSupport

/// The catalog of the errors that stop reading Terraform: every key of `TerraformError` and of
/// its reasons in English and Japanese, with the same values, and a real error read in Japanese.
/// `samples` are exhaustive switches and `checkEveryCase` holds each list of keys to the cases
/// its enum declares, so a new key cannot go untested.
@Suite struct TerraformErrorTextTests {
    static let syntaxError = HCLError(position: Position(file: "fileX1.tf", line: 71, column: 3), expected: .closeBlock, found: .endOfInput)

    /// A sample of every error, with the values each text must show.
    static func samples(_ entry: TerraformError) -> [(TerraformError, [String])] {
        switch entry {
        case .syntax:
            [(.syntax(syntaxError), ["fileX1.tf:71:3", "`}`"])]
        case .unreadable:
            [(.unreadable(file: "fileX2", reason: .cannotBeOpened), ["fileX2: "])]
        case .badVariable:
            [(.badVariable("nameX3=1", reason: .notKeyValue), ["--var 'nameX3=1': ", "KEY=VALUE"])]
        case .noConfiguration:
            [(.noConfiguration("pathX4"), ["pathX4: ", ".tf", ".tf.json", "Terraform"])]
        case .binaryPlan:
            [(.binaryPlan(file: "fileX5"), ["fileX5: ", "`terraform plan -out`", "`terraform show -json fileX5 > plan.json`", "plan.json", "JSON"])]
        case .utf16:
            [(.utf16(file: "fileX6"), [
                "fileX6: ", "UTF-16", "UTF-8", "PowerShell", "`>`", "`terraform show -json plan.out | Out-File -Encoding utf8 plan.json`", "`> plan.json`",
            ])]
        case .logStream:
            [(.logStream(file: "fileX7"), [
                "fileX7: ", "`terraform plan -json`", "@level", "@message", "`terraform plan -out plan.out`", "`terraform show -json plan.out > plan.json`",
                "plan.json",
            ])]
        case .invalidJSON:
            [(.invalidJSON(file: "fileX8", line: 71, column: 83, reason: .unexpectedCharacter("X9")), [
                "fileX8:71:83: ", "JSON", "'X9'", "`terraform show -json plan.out > plan.json`",
            ])]
        case .unsupported:
            [(.unsupported(file: "fileX10", reason: .noStateFormatVersion), ["fileX10: "])]
        }
    }

    /// A sample of every reason, with the values each text must show.
    static func samples(_ entry: TerraformErrorReason) -> [(TerraformErrorReason, [String])] {
        switch entry {
        case .cannotBeOpened: [(.cannotBeOpened, [])]
        case .noSuchFileOrFolder: [(.noSuchFileOrFolder, [])]
        case .notUTF8: [(.notUTF8, ["UTF-8"])]
        case .notModuleManifest: [(.notModuleManifest, ["terraform init", "{\"Modules\": [{\"Key\", \"Source\", \"Dir\"}…]}"])]
        case .notKeyValue: [(.notKeyValue, ["KEY=VALUE"])]
        case .notAnExpression:
            [(.notAnExpression(type: "listX11", error: HCLError(position: Position(file: "--var x", line: 1, column: 2), expected: .expression, found: .code("]"))),
              ["listX11", "HCL", "--var x:1:2: ", "`]`"])]
        case .endsEarly: [(.endsEarly, ["JSON"])]
        case .unexpectedCharacter: [(.unexpectedCharacter("X12"), ["'X12'"])]
        case .malformed: [(.malformed, ["JSON"])]
        case .stateFormat:
            [(.stateFormat(version: "7X13"), ["7X13", "albdoctor", "3", "4", "`terraform show -json > state.json`", "Terraform", "state.json"])]
        case .noStateFormatVersion: [(.noStateFormatVersion, [])]
        case .planFormat: [(.planFormat(version: "9.X14"), ["9.X14", "format_version", "albdoctor", "0.x", "1.x", ".tf"])]
        case .neitherPlanNorState: [(.neitherPlanNorState, ["JSON", "Terraform", "terraform show -json PLAN", "terraform.tfstate", ".tf"])]
        }
    }

    @Test func errors() {
        let keys: [TerraformError] = [
            .syntax(Self.syntaxError), .unreadable(file: "", reason: .cannotBeOpened), .badVariable("", reason: .notKeyValue), .noConfiguration(""),
            .binaryPlan(file: ""), .utf16(file: ""), .logStream(file: ""), .invalidJSON(file: "", line: 0, column: 0, reason: .endsEarly),
            .unsupported(file: "", reason: .malformed),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/TerraformError.swift")
        // A syntax error is HCL's own, in both languages.
        #expect(TerraformError.syntax(Self.syntaxError).localizedMessage == Self.syntaxError.localizedMessage)
    }

    @Test func reasons() {
        let keys: [TerraformErrorReason] = [
            .cannotBeOpened, .noSuchFileOrFolder, .notUTF8, .notModuleManifest, .notKeyValue,
            .notAnExpression(type: "", error: Self.syntaxError), .endsEarly, .unexpectedCharacter(""), .malformed,
            .stateFormat(version: ""), .noStateFormatVersion, .planFormat(version: ""), .neitherPlanNorState,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/TerraformErrorReason.swift")
    }

    /// A binary plan given where its JSON was expected: the Japanese names the file and says
    /// what to run, and the English is the description.
    @Test func aBinaryPlanInJapanese() throws {
        let file = Repository.path("fixtures/terraform/bad/plan.out")
        do {
            _ = try DeploymentReader(documents: [file], configurationPaths: [], region: "ap-northeast-1").read()
            Issue.record("\(file) was read")
        } catch {
            #expect(error.localizedMessage(.en) == error.description)
            let japanese = error.localizedMessage(.ja)
            #expect(japanese.hasPrefix(file + ": `terraform plan -out` で保存したバイナリのプランで、JSON ではありません。"), "\(japanese)")
            #expect(japanese.contains("`terraform show -json \(file) > plan.json` を実行して"), "\(japanese)")
        }
    }

    /// A `.tf` file whose block is never closed: the Japanese holds its file:line:column.
    @Test func aMissingBraceInJapanese() throws {
        do {
            _ = try HCLParser.parseBody("resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n", file: "main.tf")
            Issue.record("the configuration was read")
        } catch {
            #expect(TerraformError.syntax(error).localizedMessage(.ja) == "main.tf:3:1: ブロックを閉じる `}` が必要ですが、入力の終わりがありました")
        }
    }
}
