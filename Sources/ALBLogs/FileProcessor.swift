internal import Foundation
internal import Localization

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
    /// Why the file was read only in part, if it was.
    var problem: LocalizedText?
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
        var reading = Reading(processor: self, source: source)
        var splitter = LineSplitter()
        do {
            switch source.location {
            case .file(let path):
                let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
                reading.result.bytes = data.count
                try data.withUnsafeBytes { raw in try Self.feed(raw.bindMemory(to: UInt8.self), into: &splitter, &reading) }
            case .remote:
                let bytes: [UInt8]
                switch contents ?? .success([]) {
                case .success(let fetched): bytes = fetched
                case .failure(let error):
                    reading.result.problem = LocalizedText(LogReadingText.cannotRead(reason: Self.said(by: error, describing: "\(error)")))
                    return reading.result
                }
                reading.result.bytes = bytes.count
                try bytes.withUnsafeBufferPointer { try Self.feed($0, into: &splitter, &reading) }
            case .standardInput:
                let input = FileHandle.standardInput
                var inflater: GzipInflater?
                var first = true
                defer { splitter.finish { reading.line($0, $1, $2) } }
                while true {
                    let chunk = input.readData(ofLength: 1 << 20)
                    if chunk.isEmpty { break }
                    reading.result.bytes += chunk.count
                    if first {
                        first = false
                        if chunk.count >= 2 && chunk[chunk.startIndex] == 0x1F && chunk[chunk.startIndex + 1] == 0x8B { inflater = GzipInflater() }
                    }
                    try chunk.withUnsafeBytes { raw in
                        let bytes = raw.bindMemory(to: UInt8.self)
                        if let inflater {
                            try inflater.feed(bytes) { piece in splitter.feed(piece) { reading.line($0, $1, $2) } }
                        } else {
                            splitter.feed(bytes) { reading.line($0, $1, $2) }
                        }
                    }
                }
                try inflater?.finish()
            }
        } catch let failure as GzipInflater.Failure {
            reading.result.problem = LocalizedText(LogReadingText.cutShort(reason: failure.reason, lines: reading.result.lines))
        } catch {
            reading.result.problem = LocalizedText(LogReadingText.cannotRead(reason: Self.said(by: error, describing: error.localizedDescription)))
        }
        return reading.result
    }

    /// What `error` says: in every language when it is albdoctor's own (a `LocalizedFailure`, such
    /// as AWS refusing the object), else `description`, as the library wrote it, in every language.
    private static func said(by error: any Error, describing description: String) -> LocalizedText {
        (error as? any LocalizedFailure)?.localizedMessage ?? LocalizedText(sameInEveryLanguage: description)
    }

    /// Splits a whole file's bytes (plain, or gzip told by its magic) into lines for `reading`.
    private static func feed(_ bytes: UnsafeBufferPointer<UInt8>, into splitter: inout LineSplitter, _ reading: inout Reading) throws(GzipInflater.Failure) {
        defer { splitter.finish { reading.line($0, $1, $2) } }
        guard bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B else {
            splitter.feed(bytes) { reading.line($0, $1, $2) }
            return
        }
        if WholeGzip.decompress(bytes, { piece in splitter.feed(piece) { reading.line($0, $1, $2) } }) { return }
        let inflater = GzipInflater()
        try inflater.feed(bytes) { piece in splitter.feed(piece) { reading.line($0, $1, $2) } }
        try inflater.finish()
    }

    /// One file's parser and what the file contributed so far. Its lines reach it through closures
    /// written at the call (non-escaping), never a closure kept in a variable: a closure that may
    /// escape holds what it captures in boxes, checked for exclusive access at run time on every line.
    private struct Reading {
        let processor: FileProcessor
        let format: LogLineParser.Format
        var parser: LogLineParser
        var result: FileResult
        var cache = ArrivalCache()

        init(processor: FileProcessor, source: LogSource) {
            self.processor = processor
            format = source.name.isConnectionLog ? .connection : .unknown
            parser = LogLineParser(keepDetails: processor.client != nil, wantTraceIDs: processor.collectTraces)
            result = FileResult(source: source.displayName, node: source.name.node ?? (source.location == .standardInput ? "stdin" : "unknown"))
            result.connectionLog = source.name.isConnectionLog
        }

        mutating func line(_ line: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
            result.lines += 1
            guard to > from else { return }
            switch parser.parseLine(line, from: from, to: to, format: format) {
            case .access: processor.consume(access: parser.access, into: &result, cache: &cache)
            case .connection: processor.consume(connection: parser.connection, into: &result)
            case .failure(let error):
                result.malformed += 1
                if result.samples.count < FileProcessor.sampleLimit {
                    result.samples.append(.init(file: result.source, line: result.lines, reason: error.localizedMessage))
                }
            }
        }
    }

    /// Remembers the last second each IPv4 client (by hash slot) was seen encrypted, so a visitor's
    /// burst of requests becomes one arrival per second for the merge. Plain numbers, no optionals
    /// of enums: this runs for every encrypted request. Other addresses are always new (rare).
    struct ArrivalCache {
        /// The address in the low 32 bits, the second above it; 0 for an empty slot.
        private var slots = [UInt64](repeating: 0, count: 4096)

        mutating func isNew(_ client: ClientAddress, second: Int64) -> Bool {
            guard let address = client.ipv4Value else { return true }
            let key = UInt64(truncatingIfNeeded: second) << 32 | UInt64(address)
            let slot = Int(truncatingIfNeeded: (UInt64(address) &* 0x9E37_79B9_7F4A_7C15) >> 52)
            if slots[slot] == key { return false }
            slots[slot] = key
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
        result.errors.add(access)
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
