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
        // A parent may hand down a mask that blocks SIGINT; Ctrl-C must reach us.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
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
