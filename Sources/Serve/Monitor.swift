internal import Addresses
internal import Foundation
public import Logging
public import Probe

/// Watches every configured target, each in a child task of its own, so a slow or hostile target
/// never delays another's round: resolve, union the answers with the addresses seen recently,
/// probe every address (TCP, TLS, HTTP, port 80, certificate) with the target's deadlines,
/// record the metrics, sleep until the next round. ``run()`` owns those tasks in one task group:
/// they end when it is cancelled (the service group's shutdown). A reload retires the targets
/// that left or changed (their watch ends at its next round without recording) and starts the
/// new ones in the same group.
public actor Monitor {
    /// One target's watch: it goes on while its generation is the target's current one.
    private struct Watch: Sendable {
        let target: ServeConfiguration.Target
        let generation: Int
    }

    private var configuration: ServeConfiguration
    private var states: [String: TargetState] = [:]
    /// The current generation of each watched target's URL.
    private var generations: [String: Int] = [:]
    private var lastGeneration = 0
    /// Watches to start, read by ``run()``.
    private let starts: AsyncStream<Watch>
    private let start: AsyncStream<Watch>.Continuation
    private let metrics: ServeMetrics
    private let logger: Logger

    public init(configuration: ServeConfiguration, metrics: ServeMetrics, logger: Logger) {
        self.configuration = configuration
        self.metrics = metrics
        self.logger = logger
        (starts, start) = AsyncStream.makeStream()
    }

    /// Watches every target until the task running it is cancelled; the watches are its child
    /// tasks.
    public func run() async {
        for target in configuration.targets where generations[target.url] == nil { begin(target) }
        await withDiscardingTaskGroup { group in
            // Ends when this task is cancelled: the group then cancels every watch and waits for it.
            for await watch in starts {
                group.addTask { await self.watch(watch) }
            }
        }
    }

    /// Applies a new configuration: targets that left lose their series, changed ones restart.
    public func reload(_ new: ServeConfiguration) {
        let old = Dictionary(configuration.targets.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        let incoming = Dictionary(new.targets.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        for (url, target) in old where incoming[url] != target {
            generations[url] = nil
            if let state = states.removeValue(forKey: url) { metrics.drop(target: url, state: state) }
        }
        configuration = new
        for target in new.targets where generations[target.url] == nil { begin(target) }
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

    /// Makes `target` current and hands its watch to ``run()``.
    private func begin(_ target: ServeConfiguration.Target) {
        lastGeneration += 1
        generations[target.url] = lastGeneration
        states[target.url] = TargetState(target: target)
        start.yield(Watch(target: target, generation: lastGeneration))
    }

    private func isCurrent(_ watch: Watch) -> Bool { generations[watch.target.url] == watch.generation }

    /// Rounds of one target until it is retired by a reload or the task is cancelled.
    private func watch(_ watch: Watch) async {
        let target = watch.target
        var options = target.probeOptions
        let prober: Prober
        do {
            if let caFile = target.caFile { options.roots = try TrustRoots(pemFile: caFile) }
            prober = try Prober(options: options)
        } catch {
            logger.error("target cannot be probed", metadata: ["target": .string(target.url), "error": .string("\(error)")])
            return
        }
        while isCurrent(watch) {
            let started = ContinuousClock.now
            await round(target, prober: prober, metrics: metrics, watch: watch)
            do { try await Task.sleep(until: started + target.interval) } catch { return }
        }
    }

    private func round(_ target: ServeConfiguration.Target, prober: Prober, metrics: ServeMetrics, watch: Watch) async {
        let url = target.url
        let addresses: [IPAddress]
        var ms = 0.0
        do {
            let resolution = try await prober.resolve(target.target)
            ms = resolution.ms
            guard isCurrent(watch), var state = states[url] else { return }
            let (probe, dropped) = state.resolved(resolution.answers.map(\.address))
            states[url] = state
            for address in dropped {
                metrics.drop(target: url, address: address, findings: state.findings)
                logger.info("address dropped: absent from DNS", metadata: ["target": .string(url), "address": .string(address.description), "rounds": .stringConvertible(target.dropAfter)])
            }
            addresses = probe
            metrics.resolution(target: url, succeeded: true)
        } catch {
            guard isCurrent(watch), var state = states[url] else { return }
            addresses = state.resolutionFailed(error.localizedMessage)
            states[url] = state
            metrics.resolution(target: url, succeeded: false)
            logger.warning("resolution failed", metadata: ["target": .string(url), "error": .string(error.description)])
        }
        guard !addresses.isEmpty else { return }
        let resolution = Resolution(source: target.dns ?? "system resolver", answers: addresses.map { .init(address: $0, ttl: nil, seenInRounds: 1) }, cnames: [], rounds: 1, ms: ms)
        let report = await prober.probe(target.target, resolution: resolution)
        guard !Task.isCancelled, isCurrent(watch), var state = states[url] else { return }
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
