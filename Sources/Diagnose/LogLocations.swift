public import AWSInventory
internal import Foundation
public import ALBLogs
public import Localization

/// Where a load balancer writes its logs and which objects of a period are its own: the bucket
/// and prefix from its attributes (`access_logs.s3.*`, `connection_logs.s3.*`), the S3 layout
/// `PREFIX/AWSLogs/ACCOUNT/elasticloadbalancing/REGION/YYYY/MM/DD/`, and names that carry
/// `app.NAME.ID` and end within the period.
public struct LogLocations: Sendable, Equatable {
    /// One bucket and prefix, with the kinds of log written there.
    public struct Place: Sendable, Equatable {
        public var location: S3Location
        public var kinds: [String]
    }

    public var places: [Place]
    /// Why a kind of log is not enabled, in every language, e.g. "access logs are not enabled
    /// (access_logs.s3.enabled is false)".
    public var disabled: [LocalizedText]

    /// The places the load balancer's attributes name.
    public init(_ balancer: Inventory.LoadBalancer) {
        var places: [Place] = []
        var disabled: [LocalizedText] = []
        let kinds: [(key: String, kind: String, notEnabled: (String?) -> LogLocationText)] = [
            ("access_logs", "access", LogLocationText.accessLogsNotEnabled(value:)),
            ("connection_logs", "connection", LogLocationText.connectionLogsNotEnabled(value:)),
        ]
        for (key, kind, notEnabled) in kinds {
            guard balancer.attributes["\(key).s3.enabled"] == "true", let bucket = balancer.attributes["\(key).s3.bucket"], !bucket.isEmpty else {
                disabled.append(LocalizedText(notEnabled(balancer.attributes["\(key).s3.enabled"])))
                continue
            }
            let location = S3Location(bucket: bucket, prefix: balancer.attributes["\(key).s3.prefix"] ?? "")
            if let index = places.firstIndex(where: { $0.location == location }) { places[index].kinds.append(kind) } else { places.append(Place(location: location, kinds: [kind])) }
        }
        self.places = places
        self.disabled = disabled
    }

    /// The folder prefixes of each UTC day of the period, for the load balancer's account and
    /// region, below `prefix`.
    public static func dayPrefixes(under prefix: String, account: String, region: String, period: LogPeriod) -> [String] {
        let base = (prefix.isEmpty ? "" : (prefix.hasSuffix("/") ? prefix : prefix + "/")) + "AWSLogs/\(account)/elasticloadbalancing/\(region)/"
        let day: Int64 = 86_400_000_000
        var prefixes: [String] = []
        var start = period.since.floored(to: day)
        while start <= period.until && prefixes.count < 400 {
            // YYYY-MM-DD → YYYY/MM/DD/
            prefixes.append(base + start.dayText.replacingOccurrences(of: "-", with: "/") + "/")
            start = start.adding(microseconds: day)
        }
        return prefixes
    }

    /// Whether an object key is one of this load balancer's log files ending within the period
    /// (a file ends up to 5 minutes after its last entry).
    public static func belongs(_ key: String, loadBalancerARN arn: String, period: LogPeriod, endTime: LogTime?) -> Bool {
        guard let marker = fileMarker(arn: arn), key.contains(marker) else { return false }
        guard let endTime else { return true }
        return endTime >= period.since && endTime <= period.until.adding(microseconds: 10 * 60_000_000)
    }

    /// `_app.NAME.ID_` from `arn:…:loadbalancer/app/NAME/ID`.
    static func fileMarker(arn: String) -> String? {
        guard let range = arn.range(of: "loadbalancer/") else { return nil }
        return "_" + arn[range.upperBound...].replacingOccurrences(of: "/", with: ".") + "_"
    }

    /// The account and region in a load balancer's ARN.
    public static func accountAndRegion(arn: String) -> (account: String, region: String)? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 6, !parts[4].isEmpty, !parts[3].isEmpty else { return nil }
        return (String(parts[4]), String(parts[3]))
    }
}
