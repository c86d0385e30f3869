public import Localization

/// The words of `albdoctor serve --help`, by typed key. English in `ServeHelp+en.swift`, Japanese
/// in `ServeHelp+ja.swift`.
public enum ServeHelp: CatalogEntry {
    /// The one line under OVERVIEW (and beside `serve` in `albdoctor --help`).
    case abstract
    /// Rounds, endpoints, signals, and examples.
    case discussion
    /// The URLs to watch.
    case urls
    /// `--config`.
    case config
    /// `--listen`.
    case listen
    /// `--interval`, with the durations it takes up to `longestHours` hours.
    case interval(longestHours: Int64)
}
