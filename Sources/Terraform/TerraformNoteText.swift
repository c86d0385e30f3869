internal import Localization

/// The messages of the findings about a Terraform configuration itself (TF001, TF002), by typed
/// key. English in `TerraformNoteText+en.swift`, Japanese in `TerraformNoteText+ja.swift`. Why a
/// module was not read and why a count cannot be known come from the reader's catalog
/// (`TerraformValueReason`), in both languages.
enum TerraformNoteText: CatalogEntry {
    /// TF001: a module call whose code albdoctor does not have.
    case moduleNotRead(address: String, source: String, reason: LocalizedText)
    /// TF001's evidence: the module call and why it was not read, in one line.
    case moduleNotReadDetail(address: String, source: String, reason: LocalizedText)
    /// TF002: a resource or module call whose count or for_each cannot be known.
    case instancesNotKnown(address: String, reason: LocalizedText)
}
