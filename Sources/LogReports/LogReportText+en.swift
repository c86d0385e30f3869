internal import Localization

extension LogReportText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .inputHeading: "Input"
        case .orphanRedirectsHeading: "Orphan redirects"
        case .tlsFailuresHeading: "TLS failures"
        case .errorsHeading: "Errors"
        case .clientTimelineHeading: "Client timeline"
        case .inputSummary(let files, let bytes, let lines, let accessEntries, let connectionEntries, let first, let last):
            "\(files) file\(files == 1 ? "" : "s"), \(bytes) bytes, \(lines) lines: \(accessEntries) access and \(connectionEntries) connection entries"
                + (first.map { ", \($0) – \(last ?? "?")" } ?? "")
        case .filteredOut(let count): "\(count) entries outside --since/--until"
        case .malformedLines(let count): "\(count) malformed lines"
        case .malformedFirst: ", the first:"
        case .skippedFiles(let count, let example): "\(count) files skipped (not ALB logs), e.g. \(example)"
        case .readInPart: "read in part"
        case .orphanRedirectsSummary(let window, let orphanClients, let redirectedClients, let percent, let orphanRedirects, let redirects):
            " (redirected to HTTPS, no encrypted request within \(window) s): \(orphanClients) of \(redirectedClients) redirected clients (\(percent)%), \(orphanRedirects) of \(redirects) redirects"
        case .moreClients(let count): "… \(count) more (--format json lists all)"
        case .perFiveMinutes: "per 5 minutes"
        case .byCode: "by code"
        case .byListenerPort: "by listener port"
        case .byNode: "by node"
        case .errorReasons: "error reasons"
        case .requestsPerNode: "requests per node"
        case .failedConnections(let failures, let connections): "\(failures) of \(connections) connections"
        case .noConnectionLogsGiven: " (no connection logs given: failed handshakes are invisible in access logs)"
        case .connectionsWithoutRequest(let connections, let clients): "connections without any logged request: \(connections) from \(clients) clients"
        case .requests(let count): "\(count) requests"
        case .answeredByLoadBalancer: "; answered by the load balancer itself"
        case .targetProcessingTime(let p50, let p90, let p99): "target processing time: p50 \(p50) ms, p90 \(p90) ms, p99 \(p99) ms"
        case .timelineEntries(let count): " (\(count) entries)"
        case .timelineHeading: "Timeline"
        case .timelineLabel: "timeline"
        case .noEntries: "No entries."
        case .allNodes: "all nodes"
        case .orphanedRedirectsAt(let node, let time, let count): "\(node) \(time): \(count) orphaned redirects"
        case .failedHandshakesAt(let node, let time, let count): "\(node) \(time): \(count) failed TLS handshakes"
        case .axisNote(let day): "UTC, \(day); 5 minutes per pair of bars"
        case .legendLead: "Per 5 minutes and node: "
        case .legendOrphans: "■ redirected clients who never arrived"
        case .legendFailures: "■ failed TLS handshakes"
        case .tallestBar(let peak): " (tallest bar: \(peak))"
        case .nodesHeading: "Nodes"
        case .nodesSummary(let files, let lines, let requests, let connections, let malformed):
            "\(files) files, \(lines) lines, \(requests) requests, \(connections) connections, \(malformed) malformed"
        case .nodeColumn: "node"
        case .accessFilesColumn: "access files"
        case .connectionFilesColumn: "connection files"
        case .requestsColumn: "requests"
        case .connectionsColumn: "connections"
        case .orphanedRedirectsColumn: "orphaned redirects"
        case .failedTLSColumn: "failed TLS"
        case .firstColumn: "first"
        case .lastColumn: "last"
        }
    }
}
