public import Localization

/// The help of the options several commands share (`OutputOptions`, `TemplateOptions`,
/// `ProbeConnectionOptions`, `LanguageOption`) and of the values their durations and times take,
/// by typed key. English in `OptionGroupHelp+en.swift`, Japanese in `OptionGroupHelp+ja.swift`.
public enum OptionGroupHelp: CatalogEntry {
    /// `--format`: the formats and the commands each is for.
    case format
    /// `--fail-on`: the severity that makes the exit code 1.
    case failOn
    /// `--no-color`.
    case noColor
    /// `--quiet`: the findings and nothing else.
    case quiet
    /// `--no-summary`: without the closing line.
    case noSummary
    /// `lint --stack` and `diagnose --stack`.
    case stack
    /// `--parameter`: a value for every stack or one.
    case parameter
    /// `--template-url`: the local file of a nested stack's URL.
    case templateURL
    /// `--dns`: a DNS server asked directly.
    case dns
    /// `--ca-file`: the roots to trust.
    case caFile
    /// `--connect-timeout`, with the durations it takes up to `longestHours` hours.
    case connectTimeout(longestHours: Int64)
    /// `--timeout`, with the durations it takes up to `longestHours` hours.
    case timeout(longestHours: Int64)
    /// `-4`.
    case ipv4Only
    /// `-6`.
    case ipv6Only
    /// `--lang`: the languages and how the environment chooses one.
    case lang
    /// The durations a timeout or interval takes, up to `longestHours` hours (a year), inside
    /// another entry's help.
    case durationValues(longestHours: Int64)
    /// The windows of the logs (whole seconds), up to `longestHours` hours, inside another
    /// entry's help.
    case windowValues(longestHours: Int64)
    /// The times `--since` and `--until` take, inside another entry's help.
    case timeValues
}
