public import Localization

/// The words of `albdoctor logs --help`, by typed key. English in `LogsHelp+en.swift`, Japanese
/// in `LogsHelp+ja.swift`.
public enum LogsHelp: CatalogEntry {
    /// The one line under OVERVIEW (and beside `logs` in `albdoctor --help`).
    case abstract
    /// What it reads, and examples.
    case discussion
    /// The log files or folders.
    case paths
    /// `--window`, with the windows it takes up to `longestHours` hours (`diagnose --window` too).
    case window(longestHours: Int64)
    /// `--connection-window`.
    case connectionWindow
    /// `--since`, with the times it takes.
    case since
    /// `--until`.
    case until
    /// `--client`.
    case client
    /// `--athena-sql`.
    case athenaSQL
    /// `--athena-connection-table`.
    case athenaConnectionTable
}
