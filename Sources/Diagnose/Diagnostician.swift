public import ALBLogs
public import AWSInventory
public import Findings
public import LintPipeline
public import Probe
internal import Rules
public import Localization

/// Runs the views `diagnose` joins, side by side where they do not wait on each other: the probe
/// of every address with the account read; the load balancer's logs as soon as the account
/// names their bucket (several objects at once, each parsed as it arrives); the templates. A view
/// that cannot be used is recorded with why and how to enable it, and the others go on.
public struct Diagnostician: Sendable {
    /// Where the account comes from.
    public enum AccountSource: Sendable {
        /// The live account: `--profile`, `--region`, `--endpoint-url`, as `aws` finds them.
        case live(profile: String?, region: String?, endpoint: String?)
        /// A file `albdoctor aws --save-snapshot` wrote; S3 still needs credentials.
        case snapshot(path: String, profile: String?, endpoint: String?)
    }

    /// Where the logs come from.
    public enum LogsSource: Sendable {
        /// The buckets the load balancer's attributes name.
        case loadBalancer
        /// Local files and folders, as `logs` reads them.
        case paths([String])
        /// A bucket and prefix.
        case s3(S3Location)
    }

    public var target: ProbeTarget
    public var probeOptions: ProbeOptions
    public var account: AccountSource
    public var logs: LogsSource
    /// The period of logs read.
    public var period: LogPeriod
    /// Seconds a redirected client has to arrive (as `logs --window`).
    public var window: Int64
    public var templates: TemplateLint?
    public var environment: [String: String]
    /// Objects fetched from S3 at once.
    public var downloads = 8

    public init(target: ProbeTarget, probeOptions: ProbeOptions, account: AccountSource, logs: LogsSource, period: LogPeriod, window: Int64,
                templates: TemplateLint?, environment: [String: String]) {
        self.target = target
        self.probeOptions = probeOptions
        self.account = account
        self.logs = logs
        self.period = period
        self.window = window
        self.templates = templates
        self.environment = environment
    }

    /// Bad input that stops the diagnosis (exit 2): a name that does not resolve, an unreadable
    /// `--ca-file`, templates that cannot be read, a snapshot that is not one.
    public struct InputError: LocalizedFailure, CustomStringConvertible {
        public var description: String
        /// The message in every language: the reader's own when it is a `LocalizedFailure`,
        /// else `description`, in English.
        public var localizedMessage: LocalizedText

        init(_ error: some Error & CustomStringConvertible) {
            description = error.description
            localizedMessage = (error as? any LocalizedFailure)?.localizedMessage ?? LocalizedText(english: error.description)
        }
    }

    /// The diagnosis and what each view gave, for the pictures.
    public struct Outcome: Sendable {
        public var diagnosis: Diagnosis
        public var input: DiagnosisInput
    }

    /// Everything joined; `progress` follows the log reading.
    public func run(failOn: Severity, progress: (@Sendable (LogAnalyzer.Progress) -> Void)? = nil) async throws(InputError) -> Outcome {
        let prober: Prober
        let resolution: Resolution
        do {
            prober = try Prober(options: probeOptions)
            resolution = try await prober.resolve(target)
        } catch {
            throw InputError(error)
        }
        var templateView: DiagnosisInput.TemplateView?
        if let templates {
            do {
                let result = try templates.run()
                templateView = .init(findings: result.findings, scope: result.scope, topology: result.topology)
            } catch {
                throw InputError(error)
            }
        }
        let target = self.target
        async let probed = prober.probe(target, resolution: resolution)
        // Files are read beside the probe and the account; S3 logs need the account first.
        async let localLogs = readLocalLogs(progress: progress)
        let (accountView, accountProblem, session) = try await readAccount(resolution: resolution)

        var unavailable: [Diagnosis.ViewStatus] = []
        if let accountProblem { unavailable.append(accountProblem) }
        var logsView: DiagnosisInput.LogsView?
        switch logs {
        case .paths:
            switch await localLogs {
            case .success(let view)?: logsView = view
            case .failure(let reason)?: unavailable.append(reason.status)
            case nil: break
            }
        case .s3(let location):
            switch await readS3Logs([location], loadBalancer: accountView?.match?.loadBalancer, session: session, progress: progress) {
            case .success(let view): logsView = view
            case .failure(let reason): unavailable.append(reason.status)
            }
        case .loadBalancer:
            if let balancer = accountView?.match?.loadBalancer {
                let places = LogLocations(balancer)
                if places.places.isEmpty {
                    unavailable.append(.init(
                        view: .logs, used: false, summary: LocalizedText(ViewText.loadBalancerWritesNoLogs(loadBalancer: balancer.name, disabled: places.disabled)),
                        wouldAdd: LocalizedText(ViewText.logsWouldAdd), enable: LocalizedText(ViewText.enableLogsOnLoadBalancer(arn: balancer.arn))))
                } else {
                    switch await readS3Logs(places.places.map(\.location), loadBalancer: balancer, session: session, progress: progress) {
                    case .success(let view): logsView = view
                    case .failure(let reason): unavailable.append(reason.status)
                    }
                }
            } else {
                unavailable.append(.init(
                    view: .logs, used: false,
                    summary: LocalizedText(accountView == nil ? ViewText.noLogsNoAccount : .noLogsNoLoadBalancer),
                    wouldAdd: LocalizedText(ViewText.logsWouldAdd), enable: LocalizedText(ViewText.passLogsOrBucket)))
            }
        }
        let report = await probed
        let input = DiagnosisInput(
            url: target.url, probe: .init(report: report, findings: report.findings()), account: accountView, logs: logsView, templates: templateView,
            unavailable: unavailable)
        return Outcome(diagnosis: DiagnosisBuilder.build(input, failOn: failOn), input: input)
    }

    /// A view that could not be used, as the error of its reading.
    struct Unavailable: Error {
        var status: Diagnosis.ViewStatus
        init(_ status: Diagnosis.ViewStatus) { self.status = status }
    }

    /// The credentials and region S3 logs are read with, or why there are none.
    typealias Session = Result<AccountReader.Session, AWSError>


    private func readAccount(resolution: Resolution) async throws(InputError) -> (DiagnosisInput.AccountView?, Diagnosis.ViewStatus?, Session) {
        let inventory: Inventory
        let session: Session
        let source: DiagnosisInput.AccountOrigin
        switch account {
        case .snapshot(let path, let profile, let endpoint):
            do {
                inventory = try AccountReader.snapshot(at: path)
            } catch {
                throw InputError(error)
            }
            source = .snapshot(path: path, region: inventory.region)
            session = await findSession(profile: profile, region: inventory.region, endpoint: endpoint)
        case .live(let profile, let region, let endpoint):
            // The session first, kept when the account's calls are refused: S3 logs may still be readable.
            session = await findSession(profile: profile, region: region, endpoint: endpoint)
            do {
                let found = try session.get()
                inventory = try await AccountReader.live(found)
                source = .region(name: found.region)
            } catch {
                let enable: ViewText = [.noCredentials, .noRegion].contains(error.code)
                    ? .passAccountCredentials : error.isAccessDenied ? .allowDescribe : .fixErrorAbove
                return (nil, .init(view: .account, used: false, summary: error.localizedMessage,
                                   wouldAdd: LocalizedText(ViewText.accountWouldAdd), enable: LocalizedText(enable)), session)
            }
        }
        let addresses = resolution.answers.map(\.address)
        let match = LoadBalancerMatch.find(in: inventory, cnames: resolution.cnames, addresses: addresses)
        var scoped = inventory
        if let match, let narrowed = try? inventory.narrowed(to: [match.loadBalancer.arn]) { scoped = narrowed }
        let topology = scoped.topology()
        let findings = RuleRegistry.check(topology)
        return (.init(inventory: inventory, source: source, findings: findings, match: match, topology: topology), nil, session)
    }

    /// Credentials found as `aws` finds them, or the reason there are none.
    private func findSession(profile: String?, region: String?, endpoint: String?) async -> Session {
        do {
            return .success(try await AccountReader.session(environment: environment, profile: profile, region: region, endpoint: endpoint))
        } catch {
            return .failure(error)
        }
    }

    private var analyzerOptions: LogAnalyzer.Options {
        var options = LogAnalyzer.Options()
        options.window = window
        options.since = period.since
        options.until = period.until
        return options
    }

    /// The logs in the files `--logs` names; nil when the logs do not come from files.
    private func readLocalLogs(progress: (@Sendable (LogAnalyzer.Progress) -> Void)?) async -> Result<DiagnosisInput.LogsView, Unavailable>? {
        guard case .paths(let paths) = logs else { return nil }
        let discovered: (sources: [LogSource], skipped: [String])
        do {
            discovered = try LogSource.discover(paths)
        } catch {
            return .failure(Unavailable(.init(
                view: .logs, used: false, summary: error.localizedMessage, wouldAdd: nil, enable: LocalizedText(ViewText.passReadableLogs))))
        }
        let analysis = await LogAnalyzer(options: analyzerOptions).analyse(discovered.sources, skipped: discovered.skipped, progress: progress)
        return .success(.init(analysis: analysis, source: paths.joined(separator: ", "), period: period, findings: analysis.findings))
    }

    private func readS3Logs(_ locations: [S3Location], loadBalancer: Inventory.LoadBalancer?, session: Session,
                            progress: (@Sendable (LogAnalyzer.Progress) -> Void)?) async -> Result<DiagnosisInput.LogsView, Unavailable> {
        let wouldAdd = LocalizedText(ViewText.logsWouldAdd)
        let names = locations.map(\.description).joined(separator: ", ")
        let found: AccountReader.Session
        switch session {
        case .success(let session): found = session
        case .failure(let problem):
            return .failure(Unavailable(.init(
                view: .logs, used: false, summary: LocalizedText(ViewText.logsNeedCredentials(locations: names, problem: problem.localizedMessage)), wouldAdd: wouldAdd,
                enable: LocalizedText(ViewText.passLogCredentials))))
        }
        let client = S3Client(credentials: found.credentials, region: found.region, endpointOverride: found.endpoint)
        var sources: [LogSource] = []
        var seen: Set<String> = []
        do {
            for location in locations {
                var prefixes = [location.prefix]
                if let balancer = loadBalancer, let (account, balancerRegion) = LogLocations.accountAndRegion(arn: balancer.arn) {
                    prefixes = LogLocations.dayPrefixes(under: location.prefix, account: account, region: balancerRegion, period: period)
                }
                for prefix in prefixes {
                    for object in try await client.list(bucket: location.bucket, prefix: prefix) {
                        let url = "s3://\(location.bucket)/\(object.key)"
                        let name = LogFileName(object.key)
                        if let balancer = loadBalancer, !LogLocations.belongs(object.key, loadBalancerARN: balancer.arn, period: period, endTime: name.endTime) { continue }
                        guard seen.insert(url).inserted, object.key.hasSuffix(".log.gz") || object.key.hasSuffix(".log") else { continue }
                        let bucket = location.bucket
                        let key = object.key
                        sources.append(LogSource(remote: url, size: object.size) { try await client.get(bucket: bucket, key: key) })
                    }
                }
            }
        } catch {
            return .failure(Unavailable(.init(
                view: .logs, used: false, summary: error.localizedMessage, wouldAdd: wouldAdd,
                enable: LocalizedText(error.isAccessDenied ? ViewText.allowS3(locations: names) : .passLogs))))
        }
        var options = analyzerOptions
        options.concurrency = downloads
        let analysis = await LogAnalyzer(options: options).analyse(LogSource.inAnalysisOrder(sources), skipped: [], progress: progress)
        return .success(.init(analysis: analysis, source: names, period: period, findings: analysis.findings))
    }
}
