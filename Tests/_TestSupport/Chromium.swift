import Foundation

/// Debian's chromium, headless, on local files: the rendered DOM, a screenshot, and which
/// requests the page itself made (Chromium's own background requests are told apart by their
/// initiator).
public enum Chromium {
    public static let requirement = Requirement.program("chromium", package: "chromium")

    static let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-extensions"]

    /// A PNG of the page, taken at this window size by the same Chromium that dumps the DOM.
    public struct Screenshot: Sendable {
        /// Where the PNG is written.
        public let path: String
        /// The window's size in CSS pixels.
        public let width: Int
        public let height: Int

        /// A screenshot kept as `name` among the test artifacts (``artifact(_:)``).
        public init(_ name: String, width: Int, height: Int) throws {
            path = try Chromium.artifact(name)
            self.width = width
            self.height = height
        }
    }

    /// The DOM after scripts ran (up to `budgetMilliseconds` of virtual time), and the URLs the
    /// page requested; with `screenshot`, a PNG of the page too, from the same run (one Chromium
    /// start, about a CPU-second, instead of two). A page that reloads itself is not for
    /// Chromium's headless commands: its reload can come between the load and the dump or
    /// capture, which then never ends.
    public static func dumpDOM(_ file: String, budgetMilliseconds: Int = 5000, screenshot: Screenshot? = nil) async throws -> (dom: String, pageRequests: [String]) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-netlog-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: log) }
        let capture = screenshot.map { ["--window-size=\($0.width),\($0.height)", "--screenshot=\($0.path)"] } ?? []
        if let screenshot { try? FileManager.default.removeItem(atPath: screenshot.path) }
        let result = try await runProcess(try executable(), common + ["--virtual-time-budget=\(budgetMilliseconds)", "--log-net-log=\(log)", "--dump-dom"] + capture + [URL(fileURLWithPath: file).absoluteString],
                                          environment: environment(), timeout: .seconds(120))
        guard result.status == 0 else { throw PeerError(message: "chromium --dump-dom failed (\(result.status)): \(result.stderr.suffix(800))") }
        if let screenshot, !FileManager.default.fileExists(atPath: screenshot.path) {
            throw PeerError(message: "chromium --screenshot wrote no \(screenshot.path): \(result.stderr.suffix(800))")
        }
        return (result.stdout, try pageRequests(netLog: log))
    }

    /// Where tests keep what a person should look at (screenshots): `.build/test-artifacts/`.
    public static func artifact(_ name: String) throws -> String {
        let folder = Repository.path(".build/test-artifacts")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/" + name
    }

    private static func executable() throws -> String {
        guard let path = which("chromium") else { throw PeerError(message: "chromium is not installed (apt-get install chromium)") }
        return path
    }

    /// A HOME of its own, so a profile from an earlier run never matters.
    private static func environment() -> [String: String] {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-chromium-home").path
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return ["HOME": home, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    }

    /// URLs of requests the page started: Chromium's own carry the initiator "not an origin".
    /// The net log is one event per line after a line of constants; Chromium may stop writing it
    /// mid-line when it exits, so each line is read on its own.
    private static func pageRequests(netLog path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        func object(_ line: Substring) -> [String: Any]? {
            let trimmed = line.hasSuffix(",") ? line.dropLast() : line
            return (try? JSONSerialization.jsonObject(with: Data((trimmed.hasSuffix("}") && !trimmed.hasPrefix("{\"constants\"") ? String(trimmed) : String(trimmed) + "}").utf8))) as? [String: Any]
        }
        guard let first = lines.first, let header = object(first), let constants = header["constants"] as? [String: Any],
              let types = constants["logEventTypes"] as? [String: Int], let start = types["URL_REQUEST_START_JOB"] else {
            throw PeerError(message: "chromium's net log at \(path) does not start with its constants")
        }
        return lines.dropFirst().compactMap { line -> String? in
            guard line.hasPrefix("{"), let event = object(line), event["type"] as? Int == start,
                  let parameters = event["params"] as? [String: Any], let url = parameters["url"] as? String else { return nil }
            return parameters["initiator"] as? String == "not an origin" ? nil : url
        }
    }
}
