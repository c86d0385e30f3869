import ALBLogs
import Foundation

/// Files and bytes done, rate and time left, redrawn in place on standard error (a terminal only).
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

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
        let line = String(format: "\r%@ %d/%d files  %.1f/%.1f MB  %.1f MB/s  %.0fs left ", bar, progress.filesDone, progress.files,
                          Double(progress.bytesDone) / 1e6, Double(progress.bytes) / 1e6, rate / 1e6, left)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
