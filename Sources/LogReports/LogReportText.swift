public import Localization

/// The words of the logs' analyses, in the terminal and in HTML reports: headings, labels,
/// counts and the timeline's legend. Times, addresses, codes, nodes and what the analyzer
/// writes itself (a malformed line's reason, a followed entry's summary) are shown as they are.
public enum LogReportText: CatalogEntry {
    /// The terminal's section headings.
    case inputHeading, orphanRedirectsHeading, tlsFailuresHeading, errorsHeading, clientTimelineHeading
    /// What was read: files, bytes, lines, entries of each log, and the first and last times.
    case inputSummary(files: Int, bytes: Int, lines: Int, accessEntries: Int, connectionEntries: Int, first: String?, last: String?)
    /// Entries left out by `--since`/`--until`.
    case filteredOut(Int)
    /// Lines that could not be read, and the label before the first of them.
    case malformedLines(Int)
    case malformedFirst
    /// Files that are not ALB logs: how many, and one of them.
    case skippedFiles(count: Int, example: String)
    /// The label of a file read only in part (the problem follows, as the reader wrote it).
    case readInPart
    /// After the orphan redirects' heading: what they are and how many.
    case orphanRedirectsSummary(window: Int, orphanClients: Int, redirectedClients: Int, percent: Int, orphanRedirects: Int, redirects: Int)
    /// The clients not listed.
    case moreClients(Int)
    /// Labels of lists of counts (each followed by `: ` and the list).
    case perFiveMinutes, byCode, byListenerPort, byNode, errorReasons, requestsPerNode
    /// After the TLS failures' heading: how many of the connections failed; and what it adds
    /// when no connection logs were given.
    case failedConnections(failures: Int, connections: Int)
    case noConnectionLogsGiven
    /// Connections whose trace never shows in the access logs, and from how many clients.
    case connectionsWithoutRequest(connections: Int, clients: Int)
    /// After the errors' heading: the requests; then the label of the codes the load balancer answered itself.
    case requests(Int)
    case answeredByLoadBalancer
    /// The targets' processing time percentiles, in milliseconds as written.
    case targetProcessingTime(p50: String, p90: String, p99: String)
    /// After the client timeline's heading: how many entries follow.
    case timelineEntries(Int)
    /// The HTML timeline: its heading, its accessible name, what it says without entries.
    case timelineHeading, timelineLabel, noEntries
    /// The row of clients whose node is not known.
    case allNodes
    /// A bar's tooltip: the node, the 5 minutes' start, the count.
    case orphanedRedirectsAt(node: String, time: String, count: Int)
    case failedHandshakesAt(node: String, time: String, count: Int)
    /// Under the time axis: the day, and what a pair of bars stands for.
    case axisNote(day: String)
    /// The legend above the timeline.
    case legendLead, legendOrphans, legendFailures
    case tallestBar(Int)
    /// The HTML nodes table: heading, summary line and columns.
    case nodesHeading
    case nodesSummary(files: Int, lines: Int, requests: Int, connections: Int, malformed: Int)
    case nodeColumn, accessFilesColumn, connectionFilesColumn, requestsColumn, connectionsColumn, orphanedRedirectsColumn, failedTLSColumn, firstColumn, lastColumn
}
