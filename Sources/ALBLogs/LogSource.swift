internal import Foundation
public import Localization

/// One input: a file (plain or gzip, told by its first bytes), standard input, or an object
/// fetched when its turn comes (an S3 object).
public struct LogSource: Sendable, Equatable {
    public enum Location: Sendable, Equatable {
        case file(String)
        case standardInput
        case remote(RemoteLog)
    }

    public var location: Location
    public var name: LogFileName

    public init(location: Location, name: LogFileName) {
        self.location = location
        self.name = name
    }

    /// An object read by `fetch` when the analyzer gets to it, named by `url` (e.g.
    /// `s3://bucket/AWSLogs/…/…_app.test-alb.…_10.0.1.5_….log.gz`).
    public init(remote url: String, size: Int, fetch: @escaping @Sendable () async throws -> [UInt8]) {
        self.init(location: .remote(RemoteLog(url: url, size: size, fetch: fetch)), name: LogFileName(url))
    }

    public var displayName: String {
        switch location {
        case .file(let path): path
        case .standardInput: "<stdin>"
        case .remote(let remote): remote.url
        }
    }

    /// Expands paths: files as given, folders searched recursively (the S3 layout), `-` for stdin.
    /// Returns the sources, sorted by interval end (files without one first, in name order), and
    /// the files in folders that do not look like ALB logs.
    public static func discover(_ paths: [String]) throws(LogsError) -> (sources: [LogSource], skipped: [String]) {
        var sources: [LogSource] = []
        var skipped: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                sources.append(LogSource(location: .standardInput, name: LogFileName("-")))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw LogsError(.noSuchPath(path: path)) }
            if !isDirectory.boolValue {
                sources.append(LogSource(location: .file(path), name: LogFileName(path)))
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { throw LogsError(.cannotListFolder(path: path)) }
            for case let relative as String in walker {
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                let lower = relative.lowercased()
                if lower.hasSuffix(".log") || lower.hasSuffix(".log.gz") || lower.hasSuffix(".gz") || lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") {
                    sources.append(LogSource(location: .file(full), name: LogFileName(full)))
                } else {
                    skipped.append(full)
                }
            }
        }
        return (inAnalysisOrder(sources), skipped.sorted())
    }

    /// The order `LogAnalyzer` needs: by interval end, files without one first, then by name.
    public static func inAnalysisOrder(_ sources: [LogSource]) -> [LogSource] {
        sources.sorted { a, b in
            switch (a.name.endTime, b.name.endTime) {
            case (nil, nil): a.displayName < b.displayName
            case (nil, _): true
            case (_, nil): false
            case (let x?, let y?): x == y ? a.displayName < b.displayName : x < y
            }
        }
    }
}

/// An object to fetch: its address, its size as listed, and how to read it. Two are the same
/// when their addresses are.
public struct RemoteLog: Sendable, Equatable {
    public var url: String
    public var size: Int
    public var fetch: @Sendable () async throws -> [UInt8]

    public static func == (left: RemoteLog, right: RemoteLog) -> Bool { left.url == right.url }
}

/// Bad input for `albdoctor logs`: exit 2 with it.
public struct LogsError: LocalizedFailure, CustomStringConvertible {
    /// What is wrong, in every language.
    public let localizedMessage: LocalizedText

    /// What is wrong, in English.
    public var message: String { localizedMessage.english }

    /// A message from outside the catalog, in English only (a test's own failure).
    public init(_ message: String) { localizedMessage = LocalizedText(english: message) }

    /// The message from the catalog.
    init(_ text: LogReadingText) { localizedMessage = LocalizedText(text) }

    public var description: String { message }
}
