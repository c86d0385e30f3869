import ALBLogs
import Foundation
import Localization
import LogReports

/// Files and bytes done, rate and time left, redrawn in place on standard error (a terminal only).
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let language: Language
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool, language: Language) {
        self.enabled = enabled
        self.language = language
    }

    func update(_ progress: LogAnalyzer.Progress) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.1 || progress.filesDone == progress.files else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(start))
        let rate = Double(progress.bytesDone) / elapsed
        let left = rate > 0 ? Double(progress.bytes - progress.bytesDone) / rate : 0
        let fraction = progress.bytes > 0 ? Double(progress.bytesDone) / Double(progress.bytes) : Double(progress.filesDone) / Double(max(1, progress.files))
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let counts = ProgressText.reading(
            filesDone: progress.filesDone, files: progress.files, megabytesDone: Double(progress.bytesDone) / 1e6, megabytes: Double(progress.bytes) / 1e6,
            megabytesPerSecond: rate / 1e6, secondsLeft: left)
        let line = "\r\(bar) \(counts.text(in: language)) "
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
