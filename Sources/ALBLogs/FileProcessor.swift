internal import Foundation

/// What one log file contributed: events for the cross-file analyses and partial counts.
struct FileResult: Sendable {
    struct Arrival: Sendable {
        var client: ClientAddress
        var time: Int64
    }

    var source: String
    var node: String
    var connectionLog = false
    var bytes = 0
    var lines = 0
    var records = 0
    var accessRecords = 0
    var connectionRecords = 0
    var filteredOut = 0
    var malformed = 0
    var samples: [LogAnalysis.MalformedLine] = []
    var problem: String?
    var redirects: [OrphanTracker.Redirect] = []
    var arrivals: [Arrival] = []
    var connectionTraces: [(id: TraceID, client: ClientAddress, time: Int64)] = []
    var requestTraces: [(id: TraceID, time: Int64)] = []
    var errors = ErrorsAggregate()
    var tls = TLSAggregate()
    var followed: [LogRecord] = []
    var firstTime = Int64.max
    var lastTime = Int64.min
}

/// Reads one source and parses every line; never throws: problems are part of the result.
struct FileProcessor: Sendable {
    var since: Int64?
    var until: Int64?
    var client: ClientAddress?
    var collectTraces: Bool

    static let sampleLimit = 5

    /// Parses `source`; a remote source's bytes come as `contents` (or the reason they could not be read).
    func process(_ source: LogSource, contents: Result<[UInt8], any Error>? = nil) -> FileResult {
        var result = FileResult(source: source.displayName, node: source.name.node ?? (source.location == .standardInput ? "stdin" : "unknown"))
        result.connectionLog = source.name.isConnectionLog
        var parser = LogLineParser(keepDetails: client != nil, wantTraceIDs: collectTraces)
        let format: LogLineParser.Format = source.name.isConnectionLog ? .connection : .unknown
        var splitter = LineSplitter()
        var cache = ArrivalCache()
        let handle: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void = { line, from, to in
            result.lines += 1
            guard to > from else { return }
            switch parser.parseLine(line, from: from, to: to, format: format) {
            case .access: self.consume(access: parser.access, into: &result, cache: &cache)
            case .connection: self.consume(connection: parser.connection, into: &result)
            case .failure(let error):
                result.malformed += 1
                if result.samples.count < Self.sampleLimit {
                    result.samples.append(.init(file: source.displayName, line: result.lines, reason: error.message))
                }
            }
        }
        do {
            switch source.location {
            case .file(let path):
                let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
                result.bytes = data.count
                try data.withUnsafeBytes { raw in try feed(raw.bindMemory(to: UInt8.self), into: &splitter, handle) }
            case .remote:
                let bytes: [UInt8]
                switch contents ?? .success([]) {
                case .success(let fetched): bytes = fetched
                case .failure(let error):
                    result.problem = "cannot read: \(error)"
                    return result
                }
                result.bytes = bytes.count
                try bytes.withUnsafeBufferPointer { try feed($0, into: &splitter, handle) }
            case .standardInput:
                let input = FileHandle.standardInput
                var inflater: GzipInflater?
                var first = true
                defer { splitter.finish(handle) }
                while true {
                    let chunk = input.readData(ofLength: 1 << 20)
                    if chunk.isEmpty { break }
                    result.bytes += chunk.count
                    if first {
                        first = false
                        if chunk.count >= 2 && chunk[chunk.startIndex] == 0x1F && chunk[chunk.startIndex + 1] == 0x8B { inflater = GzipInflater() }
                    }
                    try chunk.withUnsafeBytes { raw in
                        let bytes = raw.bindMemory(to: UInt8.self)
                        if let inflater { try inflater.feed(bytes) { splitter.feed($0, handle) } } else { splitter.feed(bytes, handle) }
                    }
                }
                try inflater?.finish()
            }
        } catch let failure as GzipInflater.Failure {
            result.problem = "\(failure.message) after \(result.lines) lines; those lines are counted, the rest of the file is not"
        } catch {
            result.problem = "cannot read: \(error.localizedDescription)"
        }
        return result
    }

    /// Splits a whole file's bytes (plain, or gzip told by its magic) into lines for `handle`.
    private func feed(_ bytes: UnsafeBufferPointer<UInt8>, into splitter: inout LineSplitter, _ handle: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) throws(GzipInflater.Failure) {
        defer { splitter.finish(handle) }
        guard bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B else {
            splitter.feed(bytes, handle)
            return
        }
        if WholeGzip.decompress(bytes, { splitter.feed($0, handle) }) { return }
        let inflater = GzipInflater()
        try inflater.feed(bytes) { splitter.feed($0, handle) }
        try inflater.finish()
    }

    /// Remembers the last second each client (by hash slot) was seen encrypted, so a visitor's
    /// burst of requests becomes one arrival per second for the merge.
    struct ArrivalCache {
        private var slots = [(ClientAddress, Int64)?](repeating: nil, count: 4096)

        mutating func isNew(_ client: ClientAddress, second: Int64) -> Bool {
            let slot = client.cacheSlot & 4095
            if let entry = slots[slot], entry.1 == second, entry.0 == client { return false }
            slots[slot] = (client, second)
            return true
        }
    }

    private func admit(_ time: Int64, into result: inout FileResult) -> Bool {
        if let since, time < since { result.filteredOut += 1; return false }
        if let until, time > until { result.filteredOut += 1; return false }
        result.records += 1
        if time < result.firstTime { result.firstTime = time }
        if time > result.lastTime { result.lastTime = time }
        return true
    }

    private func consume(access: borrowing AccessRecord, into result: inout FileResult, cache: inout ArrivalCache) {
        guard admit(access.time, into: &result) else { return }
        result.accessRecords += 1
        if let client, access.client == client { result.followed.append(.access(copy access)) }
        result.errors.add(access, node: result.node)
        if access.isRedirect, access.redirectURL?.hasPrefix("https") ?? false {
            result.redirects.append(.init(client: access.client, time: access.time, userAgent: access.userAgent, url: access.redirectURL, node: result.node))
        } else if access.isEncrypted, cache.isNew(access.client, second: access.time / 1_000_000) {
            result.arrivals.append(.init(client: access.client, time: access.time))
        }
        if collectTraces, let id = access.connTraceID { result.requestTraces.append((id, access.time)) }
    }

    private func consume(connection: borrowing ConnectionRecord, into result: inout FileResult) {
        guard admit(connection.time, into: &result) else { return }
        result.connectionRecords += 1
        if let client, connection.client == client { result.followed.append(.connection(copy connection)) }
        result.tls.add(connection, node: result.node)
        if collectTraces, let id = connection.connTraceID { result.connectionTraces.append((id, connection.client, connection.time)) }
    }
}
