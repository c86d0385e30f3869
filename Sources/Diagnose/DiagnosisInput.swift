public import ALBLogs
public import AWSInventory
public import Findings
public import Probe
public import Topology
public import Localization

/// What each view gave `diagnose`, as values: the builder joins them without any I/O.
public struct DiagnosisInput: Sendable {
    /// `probe`: every address of the name.
    public struct ProbeView: Sendable {
        public var report: ProbeReport
        public var findings: [Finding]
        public init(report: ProbeReport, findings: [Finding]) {
            self.report = report
            self.findings = findings
        }
    }

    /// `aws`: the account or a snapshot, its rules' findings, and the load balancer that serves the name.
    public struct AccountView: Sendable {
        public var inventory: Inventory
        /// Where the account was read.
        public var source: AccountOrigin
        public var findings: [Finding]
        public var match: LoadBalancerMatch?
        /// The model the rules checked: the matched load balancer's part of the account, or all of it.
        public var topology: Topology
        public init(inventory: Inventory, source: AccountOrigin, findings: [Finding], match: LoadBalancerMatch?, topology: Topology) {
            self.inventory = inventory
            self.source = source
            self.findings = findings
            self.match = match
            self.topology = topology
        }
    }

    /// Where an account view was read.
    public enum AccountOrigin: Sendable, Equatable, Encodable {
        /// A live region of the account.
        case region(name: String)
        /// A snapshot file, of a region.
        case snapshot(path: String, region: String)
    }

    /// `logs`: what was read, from where, for which period.
    public struct LogsView: Sendable {
        public var analysis: LogAnalysis
        /// "s3://bucket/prefix" or the paths given.
        public var source: String
        /// The period read.
        public var period: LogPeriod
        public var findings: [Finding]
        public init(analysis: LogAnalysis, source: String, period: LogPeriod, findings: [Finding]) {
            self.analysis = analysis
            self.source = source
            self.period = period
            self.findings = findings
        }
    }

    /// `lint`: the templates' findings.
    public struct TemplateView: Sendable {
        public var findings: [Finding]
        /// "2 stacks, 1 load balancer, 3 subnets".
        public var scope: LocalizedText
        public var topology: Topology
        public init(findings: [Finding], scope: LocalizedText, topology: Topology) {
            self.findings = findings
            self.scope = scope
            self.topology = topology
        }
    }

    public var url: String
    public var probe: ProbeView?
    public var account: AccountView?
    public var logs: LogsView?
    public var templates: TemplateView?
    /// The views that could not be used, each with why, what it would add and how to enable it.
    public var unavailable: [Diagnosis.ViewStatus]

    public init(url: String, probe: ProbeView? = nil, account: AccountView? = nil, logs: LogsView? = nil, templates: TemplateView? = nil, unavailable: [Diagnosis.ViewStatus] = []) {
        self.url = url
        self.probe = probe
        self.account = account
        self.logs = logs
        self.templates = templates
        self.unavailable = unavailable
    }
}
