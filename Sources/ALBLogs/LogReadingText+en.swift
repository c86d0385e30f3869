internal import Localization

extension LogReadingText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .zlibCannotStart: "cannot start zlib"
        case .corruptGzip(let detail): "corrupt gzip data" + (detail.map { " (\($0))" } ?? "")
        case .truncatedGzip: "the gzip stream ends early (truncated)"
        case .cannotRead(let reason): "cannot read: \(reason.english)"
        case .cutShort(let reason, let lines): "\(reason.english) after \(lines) lines; those lines are counted, the rest of the file is not"
        case .readInPart(let file, let reason): "\(file): \(reason.english)."
        case .noSuchPath(let path): "\(path): no such file or folder"
        case .cannotListFolder(let path): "\(path): cannot list the folder"
        }
    }
}
