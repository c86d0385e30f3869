import Localization
@testable import Terraform
import Testing
import _TestSupport

/// The catalog of the notes about a Terraform configuration (TF001, TF002): every key in English
/// and Japanese, with the same values. `samples` is an exhaustive switch and `checkEveryCase`
/// holds the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct TerraformNoteTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: TerraformNoteText) -> [(TerraformNoteText, [String])] {
        switch entry {
        case .moduleNotReadDetail:
            [(.moduleNotReadDetail(address: "module.netX1", source: "orgX2/netX3/aws", reason: LocalizedText(english: "reasonX4", japanese: "理由X5")), ["module.netX1", "source \"orgX2/netX3/aws\""])]
        case .moduleNotRead:
            [(.moduleNotRead(address: "module.netX1", source: "orgX2/netX3/aws", reason: LocalizedText(sameInEveryLanguage: "reasonX4")), ["module.netX1", "source \"orgX2/netX3/aws\"", "reasonX4"])]
        case .instancesNotKnown:
            [(.instancesNotKnown(address: "aws_subnet.subX5", reason: LocalizedText(sameInEveryLanguage: "reasonX4")), ["aws_subnet.subX5", "reasonX4", "count", "for_each", "--var", "--var-file"])]
        }
    }

    @Test func terraformNotes() {
        let keys: [TerraformNoteText] = [.moduleNotRead(address: "", source: "", reason: ""), .instancesNotKnown(address: "", reason: ""), .moduleNotReadDetail(address: "", source: "", reason: "")]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Terraform/TerraformNoteText.swift")
    }

    /// TF001's evidence gives the module's reason in the report's language.
    @Test func theDetailCarriesTheReasonInEachLanguage() {
        let detail = TerraformNoteText.moduleNotReadDetail(address: "module.a", source: "./a", reason: LocalizedText(english: "reasonX4", japanese: "理由X5"))
        #expect(detail.english == "module.a (source \"./a\") is not read: reasonX4")
        #expect(detail.japanese == "module.a（source \"./a\"）は読み込まれていません: 理由X5")
    }
}
