internal import Foundation
public import Logging
public import Probe

/// Watches every configured target, each in a task of its own, so a slow or hostile target never
/// delays another's round: resolve, union the answers with the addresses seen recently, probe
/// every address (TCP, TLS, HTTP, port 80, certificate) with the target's deadlines, record the
/// metrics, sleep until the next round. A reload stops the targets that left or changed and
/// starts the new ones.
public actor Monitor {
    private var configuration: ServeConfiguration
    private var states: [String: TargetState] = [:]
    private var tasks: [String: Task<Void, Never>] = [:]
    private let metrics: ServeMetrics
    private let logger: Logger

    public init(configuration: ServeConfiguration, metrics: ServeMetrics, logger: Logger) {
        self.configuration = configuration
        self.metrics = metrics
        self.logger = logger
    }

    public func start() {
        for target in configuration.targets where tasks[target.url] == nil { launch(target) }
    }

    public func stop() {
        for task in tasks.values { task.cancel() }
        tasks = [:]
    }

    /// Applies a new configuration: targets that left lose their series, changed ones restart.
    public func reload(_ new: ServeConfiguration) {
        let old = Dictionary(configuration.targets.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        let incoming = Dictionary(new.targets.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        for (url, target) in old where incoming[url] != target {
            tasks.removeValue(forKey: url)?.cancel()
            if let state = states.removeValue(forKey: url) { metrics.drop(target: url, state: state) }
        }
        configuration = new
        for target in new.targets where tasks[target.url] == nil { launch(target) }
        logger.info("configuration reloaded", metadata: ["targets": .array(new.targets.map { .string($0.url) })])
    }

    /// The targets' states in configuration order, for the status page.
    public func snapshot() -> [TargetState] {
        configuration.targets.map { states[$0.url] ?? TargetState(target: $0) }
    }

    /// The configured target for a `/probe?target=` value, or nil.
    public func configured(_ url: String) -> ServeConfiguration.Target? { configuration.target(for: url) }

    /// The smallest interval of any target (the status page refreshes at it).
    public func shortestInterval() -> Duration { configuration.targets.map(\.interval).min() ?? .seconds(30) }

    private func launch(_ target: ServeConfiguration.Target) {
        states[target.url] = TargetState(target: target)
        let metrics = self.metrics
        let logger = self.logger
        tasks[target.url] = Task { [weak self] in
            var options = target.probeOptions
            let prober: Prober
            do {
                if let caFile = target.caFile { options.roots = try TrustRoots(pemFile: caFile) }
                prober = try Prober(options: options)
            } catch {
                logger.error("target cannot be probed", metadata: ["target": .string(target.url), "error": .string("\(error)")])
                return
            }
            while !Task.isCancelled {
                let started = ContinuousClock.now
                await self?.round(target, prober: prober, metrics: metrics)
                try? await Task.sleep(until: started + target.interval)
            }
        }
    }

    private func round(_ target: ServeConfiguration.Target, prober: Prober, metrics: ServeMetrics) async {
        let url = target.url
        let addresses: [IPAddress]
        var ms = 0.0
        do {
            let resolution = try await prober.resolve(target.target)
            ms = resolution.ms
            guard var state = states[url] else { return }
            let (probe, dropped) = state.resolved(resolution.answers.map(\.address))
            states[url] = state
            for address in dropped {
                metrics.drop(target: url, address: address, findings: state.findings)
                logger.info("address dropped: absent from DNS", metadata: ["target": .string(url), "address": .string(address.description), "rounds": .stringConvertible(target.dropAfter)])
            }
            addresses = probe
            metrics.resolution(target: url, succeeded: true)
        } catch {
            guard var state = states[url] else { return }
            addresses = state.resolutionFailed(error.description)
            states[url] = state
            metrics.resolution(target: url, succeeded: false)
            logger.warning("resolution failed", metadata: ["target": .string(url), "error": .string(error.description)])
        }
        guard !addresses.isEmpty else { return }
        let resolution = Resolution(source: target.dns ?? "system resolver", answers: addresses.map { .init(address: $0, ttl: nil, seenInRounds: 1) }, cnames: [], rounds: 1, ms: ms)
        let report = await prober.probe(target.target, resolution: resolution)
        guard !Task.isCancelled, var state = states[url] else { return }
        let previous = state.findings
        state.probed(report)
        states[url] = state
        metrics.record(target: url, report: report, findings: state.findings, known: addresses.count, previous: previous,
                       consecutiveFailures: Dictionary(state.addresses.map { ($0.address, $0.consecutiveFailures) }, uniquingKeysWith: { first, _ in first }))
        let failed = report.addresses.filter { $0.rounds.succeeded < $0.rounds.count }.map(\.address.description)
        logger.info("round", metadata: ["target": .string(url), "addresses": .stringConvertible(addresses.count), "failed": .array(failed.map { .string($0) }),
                                        "round": .stringConvertible(state.rounds)])
    }
}

/// One fresh probe of every address of a configured target, for `/probe?target=`.
public enum FreshProbe {
    public static func run(_ target: ServeConfiguration.Target) async throws -> ProbeReport {
        var options = target.probeOptions
        if let caFile = target.caFile { options.roots = try TrustRoots(pemFile: caFile) }
        let prober = try Prober(options: options)
        return await prober.probe(target.target, resolution: try await prober.resolve(target.target))
    }
}
