public import Localization

/// The words of `albdoctor probe --help`, by typed key. English in `ProbeHelp+en.swift`, Japanese
/// in `ProbeHelp+ja.swift`.
public enum ProbeHelp: CatalogEntry {
    /// The one line under OVERVIEW (and beside `probe` in `albdoctor --help`).
    case abstract
    /// What one round does, examples and exit codes.
    case discussion
    /// The host names or URLs.
    case targets
    /// `--dns-rounds`.
    case dnsRounds
    /// `--rounds`.
    case rounds
    /// `--interval`, with the pauses it takes up to `longestHours` hours.
    case interval(longestHours: Int64)
    /// `--address`.
    case address
    /// `--watch`.
    case watch
    /// `--no-port-80`.
    case noPort80
    /// `--expiry-warning`.
    case expiryWarning
}
