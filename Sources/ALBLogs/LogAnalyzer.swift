internal import Foundation

/// Reads every source on all cores — decompressing and parsing files in parallel — and feeds the
/// results, in the files' time order, to the cross-file analyses.
public struct LogAnalyzer: Sendable {
    public struct Options: Sendable {
        /// Seconds a redirected client has to arrive over HTTPS.
        public var window: Int64 = 180
        /// Seconds a connection may carry requests after it was opened: the conn_trace_id join
        /// decides a connection carried none only after this (an hour: ALB's default client
        /// keep-alive; its idle timeout goes up to 4,000 s).
        public var connectionWindow: Int64 = 3600
        /// Entries before this instant are left out.
        public var since: LogTime?
        /// Entries after this instant are left out.
        public var until: LogTime?
        public var client: ClientAddress?
        public var concurrency = max(1, ProcessInfo.processInfo.activeProcessorCount)

        public init() {}
    }

    /// How far the reading is, for a progress bar.
    public struct Progress: Sendable {
        public var filesDone: Int
        public var files: Int
        public var bytesDone: Int
        public var bytes: Int
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    /// How far an entry may lie before the start of its file's interval (clock skew, slow responses).
    static let skew: Int64 = 60_000_000

    public func analyse(_ sources: [LogSource], skipped: [String], progress: (@Sendable (Progress) -> Void)? = nil) async -> LogAnalysis {
        // The conn_trace_id join needs both logs; a file whose name does not tell may hold either.
        let collectTraces = sources.contains { $0.name.isConnectionLog || $0.name.endTime == nil }
            && sources.contains { !$0.name.isConnectionLog || $0.name.endTime == nil }
        let processor = FileProcessor(since: options.since?.microseconds, until: options.until?.microseconds, client: options.client, collectTraces: collectTraces)
        let sizes = sources.map { source -> Int in
            switch source.location {
            case .file(let path): ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
            case .remote(let remote): remote.size
            case .standardInput: 0
            }
        }
        let totalBytes = sizes.reduce(0, +)
        var merged = Merged(options: options, files: sources.count, skipped: skipped)

        let concurrency = max(1, options.concurrency)
        await withTaskGroup(of: (Int, FileResult).self) { group in
            var nextToStart = 0
            var nextToMerge = 0
            var finished: [Int: FileResult] = [:]
            var bytesDone = 0
            while nextToStart < min(concurrency, sources.count) {
                let index = nextToStart
                group.addTask { (index, await Self.run(processor, sources[index])) }
                nextToStart += 1
            }
            for await (index, result) in group {
                finished[index] = result
                bytesDone += sizes[index]
                if nextToStart < sources.count {
                    let start = nextToStart
                    group.addTask { (start, await Self.run(processor, sources[start])) }
                    nextToStart += 1
                }
                while let ready = finished.removeValue(forKey: nextToMerge) {
                    merged.add(ready, next: nextToMerge + 1 < sources.count ? sources[nextToMerge + 1] : nil)
                    nextToMerge += 1
                }
                progress?(Progress(filesDone: nextToMerge, files: sources.count, bytesDone: bytesDone, bytes: totalBytes))
            }
        }
        return merged.finish()
    }

    /// The files' results merged in the files' time order: the cross-file analyses and the totals.
    /// A struct changed in place, not variables captured by a nested function (those would be
    /// boxed and checked for exclusive access at run time on every event).
    private struct Merged {
        let options: Options
        var orphans: OrphanTracker
        var join: ConnectionJoin
        var errors = ErrorsAggregate()
        var tls = TLSAggregate()
        var input: LogAnalysis.Input
        var followed: [LogRecord] = []
        var firstTime = Int64.max
        var lastTime = Int64.min
        var nodes: [String: LogAnalysis.NodeActivity] = [:]
        var lastAdvance = Int64.min

        init(options: Options, files: Int, skipped: [String]) {
            self.options = options
            orphans = OrphanTracker(window: options.window * 1_000_000)
            join = ConnectionJoin(window: options.connectionWindow * 1_000_000, slack: LogFileName.interval + LogAnalyzer.skew)
            input = LogAnalysis.Input(files: files, bytes: 0, lines: 0, accessEntries: 0, connectionEntries: 0, filteredOut: 0,
                                      malformedLines: 0, malformedSamples: [], skippedFiles: skipped, problems: [], firstTime: nil, lastTime: nil)
        }

        mutating func add(_ result: FileResult, next: LogSource?) {
            input.bytes += result.bytes
            input.lines += result.lines
            input.accessEntries += result.accessRecords
            input.connectionEntries += result.connectionRecords
            input.filteredOut += result.filteredOut
            input.malformedLines += result.malformed
            if input.malformedSamples.count < FileProcessor.sampleLimit {
                input.malformedSamples += result.samples.prefix(FileProcessor.sampleLimit - input.malformedSamples.count)
            }
            if let problem = result.problem { input.problems.append(LogAnalysis.FileProblem(file: result.source, problem: problem)) }
            firstTime = min(firstTime, result.firstTime)
            lastTime = max(lastTime, result.lastTime)
            nodes[result.node, default: .init(node: result.node)].add(result)
            errors.merge(result.errors)
            tls.merge(result.tls)
            followed += result.followed
            for redirect in result.redirects { orphans.redirect(redirect) }
            for arrival in result.arrivals { orphans.arrival(client: arrival.client, time: arrival.time) }
            for trace in result.connectionTraces { join.connection(traceID: trace.id, client: trace.client, time: trace.time) }
            for trace in result.requestTraces { join.request(traceID: trace.id, time: trace.time) }
            // Later files end later: nothing older than the next file's interval can still come.
            if let end = next?.name.endTime?.microseconds {
                let watermark = end - LogFileName.interval - LogAnalyzer.skew
                if watermark >= lastAdvance + 60_000_000 {
                    orphans.advance(to: watermark)
                    join.advance(to: watermark)
                    lastAdvance = watermark
                }
            }
        }

        mutating func finish() -> LogAnalysis {
            orphans.finish()
            join.finish()
            if firstTime != Int64.max { input.firstTime = LogTime(microseconds: firstTime) }
            if lastTime != Int64.min { input.lastTime = LogTime(microseconds: lastTime) }
            return LogAnalysis(
                input: input,
                orphanRedirects: LogAnalyzer.orphanSection(orphans, window: options.window),
                tlsFailures: LogAnalyzer.tlsSection(tls, join: join),
                errors: LogAnalyzer.errorsSection(errors, nodes: nodes.values),
                client: options.client.map { _ in LogAnalyzer.timeline(followed) },
                nodes: nodes.values.sorted { $0.node < $1.node })
        }
    }

    /// Parses a file on a Dispatch thread: CPU-bound work kept off Swift's cooperative pool, so
    /// merging results (which runs there) overlaps with parsing instead of waiting for a free thread.
    /// A remote source is fetched first, on the pool, so several downloads overlap with parsing.
    private static func run(_ processor: FileProcessor, _ source: LogSource) async -> FileResult {
        var contents: Result<[UInt8], any Error>?
        if case .remote(let remote) = source.location {
            do { contents = .success(try await remote.fetch()) } catch { contents = .failure(error) }
        }
        return await withCheckedContinuation { [contents] continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: processor.process(source, contents: contents)) }
        }
    }

    private static func orphanSection(_ tracker: OrphanTracker, window: Int64) -> LogAnalysis.OrphanRedirects {
        let orphanClients = Set(tracker.orphans.map(\.client))
        var buckets: [Int64: Int] = [:]
        for orphan in tracker.orphans { buckets[orphan.time / LogFileName.interval * LogFileName.interval, default: 0] += 1 }
        return LogAnalysis.OrphanRedirects(
            windowSeconds: Int(window), redirects: tracker.redirectCount, redirectedClients: tracker.redirectedClientCount,
            orphanRedirects: tracker.orphans.count, orphanClients: orphanClients.count,
            share: tracker.redirectedClientCount == 0 ? 0 : Double(orphanClients.count) / Double(tracker.redirectedClientCount),
            clients: tracker.orphans.map {
                LogAnalysis.OrphanClient(client: $0.client.description, time: LogTime(microseconds: $0.time), userAgent: $0.userAgent, redirectURL: $0.url, node: $0.node)
            },
            perFiveMinutes: buckets.sorted { $0.key < $1.key }.map { LogAnalysis.Bucket(start: LogTime(microseconds: $0.key), count: $0.value) })
    }

    private static func tlsSection(_ tls: TLSAggregate, join: ConnectionJoin) -> LogAnalysis.TLSFailures {
        LogAnalysis.TLSFailures(
            connections: tls.connections, failures: tls.failures, byCode: tls.byCode,
            byListenerPort: Dictionary(uniqueKeysWithValues: tls.byPort.map { (String($0.key), $0.value) }), byNode: tls.byNode,
            clients: tls.byClient.map { LogAnalysis.TLSClient(client: $0.key.description, count: $0.value.count, codes: $0.value.codes.sorted()) }
                .sorted { $0.count == $1.count ? $0.client < $1.client : $0.count > $1.count },
            connectionsWithoutRequest: join.silentByClient.values.reduce(0, +),
            clientsWithoutRequest: join.silentByClient.map { LogAnalysis.SilentClient(client: $0.key.description, connections: $0.value) }
                .sorted { $0.connections == $1.connections ? $0.client < $1.client : $0.connections > $1.connections },
            perFiveMinutes: tls.byNodeAndInterval.map { LogAnalysis.NodeBucket(node: $0.key.node, start: LogTime(microseconds: $0.key.start), count: $0.value) }
                .sorted { ($0.start, $0.node) < ($1.start, $1.node) })
    }

    /// The errors section; requests per node are the nodes' access entries (each file is one node's).
    private static func errorsSection(_ errors: ErrorsAggregate, nodes: some Sequence<LogAnalysis.NodeActivity>) -> LogAnalysis.Errors {
        var percentiles: [String: Double] = [:]
        for (name, value) in [("p50", 50.0), ("p90", 90.0), ("p99", 99.0)] {
            if let milliseconds = errors.targetTimeMilliseconds(value) { percentiles[name] = milliseconds }
        }
        return LogAnalysis.Errors(
            requests: errors.requests,
            loadBalancerStatus: Dictionary(uniqueKeysWithValues: errors.generatedStatus.map { (String($0.key), $0.value) }),
            errorReasons: errors.errorReasons, targetProcessingMilliseconds: percentiles,
            requestsPerNode: Dictionary(uniqueKeysWithValues: nodes.filter { $0.accessEntries > 0 }.map { ($0.node, $0.accessEntries) }))
    }

    private static func timeline(_ records: [LogRecord]) -> [LogAnalysis.FollowedEntry] {
        records.map { record -> (Int64, LogAnalysis.FollowedEntry) in
            switch record {
            case .access(let access):
                let status = access.elbStatus.map(String.init) ?? "-"
                let what = access.isRedirect ? "redirected to \(access.redirectURL ?? "?")" : (access.request ?? access.kind.rawValue)
                return (access.time, .init(time: LogTime(microseconds: access.time), log: "access", summary: "\(access.kind.rawValue) \(status) \(what)"))
            case .connection(let connection):
                let summary = "TLS \(connection.tlsProtocol ?? "-") port \(connection.listenerPort.map(String.init) ?? "-") \(connection.verifyStatus)"
                return (connection.time, .init(time: LogTime(microseconds: connection.time), log: "connection", summary: summary))
            }
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
