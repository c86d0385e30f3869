public import Localization

/// The words of `albdoctor diagnose --help`, by typed key (its `--region` is `AWSHelp.region`,
/// its `--window` `LogsHelp.window`). English in `DiagnoseHelp+en.swift`, Japanese in
/// `DiagnoseHelp+ja.swift`.
public enum DiagnoseHelp: CatalogEntry {
    /// The one line under OVERVIEW (and beside `diagnose` in `albdoctor --help`).
    case abstract
    /// How the views are joined, examples and exit codes.
    case discussion
    /// The URL clients fail on.
    case target
    /// `--rounds`: tries to each address.
    case rounds
    /// `--profile`.
    case profile
    /// `--endpoint-url`.
    case endpointURL
    /// `--snapshot`.
    case snapshot
    /// `--logs`.
    case logs
    /// `--since`, with the times it takes.
    case since
    /// `--until`.
    case until
    /// `--templates`.
    case templates
}
