internal import Localization

/// The messages of the findings about the templates themselves (CFN001–CFN005), by typed key.
/// English in `TemplateNoteText+en.swift`, Japanese in `TemplateNoteText+ja.swift`. Why a module
/// was not read comes from the reader in both languages (an ``EvaluationReason``), and so does
/// why a condition cannot be evaluated (the message of a ``TemplateError``).
enum TemplateNoteText: CatalogEntry {
    /// CFN001: `file` uses YAML aliases, the first at `line`.
    case yamlAliases(file: String, line: Int)
    /// CFN002: an export name other stacks export too (`others`: each stack with where it exports it).
    case exportedTwice(name: String, others: [String])
    /// CFN003: a Rain module whose file albdoctor did not read.
    case rainModuleNotRead(module: String, path: String, reason: LocalizedText)
    /// CFN003: a registry module, whose resources only the processed template of `stack` holds.
    case registryModuleNotRead(module: String, stack: String, reason: LocalizedText)
    /// CFN004: the stacks' region is not known, so `region` (the default) was read.
    case regionNotKnown(region: String, stacks: [String], written: String)
    /// CFN004's reason: the `stacks` are environment-agnostic (`written` as the project writes it).
    case environmentAgnostic(stacks: [String], written: String)
    /// CFN005: a condition that cannot be evaluated (`error`: why, without its place), and the
    /// `resources` that use it.
    case conditionNotEvaluated(condition: String, error: LocalizedText, resources: [String])
}
