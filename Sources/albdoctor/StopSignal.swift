import Dispatch
import Foundation

/// Ctrl-C as a request to finish the current round and report, for `--watch`.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var source: (any DispatchSourceSignal)?

    /// Installs the SIGINT handler only when asked; otherwise Ctrl-C ends the process as usual.
    init(installed: Bool) {
        guard installed else { return }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.request() }
        source.resume()
        self.source = source
    }

    var requested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func request() {
        lock.lock()
        stopped = true
        lock.unlock()
    }
}
