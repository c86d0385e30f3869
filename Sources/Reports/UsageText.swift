public import Localization

/// Why the command line was refused, as `Error: …` above the usage (swift-argument-parser's
/// own words around it stay English): arguments missing or not going together, and values
/// that do not parse, by typed key. English in `UsageText+en.swift`, Japanese in
/// `UsageText+ja.swift`. It lives here, not in the executable, so that tests can import it.
public enum UsageText: CatalogEntry {
    /// `lint` without a template.
    case giveTemplate
    /// `aws --snapshot` with flags that call AWS.
    case snapshotAlone
    /// `diagnose --rounds` below 1.
    case roundsAtLeastOne
    /// `diagnose --snapshot` with `--region`.
    case snapshotHoldsRegion
    /// `diagnose --logs` with several S3 locations.
    case oneS3Location
    /// `diagnose --logs` with local paths and an S3 location.
    case pathsOrS3
    /// `--since` at or after `--until`.
    case sinceBeforeUntil
    /// `logs` without files or `--athena-sql`.
    case giveLogs
    /// `probe` without a target.
    case giveProbeTarget
    /// `probe --rounds` or `--dns-rounds` below 1.
    case probeRoundsAtLeastOne
    /// `probe --dns-rounds` above 1 without `--dns`.
    case dnsRoundsNeedDNS
    /// `serve` without URLs or `--config`.
    case giveServeTargets
    /// `-4` and `-6` together.
    case familiesExclusive
    /// `--quiet` or `--no-summary` (`flag`) with a format other than text.
    case textOnlyFlag(flag: String, format: String)
    /// A `--format` the view cannot write; `allowed` are those it can.
    case formatNotForView(format: String, view: String, allowed: [String])
    /// An `--address` value that is not an IP address.
    case expectedIPAddress
    /// A `--logs s3://` value without a bucket.
    case expectedS3Location
}
