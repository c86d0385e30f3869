internal import Localization
internal import ALBLogs

/// What a diagnosis says of each view: what it read, what it checked, why it could not be used,
/// what it would have added and how to enable it.
enum ViewText: CatalogEntry {
    /// What each view read.
    case probeRead(addresses: Int, host: String, resolvedBy: String, tries: Int)
    case accountRead(source: DiagnosisInput.AccountOrigin, loadBalancers: Int, subnets: Int)
    case logsRead(files: Int, source: String, requests: Int, connections: Int, period: LogPeriod)
    /// What each view checked, when nothing is wrong.
    case probeChecked(host: String, addresses: [String], tries: Int)
    case accountChecked(loadBalancer: String?, source: DiagnosisInput.AccountOrigin)
    case logsChecked(tlsFailures: Int, period: LogPeriod)
    case templatesChecked(scope: LocalizedText)
    /// Why the logs could not be used.
    case loadBalancerWritesNoLogs(loadBalancer: String, disabled: [LocalizedText])
    case noLogsNoAccount
    case noLogsNoLoadBalancer
    case logsNeedCredentials(locations: String, problem: LocalizedText)
    /// What each view would add.
    case logsWouldAdd
    case accountWouldAdd
    /// How to enable a view.
    case enableLogsOnLoadBalancer(arn: String)
    case passLogs
    case passLogsOrBucket
    case passReadableLogs
    case passLogCredentials
    case allowS3(locations: String)
    case passAccountCredentials
    case allowDescribe
    case fixErrorAbove
}
