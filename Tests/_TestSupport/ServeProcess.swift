public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `albdoctor serve … --listen 127.0.0.1:0` started by a test: its URL, HTTP GETs on it, signals,
/// and what it logged.
public final class ServeProcess: @unchecked Sendable {
    public let process: SpawnedProcess
    /// `http://127.0.0.1:PORT`
    public let base: String
    private let stderr: @Sendable () -> Data
    private var exited: Int32?

    public init(_ arguments: [String], environment: [String: String]? = nil) throws {
        process = try SpawnedProcess(Repository.executable, ["serve"] + arguments + ["--listen", "127.0.0.1:0"], environment: environment)
        stderr = process.collectStandardError()
        var line = Data()
        while true {
            let byte = process.stdout.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let match = text.firstMatch(of: /listening on (http:\/\/127\.0\.0\.1:\d+)\//) else {
            process.signal(SIGKILL)
            _ = process.wait()
            throw PeerError(message: "albdoctor serve did not start: \(text) \(String(decoding: stderr(), as: UTF8.self))")
        }
        base = String(match.1)
    }

    /// GET `path`: status and body.
    public func get(_ path: String) async throws -> (status: Int, body: String) {
        guard let url = URL(string: base + path) else { throw PeerError(message: "bad path \(path)") }
        var request = URLRequest(url: url)
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `/metrics` until `condition` holds for it (or the deadline passes) and returns the last text.
    public func metrics(within seconds: Double = 30, until condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let last = try await get("/metrics").body
            if condition(last) { return last }
            try await Task.sleep(for: .milliseconds(250))
        }
        // One more look after the deadline: when this test process was starved (a loaded machine
        // runs many suites at once), the last look may be much older than the deadline.
        return try await get("/metrics").body
    }

    /// Sends `signal` and waits for the exit: its status and how long it took.
    public func stop(_ signal: Int32 = SIGTERM) -> (status: Int32, seconds: Double) {
        let start = Date()
        process.signal(signal)
        let status = process.wait()
        exited = status
        return (status, Date().timeIntervalSince(start))
    }

    /// What it logged so far.
    public var log: String { String(decoding: stderr(), as: UTF8.self) }

    deinit {
        if exited == nil {
            process.signal(SIGKILL)
            _ = process.wait()
        }
    }
}

/// One sample of the Prometheus text format: the value of `name` with exactly these labels.
public func metricValue(_ text: String, _ name: String, _ labels: [String: String]) -> Double? {
    for line in text.split(separator: "\n") where line.hasPrefix(name + "{") || line.hasPrefix(name + " ") {
        guard let space = line.lastIndex(of: " ") else { continue }
        let head = line[..<space]
        var found: [String: String] = [:]
        if let open = head.firstIndex(of: "{"), head.last == "}" {
            guard head[..<open] == name else { continue }
            for pair in head[head.index(after: open)..<head.index(before: head.endIndex)].split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { found[String(parts[0])] = String(parts[1].dropFirst().dropLast()) }
            }
        } else if head != name {
            continue
        }
        if found == labels { return Double(line[line.index(after: space)...]) }
    }
    return nil
}
