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

    static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    /// Everything one round of one target gives.
    public func record(target: String, report: ProbeReport, findings: [Finding], known: Int, previous: [Finding], consecutiveFailures: [IPAddress: Int]) {
        registry.makeGauge(name: "albdoctor_target_addresses", labels: [("target", target)], help: "Addresses of the target probed in the last round (the union of recent DNS answers).").set(to: Double(known))
        registry.makeCounter(name: "albdoctor_target_rounds_total", labels: [("target", target)], help: "Probe rounds of the target.").increment()
        for item in report.addresses {
            let address = item.address.description
            let base = [("target", target), ("address", address)]
            registry.makeGauge(name: "albdoctor_probe_success", labels: base + [("family", item.family.rawValue)],
                               help: "1 when the address answered TCP, TLS and HTTP in the last round, else 0.").set(to: item.rounds.succeeded == item.rounds.count ? 1.0 : 0.0)
            registry.makeGauge(name: "albdoctor_probe_consecutive_failures", labels: base,
                               help: "Rounds in a row the address failed (0 once it answers): alert on 3 while another address of the target answers.")
                .set(to: Double(consecutiveFailures[item.address] ?? (item.rounds.succeeded == item.rounds.count ? 0 : 1)))
            registry.makeCounter(name: "albdoctor_probe_tcp_outcomes_total", labels: base + [("outcome", item.tcp.outcome.rawValue)],
                                 help: "TCP connects by outcome: ok, timeout, refused, unreachable, error.").increment()
            let phases: [(String, Double?)] = [("dns", item.phases.dnsMs), ("connect", item.phases.connectMs), ("tls", item.phases.tlsMs),
                                               ("first_byte", item.phases.firstByteMs), ("total", item.phases.totalMs)]
            for (phase, ms) in phases {
                guard let ms else { continue }
                registry.makeValueHistogram(name: "albdoctor_probe_phase_duration_seconds", labels: base + [("phase", phase)], buckets: Self.buckets,
                                            help: "Time of each probe phase: dns, connect, tls, first_byte, total.").record(ms / 1000)
            }
            if let leaf = item.tls?.chain.first, let expiry = Self.epoch(leaf.notAfter) {
                registry.makeGauge(name: "albdoctor_probe_certificate_expiry_timestamp_seconds", labels: base,
                                   help: "When the leaf certificate the address served expires (Unix time).").set(to: expiry)
            }
        }
        // Findings: present ones at 1; ones that went away are removed, not left at a stale value.
        let now = Set(findings.map(FindingKey.init))
        for key in Set(previous.map(FindingKey.init)).subtracting(now) { registry.unregisterGauge(findingGauge(target: target, key)) }
        for key in now { findingGauge(target: target, key).set(to: 1.0) }
    }

    /// The target's DNS answered (1) or failed (0) in the last round.
    public func resolution(target: String, succeeded: Bool) {
        registry.makeGauge(name: "albdoctor_target_resolution_success", labels: [("target", target)],
                           help: "1 when the target's name resolved in the last round, else 0.").set(to: succeeded ? 1.0 : 0.0)
    }

    /// Removes every series of an address DNS stopped returning.
    public func drop(target: String, address: IPAddress, family: IPAddress.Family, findings: [Finding]) {
        let base = [("target", target), ("address", address.description)]
        registry.unregisterGauge(registry.makeGauge(name: "albdoctor_probe_success", labels: base + [("family", family.rawValue)]))
        for outcome in ["ok", "timeout", "refused", "unreachable", "error"] {
            registry.unregisterCounter(registry.makeCounter(name: "albdoctor_probe_tcp_outcomes_total", labels: base + [("outcome", outcome)]))
        }
        for phase in ["dns", "connect", "tls", "first_byte", "total"] {
            registry.unregisterValueHistogram(registry.makeValueHistogram(name: "albdoctor_probe_phase_duration_seconds", labels: base + [("phase", phase)], buckets: Self.buckets))
        }
        registry.unregisterGauge(registry.makeGauge(name: "albdoctor_probe_certificate_expiry_timestamp_seconds", labels: base))
        registry.unregisterGauge(registry.makeGauge(name: "albdoctor_probe_consecutive_failures", labels: base))
        for key in findings.map(FindingKey.init) where key.address == address.description { registry.unregisterGauge(findingGauge(target: target, key)) }
    }

    /// Removes a target that left the configuration.
    public func drop(target: String, state: TargetState) {
        for address in state.addresses { drop(target: target, address: address.address, family: address.address.family, findings: state.findings) }
        registry.unregisterGauge(registry.makeGauge(name: "albdoctor_target_addresses", labels: [("target", target)]))
        registry.unregisterCounter(registry.makeCounter(name: "albdoctor_target_rounds_total", labels: [("target", target)]))
        registry.unregisterGauge(registry.makeGauge(name: "albdoctor_target_resolution_success", labels: [("target", target)]))
    }

    /// The text format (`/metrics`).
    public func exposition() -> String { registry.emitToString() }

    private struct FindingKey: Hashable {
        var address: String
        var rule: String
        var severity: String
        init(_ finding: Finding) {
            address = finding.subject
            rule = finding.ruleID
            severity = finding.severity.rawValue
        }
    }

    private func findingGauge(target: String, _ key: FindingKey) -> Gauge {
        registry.makeGauge(name: "albdoctor_probe_finding", labels: [("target", target), ("address", key.address), ("rule", key.rule), ("severity", key.severity)],
                           help: "1 for each probe finding of the last round (rule id and severity as in `albdoctor rules`).")
    }

    private static func epoch(_ iso: String) -> Double? {
        ISO8601DateFormatter().date(from: iso).map(\.timeIntervalSince1970)
    }
}
