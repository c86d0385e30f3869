internal import Localization

/// What `logs` says about reading its input: why a file was read only in part (LOG000 and the
/// analyses' `problems`), and why a path given cannot be read (`LogsError`), by typed key.
/// English in `LogReadingText+en.swift`, Japanese in `LogReadingText+ja.swift`. What zlib, the
/// file system or a fetch said comes as it was written (`detail`, `reason`).
enum LogReadingText: CatalogEntry {
    // Why a gzip stream stopped (`GzipInflater.Failure`).
    /// zlib would not start.
    case zlibCannotStart
    /// The compressed data is corrupt; `detail` is zlib's own word for it, when it gives one.
    case corruptGzip(detail: String?)
    /// The stream ends before its last member does.
    case truncatedGzip

    // Why a file was read only in part.
    /// The file or object could not be read at all.
    case cannotRead(reason: LocalizedText)
    /// The file was read for `lines` lines, then `reason` stopped it.
    case cutShort(reason: LocalizedText, lines: Int)
    /// LOG000: `file` was read only in part, for `reason`.
    case readInPart(file: String, reason: LocalizedText)

    // Why a path given cannot be read (`LogsError`).
    /// Nothing is at `path`.
    case noSuchPath(path: String)
    /// The folder `path` cannot be listed.
    case cannotListFolder(path: String)
}
