public import Findings

extension LogAnalysis {
    /// The findings a user acts on; the sections hold the detail.
    public var findings: [Finding] {
        var findings: [Finding] = []
        let orphans = orphanRedirects
        if orphans.orphanClients > 0 {
            let percent = Int((orphans.share * 100).rounded())
            let urls = Dictionary(grouping: orphans.clients.compactMap(\.redirectURL), by: { $0 }).max { $0.value.count < $1.value.count }?.key
            findings.append(LogFindingKinds.orphanRedirects.finding(
                message: "\(orphans.orphanClients) of \(orphans.redirectedClients) clients (\(percent)%) that the load balancer redirected to HTTPS sent no encrypted request within \(orphans.windowSeconds) s — the signature of a load-balancer node they cannot reach; run `albdoctor probe` on the site and `albdoctor aws` to find it.",
                subject: urls.map(Subject.url) ?? .logs(.httpsRedirects),
                related: orphans.clients.prefix(5).map { .client($0.client) },
                evidence: [
                    "orphaned redirects": "\(orphans.orphanRedirects) of \(orphans.redirects)",
                    "first": orphans.clients.first?.time.description ?? "-",
                    "last": orphans.clients.last?.time.description ?? "-",
                    "busiest 5 minutes": orphans.perFiveMinutes.max { $0.count < $1.count }.map { "\($0.start) (\($0.count))" } ?? "-",
                ]))
        }
        let tls = tlsFailures
        if tls.failures > 0 {
            let codes = tls.byCode.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            findings.append(LogFindingKinds.tlsFailures.finding(
                message: "\(tls.failures) of \(tls.connections) TLS connections from \(tls.clients.count) clients failed (\(codes)); access logs never show these clients.",
                subject: tls.clients.first.map { .client($0.client) } ?? .logs(.tlsConnections),
                related: tls.clients.prefix(5).map { .client($0.client) },
                evidence: Evidence(tls.byNode.sorted { $0.key < $1.key }.map { Evidence.Item(key: "failures on node \($0.key)", value: String($0.value)) })))
        }
        if tls.connectionsWithoutRequest > 0 {
            findings.append(LogFindingKinds.noRequest.finding(
                message: "\(tls.connectionsWithoutRequest) connections from \(tls.clientsWithoutRequest.count) clients appear in the connection logs but their conn_trace_id never appears in the access logs given: their handshake or first request failed.",
                subject: tls.clientsWithoutRequest.first.map { .client($0.client) } ?? .logs(.connections),
                related: tls.clientsWithoutRequest.prefix(5).map { .client($0.client) }))
        }
        for problem in input.problems {
            findings.append(LogFindingKinds.partialFile.finding(
                message: "\(problem).", subject: .file(String(problem.prefix { $0 != ":" }))))
        }
        return findings
    }
}
