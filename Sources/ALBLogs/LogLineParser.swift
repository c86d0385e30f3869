public import Localization

/// Parses access-log and connection-log lines in AWS's documented space-separated formats, and
/// JSON lines with the same field names. Byte-level, no regular expressions; fields AWS appends
/// later are ignored.
public struct LogLineParser {
    /// What a line is expected to be, from the file's name or its first line.
    public enum Format: Sendable {
        case access
        case connection
        /// Decide per line.
        case unknown
    }

    private var tokenizer = FieldTokenizer()
    private var times = Timestamp.Reader()
    /// Keep the user agent and request of every access entry (for `--client`), not only of redirects.
    public var keepDetails = false
    /// Read access entries' `conn_trace_id` (only needed to join with connection logs).
    public var wantTraceIDs = true

    public init(keepDetails: Bool = false, wantTraceIDs: Bool = true) {
        self.keepDetails = keepDetails
        self.wantTraceIDs = wantTraceIDs
    }

    /// What `parseLine` found; the record itself is in `access` or `connection`.
    public enum Outcome: Sendable {
        case access
        case connection
        case failure(LineError)
    }

    /// The last access entry `parseLine` read (reused from line to line: no per-line copies).
    public private(set) var access = AccessRecord(kind: .other, time: 0, client: .ipv4(0), isRedirect: false)
    /// The last connection entry `parseLine` read.
    public private(set) var connection = ConnectionRecord(time: 0, client: .ipv4(0), verifyStatus: "-")

    /// The record on the line, or why it is not one.
    public mutating func parse(_ line: UnsafeBufferPointer<UInt8>, from: Int, to: Int, format: Format) -> Result<LogRecord, LineError> {
        switch parseLine(line, from: from, to: to, format: format) {
        case .access: .success(.access(access))
        case .connection: .success(.connection(connection))
        case .failure(let error): .failure(error)
        }
    }

    /// Parses a line into `access` or `connection` (the hot path).
    public mutating func parseLine(_ line: UnsafeBufferPointer<UInt8>, from: Int, to: Int, format: Format) -> Outcome {
        var start = from
        var end = to
        while start < end && (line[start] == 32 || line[start] == 9) { start += 1 }
        while end > start && (line[end - 1] == 13 || line[end - 1] == 32) { end -= 1 }
        guard end > start else { return .failure(LineError(.emptyLine)) }
        if line[start] == 123 { // {
            switch JSONLogLine.parse(line.string(from: start, to: end)) {
            case .success(.access(let record)):
                access = record
                return .access
            case .success(.connection(let record)):
                connection = record
                return .connection
            case .failure(let error):
                return .failure(error)
            }
        }
        // Access entries are read up to error_reason (field 25), or conn_trace_id (30) when wanted.
        let limit = wantTraceIDs || keepDetails ? FieldTokenizer.capacity : 25
        guard tokenizer.tokenize(line, from: start, to: end, limit: limit) else { return .failure(LineError(.unclosedQuote)) }
        switch format {
        case .access: return parseAccess(line)
        case .connection: return parseConnection(line)
        case .unknown:
            // Access lines start with their type, connection lines with a timestamp.
            let first = tokenizer.starts[0]
            return line[first] >= 48 && line[first] <= 57 ? parseConnection(line) : parseAccess(line)
        }
    }

    private func field(_ line: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Int, Int) {
        (tokenizer.starts[index], tokenizer.ends[index])
    }

    private func optionalString(_ line: UnsafeBufferPointer<UInt8>, _ index: Int) -> String? {
        guard index < tokenizer.count else { return nil }
        let (from, to) = field(line, index)
        if to - from == 1 && line[from] == 45 { return nil }
        return line.string(from: from, to: to)
    }

    private mutating func parseAccess(_ line: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard tokenizer.count >= 12 else { return .failure(LineError(.tooFewAccessFields(found: tokenizer.count))) }
        let (typeFrom, typeTo) = field(line, 0)
        let kind: AccessRecord.Kind
        switch typeTo - typeFrom {
        case 4 where line.equals("http", from: typeFrom, to: typeTo): kind = .http
        case 5 where line.equals("https", from: typeFrom, to: typeTo): kind = .https
        case 2 where line.equals("h2", from: typeFrom, to: typeTo): kind = .h2
        case 2 where line.equals("ws", from: typeFrom, to: typeTo): kind = .ws
        case 3 where line.equals("wss", from: typeFrom, to: typeTo): kind = .wss
        case 5 where line.equals("grpcs", from: typeFrom, to: typeTo): kind = .grpcs
        default:
            guard typeTo > typeFrom, line[typeFrom] >= 97, line[typeFrom] <= 122 else {
                return .failure(LineError(.noRequestType))
            }
            kind = .other
        }
        let (timeFrom, timeTo) = field(line, 1)
        guard let time = times.parse(line, from: timeFrom, to: timeTo) else {
            return .failure(LineError(.accessTime(found: line.string(from: timeFrom, to: timeTo))))
        }
        let (clientFrom, clientTo) = field(line, 3)
        guard let client = Self.address(line, from: clientFrom, to: clientTo) else {
            return .failure(LineError(.clientAddress(found: line.string(from: clientFrom, to: clientTo))))
        }
        let (statusFrom, statusTo) = field(line, 8)
        let (targetFrom, targetTo) = field(line, 9)
        let (tptFrom, tptTo) = field(line, 6)
        access.kind = kind
        access.time = time
        access.client = client
        access.elbStatus = line.integer(from: statusFrom, to: statusTo)
        access.targetStatus = line.integer(from: targetFrom, to: targetTo)
        access.targetProcessingTime = line.decimal(from: tptFrom, to: tptTo)
        access.isRedirect = false
        access.redirectURL = nil
        access.userAgent = nil
        access.request = nil
        access.errorReason = nil
        access.connTraceID = nil
        if tokenizer.count > 22 {
            let (actionsFrom, actionsTo) = field(line, 22)
            if let status = access.elbStatus, status == 301 || status == 302 || status == 307 || status == 308,
               line.contains("redirect", from: actionsFrom, to: actionsTo) {
                access.isRedirect = true
                access.redirectURL = optionalString(line, 23)
            }
        }
        if access.isRedirect || keepDetails {
            access.userAgent = optionalString(line, 13)
            access.request = optionalString(line, 12)
        }
        if tokenizer.count > 24 {
            let (reasonFrom, reasonTo) = field(line, 24)
            if !(reasonTo - reasonFrom == 1 && line[reasonFrom] == 45) { access.errorReason = line.string(from: reasonFrom, to: reasonTo) }
        }
        if wantTraceIDs, tokenizer.count > 29 {
            let (idFrom, idTo) = field(line, 29)
            access.connTraceID = TraceID(line, from: idFrom, to: idTo)
        }
        return .access
    }

    private mutating func parseConnection(_ line: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard tokenizer.count >= 12 else { return .failure(LineError(.tooFewConnectionFields(found: tokenizer.count))) }
        let (timeFrom, timeTo) = field(line, 0)
        guard let time = times.parse(line, from: timeFrom, to: timeTo) else {
            return .failure(LineError(.connectionTime(found: line.string(from: timeFrom, to: timeTo))))
        }
        let (clientFrom, clientTo) = field(line, 1)
        let (portFrom, portTo) = field(line, 3)
        let (statusFrom, statusTo) = field(line, 10)
        let (idFrom, idTo) = field(line, 11)
        // No String per line for what every line has: the two common statuses are literals, the
        // TLS protocol is read only for --client, the trace id is packed.
        let status: String = if Self.isSuccess(line, from: statusFrom, to: statusTo) { "Success" }
            else if statusTo - statusFrom == 1 && line[statusFrom] == 45 { "-" }
            else { line.string(from: statusFrom, to: statusTo) }
        connection.time = time
        connection.client = ClientAddress(bytes: line, from: clientFrom, to: clientTo)
        connection.listenerPort = line.integer(from: portFrom, to: portTo)
        connection.tlsProtocol = keepDetails ? optionalString(line, 4) : nil
        connection.verifyStatus = status
        connection.connTraceID = wantTraceIDs ? TraceID(line, from: idFrom, to: idTo) : nil
        return .connection
    }

    /// `Success` (nearly every connection), compared as one eight-byte word: the status is
    /// followed by a space and the trace id, so eight bytes are there to load; at the very end of
    /// the buffer, byte by byte.
    private static func isSuccess(_ line: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to - from == 7 else { return false }
        guard let base = line.baseAddress, from + 8 <= line.count else { return line.equals("Success", from: from, to: to) }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
        return word & 0x00FF_FFFF_FFFF_FFFF == 0x0073_7365_6363_7553 // "Success", first byte lowest
    }

    /// The address in `client:port`, `[v6]:port` or `v6:port`.
    static func address(_ line: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> ClientAddress? {
        guard to > from else { return nil }
        var colon = to - 1
        while colon > from && line[colon] != 58 { colon -= 1 }
        guard colon > from else { return nil }
        var start = from
        var end = colon
        if line[start] == 91 && line[end - 1] == 93 { start += 1; end -= 1 } // [v6]
        return ClientAddress(bytes: line, from: start, to: end)
    }
}

/// Why a line is not a log entry.
public struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why, by typed key: the words are made only when someone reads them.
    let problem: LineProblem

    init(_ problem: LineProblem) { self.problem = problem }

    /// Why, in English.
    public var message: String { problem.english }

    /// Why, in every language.
    public var localizedMessage: LocalizedText { LocalizedText(problem) }

    public var description: String { message }
}
