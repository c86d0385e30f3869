internal import Foundation

/// One input: a file (plain or gzip, told by its first bytes) or standard input.
public struct LogSource: Sendable, Equatable {
    public enum Location: Sendable, Equatable {
        case file(String)
        case standardInput
    }

    public var location: Location
    public var name: LogFileName

    public var displayName: String {
        switch location {
        case .file(let path): path
        case .standardInput: "<stdin>"
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
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw LogsError("\(path): no such file or folder") }
            if !isDirectory.boolValue {
                sources.append(LogSource(location: .file(path), name: LogFileName(path)))
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else { throw LogsError("\(path): cannot list the folder") }
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
        sources.sort { a, b in
            switch (a.name.endTime, b.name.endTime) {
            case (nil, nil): a.displayName < b.displayName
            case (nil, _): true
            case (_, nil): false
            case (let x?, let y?): x == y ? a.displayName < b.displayName : x < y
            }
        }
        return (sources, skipped.sorted())
    }
}

/// Bad input for `albdoctor logs`: exit 2 with it.
public struct LogsError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
