public import Localization

/// The words of `albdoctor rules --help`, by typed key. English in `RulesHelp+en.swift`, Japanese
/// in `RulesHelp+ja.swift`.
public enum RulesHelp: CatalogEntry {
    /// The one line under OVERVIEW (and beside `rules` in `albdoctor --help`).
    case abstract
    /// Where each prefix of ids comes from, and examples.
    case discussion
    /// The id or name to explain.
    case rule
    /// `--write-docs`.
    case writeDocs
}
