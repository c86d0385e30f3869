import Localization
import LogReports
import Testing
import _TestSupport

/// The logs' sections' words: every key in both languages with the values it shows.
@Suite struct LogReportTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: LogReportText) -> [(LogReportText, [String])] {
        switch entry {
        case .inputHeading, .orphanRedirectsHeading, .errorsHeading, .clientTimelineHeading, .malformedFirst, .readInPart, .errorReasons,
             .requestsPerNode, .byCode, .byListenerPort, .byNode, .timelineHeading, .timelineLabel, .noEntries, .allNodes, .legendOrphans, .nodesHeading:
            [(.inputHeading, []), (.orphanRedirectsHeading, []), (.errorsHeading, []), (.clientTimelineHeading, []), (.malformedFirst, [":"]),
             (.readInPart, []), (.errorReasons, []), (.requestsPerNode, []), (.byCode, []), (.byListenerPort, []), (.byNode, []),
             (.timelineHeading, []), (.timelineLabel, []), (.noEntries, []), (.allNodes, []), (.legendOrphans, ["■"]), (.nodesHeading, [])]
        case .tlsFailuresHeading, .legendFailures, .noConnectionLogsGiven:
            [(.tlsFailuresHeading, ["TLS"]), (.legendFailures, ["■", "TLS"]), (.noConnectionLogsGiven, [])]
        case .perFiveMinutes, .legendLead: [(.perFiveMinutes, ["5"]), (.legendLead, ["5", ": "])]
        case .inputSummary:
            [(.inputSummary(files: 3, bytes: 4096, lines: 1234, accessEntries: 1200, connectionEntries: 29, first: "2026-11-27T18:00:00Z", last: "2026-11-27T19:00:00Z"),
              ["3", "4096", "1234", "1200", "29", "2026-11-27T18:00:00Z – 2026-11-27T19:00:00Z"]),
             (.inputSummary(files: 1, bytes: 4096, lines: 1234, accessEntries: 1200, connectionEntries: 29, first: "2026-11-27T18:00:00Z", last: nil),
              ["2026-11-27T18:00:00Z – ?"]),
             (.inputSummary(files: 1, bytes: 4096, lines: 1234, accessEntries: 1200, connectionEntries: 29, first: nil, last: nil), ["4096"])]
        case .filteredOut: [(.filteredOut(17), ["17", "--since/--until"])]
        case .malformedLines: [(.malformedLines(17), ["17"])]
        case .skippedFiles: [(.skippedFiles(count: 17, example: "notesX1.txt"), ["17", "notesX1.txt", "ALB"])]
        case .orphanRedirectsSummary:
            [(.orphanRedirectsSummary(window: 180, orphanClients: 17, redirectedClients: 230, percent: 7, orphanRedirects: 19, redirects: 260),
              ["180", "17", "230", "7%", "19", "260", "HTTPS"])]
        case .moreClients: [(.moreClients(17), ["17", "--format json"])]
        case .failedConnections: [(.failedConnections(failures: 17, connections: 230), ["17", "230"])]
        case .connectionsWithoutRequest: [(.connectionsWithoutRequest(connections: 17, clients: 9), ["17", "9"])]
        case .requests: [(.requests(17), ["17"])]
        case .answeredByLoadBalancer: [(.answeredByLoadBalancer, [])]
        case .targetProcessingTime: [(.targetProcessingTime(p50: "12", p90: "34.5", p99: "678"), ["p50 12 ms", "p90 34.5 ms", "p99 678 ms"])]
        case .timelineEntries: [(.timelineEntries(17), ["17"])]
        case .orphanedRedirectsAt: [(.orphanedRedirectsAt(node: "203.0.113.77", time: "2026-11-27T18:05", count: 17), ["203.0.113.77 2026-11-27T18:05: ", "17"])]
        case .failedHandshakesAt: [(.failedHandshakesAt(node: "203.0.113.77", time: "2026-11-27T18:05", count: 17), ["203.0.113.77 2026-11-27T18:05: ", "17", "TLS"])]
        case .axisNote: [(.axisNote(day: "2026-11-27"), ["UTC", "2026-11-27", "5"])]
        case .tallestBar: [(.tallestBar(17), ["17"])]
        case .nodesSummary: [(.nodesSummary(files: 3, lines: 1234, requests: 1200, connections: 29, malformed: 5), ["3", "1234", "1200", "29", "5"])]
        case .nodeColumn, .accessFilesColumn, .connectionFilesColumn, .requestsColumn, .connectionsColumn, .orphanedRedirectsColumn, .firstColumn, .lastColumn:
            [(.nodeColumn, []), (.accessFilesColumn, []), (.connectionFilesColumn, []), (.requestsColumn, []), (.connectionsColumn, []),
             (.orphanedRedirectsColumn, []), (.firstColumn, []), (.lastColumn, [])]
        case .failedTLSColumn: [(.failedTLSColumn, ["TLS"])]
        }
    }

    @Test func everyKey() {
        let keys: [LogReportText] = [
            .inputHeading, .tlsFailuresHeading, .perFiveMinutes,
            .inputSummary(files: 0, bytes: 0, lines: 0, accessEntries: 0, connectionEntries: 0, first: nil, last: nil), .filteredOut(0),
            .malformedLines(0), .skippedFiles(count: 0, example: ""),
            .orphanRedirectsSummary(window: 0, orphanClients: 0, redirectedClients: 0, percent: 0, orphanRedirects: 0, redirects: 0), .moreClients(0),
            .failedConnections(failures: 0, connections: 0), .connectionsWithoutRequest(connections: 0, clients: 0), .requests(0), .answeredByLoadBalancer,
            .targetProcessingTime(p50: "", p90: "", p99: ""), .timelineEntries(0), .orphanedRedirectsAt(node: "", time: "", count: 0),
            .failedHandshakesAt(node: "", time: "", count: 0), .axisNote(day: ""), .tallestBar(0),
            .nodesSummary(files: 0, lines: 0, requests: 0, connections: 0, malformed: 0), .nodeColumn, .failedTLSColumn,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        // One key stands for the keys its `samples` arm groups: the cases sampled are what counts.
        checkEveryCase(keys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/LogReports/LogReportText.swift")
    }

    /// The English lines are the ones the analyses always had.
    @Test func englishLines() {
        #expect(LogReportText.inputSummary(files: 1, bytes: 10, lines: 2, accessEntries: 2, connectionEntries: 0, first: "t1", last: nil).english
            == "1 file, 10 bytes, 2 lines: 2 access and 0 connection entries, t1 – ?")
        #expect(LogReportText.orphanRedirectsSummary(window: 180, orphanClients: 1, redirectedClients: 4, percent: 25, orphanRedirects: 1, redirects: 5).english
            == " (redirected to HTTPS, no encrypted request within 180 s): 1 of 4 redirected clients (25%), 1 of 5 redirects")
    }
}

@Suite struct ProgressTextTests {
    static func samples(_ entry: ProgressText) -> [(ProgressText, [String])] {
        switch entry {
        case .reading:
            [(.reading(filesDone: 17, files: 23, megabytesDone: 1.25, megabytes: 9.5, megabytesPerSecond: 3.75, secondsLeft: 41), ["17/23", "1.2", "9.5", "3.8", "41", "MB"])]
        }
    }

    @Test func theProgressLine() {
        let keys: [ProgressText] = [.reading(filesDone: 0, files: 0, megabytesDone: 0, megabytes: 0, megabytesPerSecond: 0, secondsLeft: 0)]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/LogReports/ProgressText.swift")
        #expect(ProgressText.reading(filesDone: 1, files: 2, megabytesDone: 0.5, megabytes: 1, megabytesPerSecond: 2, secondsLeft: 3).english
            == "1/2 files  0.5/1.0 MB  2.0 MB/s  3s left")
    }
}
