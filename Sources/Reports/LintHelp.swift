public import Localization

/// The words of `albdoctor lint --help`, by typed key. English in `LintHelp+en.swift`, Japanese
/// in `LintHelp+ja.swift`.
public enum LintHelp: CatalogEntry {
    /// The one line under OVERVIEW (and beside `lint` in `albdoctor --help`).
    case abstract
    /// Stacks, nested stacks, Terraform, and examples.
    case discussion
    /// The templates, CDK assemblies or Terraform to read.
    case paths
    /// `--var`.
    case variable
    /// `--var-file`.
    case variableFile
    /// `--region`: where the stacks deploy, and its default.
    case region
}
