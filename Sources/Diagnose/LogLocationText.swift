internal import Localization

/// Why a load balancer writes no logs of a kind, as its attributes say (`LogLocations.disabled`),
/// by typed key. English in `LogLocationText+en.swift`, Japanese in `LogLocationText+ja.swift`.
/// `value` is the attribute's value; nil when it is not set.
enum LogLocationText: CatalogEntry {
    /// `access_logs.s3.enabled` is not `true`, or no bucket is named.
    case accessLogsNotEnabled(value: String?)
    /// `connection_logs.s3.enabled` is not `true`, or no bucket is named.
    case connectionLogsNotEnabled(value: String?)
}
