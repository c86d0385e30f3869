public import ALBLogs
public import Localization
internal import Reports
internal import TextWidth

/// The sections of `albdoctor logs` as text, before the findings.
public enum LogAnalysisText {
    public static func render(_ analysis: LogAnalysis, colour: Bool, language: Language = .en) -> String {
        func text(_ entry: LogReportText) -> String { entry.text(in: language) }
        let style = TerminalStyle(enabled: colour)
        var out = ""
        let input = analysis.input
        out += style.bold(text(.inputHeading)) + ": " + text(.inputSummary(
            files: input.files, bytes: input.bytes, lines: input.lines, accessEntries: input.accessEntries, connectionEntries: input.connectionEntries,
            first: input.firstTime?.description, last: input.lastTime?.description))
        out += "\n"
        if input.filteredOut > 0 { out += "  " + text(.filteredOut(input.filteredOut)) + "\n" }
        if input.malformedLines > 0 {
            out += "  " + style.severity(.warning, text(.malformedLines(input.malformedLines))) + text(.malformedFirst) + "\n"
            for sample in input.malformedSamples { out += "    \(sample.file):\(sample.line): \(sample.reason(language))\n" }
        }
        if !input.skippedFiles.isEmpty { out += "  " + text(.skippedFiles(count: input.skippedFiles.count, example: input.skippedFiles[0])) + "\n" }
        for problem in input.problems { out += "  " + style.severity(.warning, text(.readInPart)) + ": \(problem.text(language))\n" }

        let orphans = analysis.orphanRedirects
        out += "\n" + style.bold(text(.orphanRedirectsHeading)) + text(.orphanRedirectsSummary(
            window: orphans.windowSeconds, orphanClients: orphans.orphanClients, redirectedClients: orphans.redirectedClients,
            percent: Int((orphans.share * 100).rounded()), orphanRedirects: orphans.orphanRedirects, redirects: orphans.redirects)) + "\n"
        for client in orphans.clients.prefix(20) {
            out += "  \(client.time)  \(client.client)  → \(client.redirectURL ?? "-")  \(client.userAgent ?? "-")\n"
        }
        if orphans.clients.count > 20 { out += "  " + text(.moreClients(orphans.clients.count - 20)) + "\n" }
        if !orphans.perFiveMinutes.isEmpty {
            out += "  " + text(.perFiveMinutes) + ": "
            out += orphans.perFiveMinutes.prefix(12).map { "\($0.start.description.prefix(16)) \($0.count)" }.joined(separator: ", ") + (orphans.perFiveMinutes.count > 12 ? ", …" : "") + "\n"
        }

        let tls = analysis.tlsFailures
        out += "\n" + style.bold(text(.tlsFailuresHeading)) + ": " + text(.failedConnections(failures: tls.failures, connections: tls.connections))
        if tls.connections == 0 { out += text(.noConnectionLogsGiven) }
        out += "\n"
        if !tls.byCode.isEmpty {
            out += "  " + text(.byCode) + ": "
            out += tls.byCode.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        if !tls.byListenerPort.isEmpty {
            out += "  " + text(.byListenerPort) + ": "
            out += tls.byListenerPort.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        if !tls.byNode.isEmpty {
            out += "  " + text(.byNode) + ": "
            out += tls.byNode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        for client in tls.clients.prefix(10) { out += "  \(client.client)  \(client.count)  \(client.codes.joined(separator: ", "))\n" }
        if tls.connectionsWithoutRequest > 0 {
            out += "  " + text(.connectionsWithoutRequest(connections: tls.connectionsWithoutRequest, clients: tls.clientsWithoutRequest.count)) + "\n"
        }

        let errors = analysis.errors
        out += "\n" + style.bold(text(.errorsHeading)) + ": " + text(.requests(errors.requests))
        if !errors.loadBalancerStatus.isEmpty {
            out += text(.answeredByLoadBalancer) + ": "
            out += errors.loadBalancerStatus.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        out += "\n"
        if !errors.errorReasons.isEmpty {
            out += "  " + text(.errorReasons) + ": "
            out += errors.errorReasons.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }
        if let p50 = errors.targetProcessingMilliseconds["p50"] {
            let p90 = format(errors.targetProcessingMilliseconds["p90"] ?? 0), p99 = format(errors.targetProcessingMilliseconds["p99"] ?? 0)
            out += "  " + text(.targetProcessingTime(p50: format(p50), p90: p90, p99: p99)) + "\n"
        }
        if !errors.requestsPerNode.isEmpty {
            out += "  " + text(.requestsPerNode) + ": "
            out += errors.requestsPerNode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        }

        if let timeline = analysis.client {
            out += "\n" + style.bold(text(.clientTimelineHeading)) + text(.timelineEntries(timeline.count)) + "\n"
            for entry in timeline { out += "  \(entry.time)  \(entry.log.padded(to: 10))  \(entry.summary)\n" }
        }
        return out + "\n"
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
