public import Addresses
public import Findings
internal import Foundation
public import Probe
internal import Prometheus

/// The metrics of `serve`, in the Prometheus text format through swift-prometheus. Names and
/// labels are documented in docs/metrics.md: `albdoctor_` prefix, base units (seconds), `_total`
/// for counters, `_timestamp_seconds` for times; labels `target` (the URL as configured),
/// `address`, `family`, `phase`, `outcome`, `rule`, `severity`. A dropped address or target
/// takes its series with it.
public final class ServeMetrics: Sendable {
    let registry: PrometheusCollectorRegistry

    public init() { registry = PrometheusCollectorRegistry() }

    /// Every family, named once with its help text (the registry refuses two help texts for one name).
    enum Family {
        static var success: MetricNameDescriptor { descriptor("probe", "success", "", "1 when the address answered TCP, TLS and HTTP in the last round, else 0.") }
        static var consecutiveFailures: MetricNameDescriptor { descriptor("probe", "consecutive_failures", "", "Rounds in a row the address failed (0 once it answers): alert on 3 while another address of the target answers.") }
        static var tcpOutcomes: MetricNameDescriptor { descriptor("probe", "tcp_outcomes", "total", "TCP connects by outcome: ok, timeout, refused, unreachable, error.") }
        static var phaseDuration: MetricNameDescriptor { descriptor("probe", "phase_duration", "seconds", "Time of each probe phase: dns, connect, tls, first_byte, total.") }
        static var certificateExpiry: MetricNameDescriptor { descriptor("probe", "certificate_expiry_timestamp", "seconds", "When the leaf certificate the address served expires (Unix time).") }
        static var finding: MetricNameDescriptor { descriptor("probe", "finding", "", "1 for each probe finding of the last round (rule id and severity as in `albdoctor rules`).") }
        static var addresses: MetricNameDescriptor { descriptor("target", "addresses", "", "Addresses of the target probed in the last round (the union of recent DNS answers).") }
        static var rounds: MetricNameDescriptor { descriptor("target", "rounds", "total", "Probe rounds of the target.") }
        static var resolution: MetricNameDescriptor { descriptor("target", "resolution_success", "", "1 when the target's name resolved in the last round, else 0.") }

        private static func descriptor(_ subsystem: String, _ name: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
            MetricNameDescriptor(namespace: "albdoctor", subsystem: subsystem, metricName: name, unitName: unit, helpText: help)
        }
    }

    static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
    static let outcomes = ["ok", "timeout", "refused", "unreachable", "error"]
    static let phases = ["dns", "connect", "tls", "first_byte", "total"]

    private func gauge(_ family: MetricNameDescriptor, _ labels: [(String, String)]) -> Gauge { registry.makeGauge(descriptor: family, labels: labels) }
    private func counter(_ family: MetricNameDescriptor, _ labels: [(String, String)]) -> Counter { registry.makeCounter(descriptor: family, labels: labels) }
    private func histogram(_ labels: [(String, String)]) -> ValueHistogram {
        registry.makeValueHistogram(descriptor: Family.phaseDuration, labels: labels, buckets: Self.buckets)
    }

    /// Everything one round of one target gives.
    public func record(target: String, report: ProbeReport, findings: [Finding], known: Int, previous: [Finding], consecutiveFailures: [IPAddress: Int]) {
        gauge(Family.addresses, [("target", target)]).set(to: Double(known))
        counter(Family.rounds, [("target", target)]).increment()
        for item in report.addresses {
            let base = [("target", target), ("address", item.address.description)]
            let succeeded = item.rounds.succeeded == item.rounds.count
            gauge(Family.success, base + [("family", item.family.rawValue)]).set(to: succeeded ? 1.0 : 0.0)
            gauge(Family.consecutiveFailures, base).set(to: Double(consecutiveFailures[item.address] ?? (succeeded ? 0 : 1)))
            counter(Family.tcpOutcomes, base + [("outcome", item.tcp.outcome.rawValue)]).increment()
            let phases: [(String, Double?)] = [("dns", item.phases.dnsMs), ("connect", item.phases.connectMs), ("tls", item.phases.tlsMs),
                                               ("first_byte", item.phases.firstByteMs), ("total", item.phases.totalMs)]
            for (phase, ms) in phases {
                guard let ms else { continue }
                histogram(base + [("phase", phase)]).record(ms / 1000)
            }
            if let leaf = item.tls?.chain.first, let expiry = ISO8601DateFormatter().date(from: leaf.notAfter) {
                gauge(Family.certificateExpiry, base).set(to: expiry.timeIntervalSince1970)
            }
        }
        // Findings: present ones at 1; ones that went away are removed, not left at a stale value.
        let now = Set(findings.map(FindingKey.init))
        for key in Set(previous.map(FindingKey.init)).subtracting(now) { registry.unregisterGauge(findingGauge(target: target, key)) }
        for key in now { findingGauge(target: target, key).set(to: 1.0) }
    }

    /// The target's DNS answered (1) or failed (0) in the last round.
    public func resolution(target: String, succeeded: Bool) {
        gauge(Family.resolution, [("target", target)]).set(to: succeeded ? 1.0 : 0.0)
    }

    /// Removes every series of an address DNS stopped returning.
    public func drop(target: String, address: IPAddress, findings: [Finding]) {
        let base = [("target", target), ("address", address.description)]
        registry.unregisterGauge(gauge(Family.success, base + [("family", address.family.rawValue)]))
        registry.unregisterGauge(gauge(Family.consecutiveFailures, base))
        registry.unregisterGauge(gauge(Family.certificateExpiry, base))
        for outcome in Self.outcomes { registry.unregisterCounter(counter(Family.tcpOutcomes, base + [("outcome", outcome)])) }
        for phase in Self.phases { registry.unregisterValueHistogram(histogram(base + [("phase", phase)])) }
        for key in findings.map(FindingKey.init) where key.address == address.description { registry.unregisterGauge(findingGauge(target: target, key)) }
    }

    /// Removes a target that left the configuration.
    public func drop(target: String, state: TargetState) {
        for address in state.addresses { drop(target: target, address: address.address, findings: state.findings) }
        registry.unregisterGauge(gauge(Family.addresses, [("target", target)]))
        registry.unregisterCounter(counter(Family.rounds, [("target", target)]))
        registry.unregisterGauge(gauge(Family.resolution, [("target", target)]))
    }

    /// The text format (`/metrics`).
    public func exposition() -> String { registry.emitToString() }

    private struct FindingKey: Hashable {
        var address: String
        var rule: String
        var severity: String
        init(_ finding: Finding) {
            address = finding.subject.description
            rule = finding.ruleID
            severity = finding.severity.rawValue
        }
    }

    private func findingGauge(target: String, _ key: FindingKey) -> Gauge {
        gauge(Family.finding, [("target", target), ("address", key.address), ("rule", key.rule), ("severity", key.severity)])
    }
}
