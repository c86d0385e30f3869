internal import Foundation

extension ProgressText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .reading(let filesDone, let files, let megabytesDone, let megabytes, let rate, let left):
            String(format: "%d/%d ファイル  %.1f/%.1f MB  %.1f MB/秒  残り %.0f 秒", filesDone, files, megabytesDone, megabytes, rate, left)
        }
    }
}
