internal import Foundation

extension ProgressText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .reading(let filesDone, let files, let megabytesDone, let megabytes, let rate, let left):
            String(format: "%d/%d files  %.1f/%.1f MB  %.1f MB/s  %.0fs left", filesDone, files, megabytesDone, megabytes, rate, left)
        }
    }
}
