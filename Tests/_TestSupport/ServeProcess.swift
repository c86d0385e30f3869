public import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `albdoctor serve … --listen 127.0.0.1:0` started by a test: its URL, HTTP GETs on it, signals,
/// and what it logged. Only ``withServe(_:environment:_:)`` makes one, so that it is always stopped.
public final class ServeProcess: TestPeer {
    public let process: SpawnedProcess
    /// `http://127.0.0.1:PORT`
    public let base: String
    private let stderr: @Sendable () async -> Data

    private init(process: SpawnedProcess, base: String, stderr: @escaping @Sendable () async -> Data) {
        self.process = process
        self.base = base
        self.stderr = stderr
    }

    static func start(_ arguments: [String], environment: [String: String]?) async throws -> ServeProcess {
        // The status page in English whatever this machine's locale, as `albdoctor(_:)` runs it,
        // unless the test gives the environment.
        let environment = environment ?? ProcessInfo.processInfo.environment.merging(["ALBDOCTOR_LANG": "en"]) { $1 }
        let process = try SpawnedProcess(Repository.executable, ["serve"] + arguments + ["--listen", "127.0.0.1:0"], environment: environment)
        let stderr = process.collectStandardError()
        let text = await process.firstLine()
        guard let match = text.firstMatch(of: /listening on (http:\/\/127\.0\.0\.1:\d+)\//) else {
            await process.stop(SIGKILL)
            throw PeerError(message: "albdoctor serve did not start: \(text) \(String(decoding: await stderr(), as: UTF8.self))")
        }
        return ServeProcess(process: process, base: String(match.1), stderr: stderr)
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
        let deadline = ContinuousClock.now + .seconds(seconds)
        var last = ""
        while ContinuousClock.now < deadline {
            last = try await get("/metrics").body
            if condition(last) { return last }
            try await Task.sleep(for: .milliseconds(250))
        }
        return last
    }

    /// Sends `signal` and waits for the exit: its status and how long it took.
    public func stop(_ signal: Int32) async -> (status: Int32, seconds: Double) {
        let start = ContinuousClock.now
        let status = await process.stop(signal, grace: .seconds(60))
        let elapsed = await process.endInstant() - start
        return (status, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Ends it (SIGTERM, then SIGKILL) unless it has ended already.
    public func stop() async { await process.stop(SIGTERM) }

    /// What it logged, once it has ended.
    public var log: String {
        get async { String(decoding: await stderr(), as: UTF8.self) }
    }
}

/// Starts `albdoctor serve ARGUMENTS`, runs `body` with it, and awaits its end.
public func withServe<T>(_ arguments: [String], environment: [String: String]? = nil, _ body: (ServeProcess) async throws -> T) async throws -> T {
    try await withStarted({ try await ServeProcess.start(arguments, environment: environment) }, body)
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
