public import ALBLogs
internal import Reports
internal import TextWidth

/// The sections of `albdoctor logs` as text, before the findings.
public enum LogAnalysisText {
    public static func render(_ analysis: LogAnalysis, colour: Bool) -> String {
        let style = TerminalStyle(enabled: colour)
        var out = ""
        let input = analysis.input
        out += style.bold("Input") + ": \(input.files) file\(input.files == 1 ? "" : "s"), \(input.bytes) bytes, \(input.lines) lines: \(input.accessEntries) access and \(input.connectionEntries) connection entries"
        out += input.firstTime.map { ", \($0) – \(input.lastTime?.description ?? "?")" } ?? ""
        out += "\n"
        if input.filteredOut > 0 { out += "  \(input.filteredOut) entries outside --since/--until\n" }
        if input.malformedLines > 0 {
            out += "  " + style.severity(.warning, "\(input.malformedLines) malformed lines") + ", the first:\n"
            for sample in input.malformedSamples { out += "    \(sample.file):\(sample.line): \(sample.reason)\n" }
        }
        if !input.skippedFiles.isEmpty { out += "  \(input.skippedFiles.count) files skipped (not ALB logs), e.g. \(input.skippedFiles[0])\n" }
        for problem in input.problems { out += "  " + style.severity(.warning, "read in part") + ": \(problem)\n" }

        let orphans = analysis.orphanRedirects
        out += "\n" + style.bold("Orphan redirects") + " (redirected to HTTPS, no encrypted request within \(orphans.windowSeconds) s): "
        out += "\(orphans.orphanClients) of \(orphans.redirectedClients) redirected clients (\(Int((orphans.share * 100).rounded()))%), \(orphans.orphanRedirects) of \(orphans.redirects) redirects\n"
        for client in orphans.clients.prefix(20) {
            out += "  \(client.time)  \(client.client)  → \(client.redirectURL ?? "-")  \(client.userAgent ?? "-")\n"
        }
        if orphans.clients.count > 20 { out += "  … \(orphans.clients.count - 20) more (--format json lists all)\n" }
        if !orphans.perFiveMinutes.isEmpty {
            out += "  per 5 minutes: " + orphans.perFiveMinutes.prefix(12).map { "\($0.start.description.prefix(16)) \($0.count)" }.joined(separator: ", ") + (orphans.perFiveMinutes.count > 12 ? ", …" : "") + "\n"
        }

        let tls = analysis.tlsFailures
        out += "\n" + style.bold("TLS failures") + ": \(tls.failures) of \(tls.connections) connections"
        if tls.connections == 0 { out += " (no connection logs given: failed handshakes are invisible in access logs)" }
        out += "\n"
        if !tls.byCode.isEmpty { out += "  by code: " + tls.byCode.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n" }
        if !tls.byListenerPort.isEmpty { out += "  by listener port: " + tls.byListenerPort.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n" }
        if !tls.byNode.isEmpty { out += "  by node: " + tls.byNode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n" }
        for client in tls.clients.prefix(10) { out += "  \(client.client)  \(client.count)  \(client.codes.joined(separator: ", "))\n" }
        if tls.connectionsWithoutRequest > 0 {
            out += "  connections without any logged request: \(tls.connectionsWithoutRequest) from \(tls.clientsWithoutRequest.count) clients\n"
        }

        let errors = analysis.errors
        out += "\n" + style.bold("Errors") + ": \(errors.requests) requests"
        if !errors.loadBalancerStatus.isEmpty {
            out += "; answered by the load balancer itself: " + errors.loadBalancerStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        out += "\n"
        if !errors.errorReasons.isEmpty { out += "  error reasons: " + errors.errorReasons.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n" }
        if let p50 = errors.targetProcessingMilliseconds["p50"] {
            out += "  target processing time: p50 \(format(p50)) ms, p90 \(format(errors.targetProcessingMilliseconds["p90"] ?? 0)) ms, p99 \(format(errors.targetProcessingMilliseconds["p99"] ?? 0)) ms\n"
        }
        if !errors.requestsPerNode.isEmpty { out += "  requests per node: " + errors.requestsPerNode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n" }

        if let timeline = analysis.client {
            out += "\n" + style.bold("Client timeline") + " (\(timeline.count) entries)\n"
            for entry in timeline { out += "  \(entry.time)  \(entry.log.padded(to: 10))  \(entry.summary)\n" }
        }
        return out + "\n"
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
