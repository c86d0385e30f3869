internal import Addresses
internal import Foundation
internal import NIOCore
internal import NIOSSL

/// Resolves a URL's host and probes every address, concurrently, round after round.
public struct Prober: Sendable {
    public let options: ProbeOptions
    private let connection: ConnectionProbe
    private let inspector: ChainInspector
    /// The `--dns` server's client, read once; nil for the system resolver.
    private let dnsResolver: DNSResolver?

    public init(options: ProbeOptions) throws(ResolutionError) {
        self.options = options
        dnsResolver = try options.dnsServer.map { server throws(ResolutionError) in try DNSResolver(server: server, timeout: options.timeout) }
        let context: NIOSSLContext
        do {
            context = try ConnectionProbe.makeTLSContext()
        } catch {
            throw ResolutionError(.cannotSetUpTLS(reason: "\(error)"))
        }
        connection = ConnectionProbe(tlsContext: context, connectTimeout: options.connectTimeout, timeout: options.timeout, userAgent: options.userAgent)
        inspector = ChainInspector(roots: options.roots)
    }

    /// Every A and AAAA address of the target's host (or the given addresses, or the IP literal).
    public func resolve(_ target: ProbeTarget) async throws(ResolutionError) -> Resolution {
        if !options.addresses.isEmpty {
            return Resolution(source: "--address", answers: options.addresses.map { .init(address: $0, ttl: nil, seenInRounds: 1) }, cnames: [], rounds: 1, ms: 0)
        }
        if let literal = IPAddress(target.host) {
            return Resolution(source: "IP literal", answers: [.init(address: literal, ttl: nil, seenInRounds: 1)], cnames: [], rounds: 1, ms: 0)
        }
        let types: [DNSMessage.RecordType] = switch options.family {
        case .ipv4: [.a]
        case .ipv6: [.aaaa]
        case nil: [.a, .aaaa]
        }
        var resolution: Resolution
        if let resolver = dnsResolver {
            var rounds: [[DNSMessage.Record]] = []
            var cnames: [String] = []
            var failures: [Resolution.FamilyFailure] = []
            var firstMs = 0.0
            for round in 0..<max(1, options.dnsRounds) {
                let start = ContinuousClock.now
                let answer = try await resolver.lookup(target.host, types: types)
                if round == 0 { firstMs = (ContinuousClock.now - start).milliseconds }
                rounds.append(answer.records)
                for name in answer.cnames where !cnames.contains(name) { cnames.append(name) }
                for failure in answer.failures {
                    let recordType = failure.type == .a ? "A" : "AAAA"
                    if !failures.contains(where: { $0.recordType == recordType }) {
                        failures.append(.init(recordType: recordType, reason: failure.error.localizedMessage))
                    }
                }
            }
            resolution = Resolution.union(source: resolver.server, rounds: rounds, cnames: cnames, ms: firstMs, failures: failures)
        } else {
            let start = ContinuousClock.now
            let families: [IPAddress.Family] = options.family.map { [$0] } ?? [.ipv4, .ipv6]
            let found = try await SystemResolver(timeout: options.timeout).lookup(target.host, families: families)
            resolution = Resolution(source: "system resolver", answers: found.addresses.sorted().map { .init(address: $0, ttl: nil, seenInRounds: 1) },
                                    cnames: found.canonicalName.map { [$0] } ?? [], rounds: 1, ms: (ContinuousClock.now - start).milliseconds, failures: found.failures)
        }
        if let family = options.family { resolution.answers.removeAll { $0.address.family != family } }
        guard !resolution.answers.isEmpty else {
            let recordTypes = options.family == .ipv4 ? ["A"] : options.family == .ipv6 ? ["AAAA"] : ["A", "AAAA"]
            throw ResolutionError(.noRecords(host: target.host, recordTypes: recordTypes, source: resolution.source))
        }
        return resolution
    }

    /// Probes every address of the resolution for `rounds` (or until `shouldStop`), calling
    /// `progress` with the report so far after each round.
    public func probe(
        _ target: ProbeTarget, resolution: Resolution,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (ProbeReport) -> Void = { _ in }
    ) async -> ProbeReport {
        var tallies = resolution.answers.map { AddressTally(url: target.url, address: $0.address) }
        var round = 0
        var verified: [[[UInt8]]: (chain: [CertificateSummary], verification: Verification?)] = [:]
        let ttls = Dictionary(uniqueKeysWithValues: resolution.answers.map { ($0.address, $0.ttl) })
        var report = ProbeReport(url: target.url, host: target.host, port: target.port, resolution: resolution, addresses: [], rounds: 0)
        while options.rounds.map({ round < $0 }) ?? true, !shouldStop() {
            if round > 0 {
                // Cancelled while waiting: the rounds end here with the report so far.
                do { try await Task.sleep(for: options.interval) } catch { break }
                if shouldStop() { break }
            }
            let results = await probeRound(target, addresses: tallies.map(\.address))
            for result in results {
                tallies[result.index].add(result.main.result, chain: result.main.chain, port80: result.port80)
            }
            round += max(1, options.triesPerRound)
            for tally in tallies where !tally.bestChain.isEmpty && verified[tally.bestChain] == nil {
                verified[tally.bestChain] = await inspector.inspect(tally.bestChain, host: target.host, at: Date())
            }
            report.addresses = tallies.compactMap { tally in
                tally.report(ttl: ttls[tally.address] ?? nil, dnsMs: resolution.ms, verified: verified[tally.bestChain])
            }
            report.rounds = round
            progress(report)
        }
        return report
    }

    /// Every try of one round, each address `triesPerRound` times at once (port 80 once per
    /// address), in address order.
    private func probeRound(_ target: ProbeTarget, addresses: [IPAddress]) async -> [(index: Int, main: (result: ConnectionResult, chain: [[UInt8]]), port80: ConnectionResult?)] {
        let tls = target.scheme == .https
        let checkPort80 = tls && options.checkPort80 && target.port == 443
        let tries = max(1, options.triesPerRound)
        return await withTaskGroup(of: (Int, Int, (result: ConnectionResult, chain: [[UInt8]])?, ConnectionResult?).self) { group in
            for (index, address) in addresses.enumerated() {
                for attempt in 0..<tries {
                    group.addTask {
                        let request = ConnectionProbe.Request(address: address, port: target.port, tls: tls, host: target.host, path: target.path)
                        return (index, attempt, await connection.run(request), nil)
                    }
                }
                if checkPort80 {
                    group.addTask {
                        let request = ConnectionProbe.Request(address: address, port: 80, tls: false, host: target.host, path: target.path)
                        return (index, 0, nil, await connection.run(request).result)
                    }
                }
            }
            var main: [Int: [Int: (result: ConnectionResult, chain: [[UInt8]])]] = [:]
            var port80: [Int: ConnectionResult] = [:]
            for await (index, attempt, result, result80) in group {
                if let result { main[index, default: [:]][attempt] = result }
                if let result80 { port80[index] = result80 }
            }
            return addresses.indices.flatMap { index in
                (0..<tries).compactMap { attempt in
                    main[index]?[attempt].map { (index, $0, attempt == 0 ? port80[index] : nil) }
                }
            }
        }
    }
}
