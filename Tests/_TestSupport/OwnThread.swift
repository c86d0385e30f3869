public import Foundation

/// Runs blocking work — `waitpid`, a read from a pipe, a child's first line — on a thread of its
/// own and awaits it, so that no thread of Swift's cooperative pool waits on it. On two cores the
/// pool has two threads: one blocked test starves every other suite running beside it.
public func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// ``onOwnThread(_:)`` for work that cannot fail.
public func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}

/// Something a test starts and must stop: an external process, a lab of network namespaces.
/// Stopping is awaited by ``withStarted(_:_:)``, never left to `deinit`.
public protocol TestPeer: Sendable {
    /// Stops it and waits until it is gone.
    func stop() async
}

/// Starts a peer, runs `body` with it, and awaits its stop whether `body` returned or threw.
public func withStarted<Peer: TestPeer, T>(_ start: () async throws -> Peer, _ body: (Peer) async throws -> T) async throws -> T {
    let peer = try await start()
    let result: T
    do {
        result = try await body(peer)
    } catch {
        await peer.stop()
        throw error
    }
    await peer.stop()
    return result
}
