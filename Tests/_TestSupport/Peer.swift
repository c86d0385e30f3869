public import Foundation

/// A helper process a test starts and stops itself (a recorded-response server): it prints
/// its endpoint on its first line and runs until its standard input closes. Only
/// ``withPeer(_:_:_:)`` makes one, so that its stop is always awaited.
public final class Peer: TestPeer {
    private let process: SpawnedProcess
    /// Standard error, drained from the start.
    private let stderr: @Sendable () async -> Data
    /// What the peer printed first: its endpoint.
    public let endpoint: String

    private init(process: SpawnedProcess, stderr: @escaping @Sendable () async -> Data, endpoint: String) {
        self.process = process
        self.stderr = stderr
        self.endpoint = endpoint
    }

    /// Starts `executable` and waits for its first line.
    static func start(_ executable: String, _ arguments: [String]) async throws -> Peer {
        let process = try SpawnedProcess(executable, arguments, pipeInput: true)
        let peer = Peer(process: process, stderr: process.collectStandardError(), endpoint: await process.firstLine())
        guard peer.endpoint.hasPrefix("http://127.0.0.1:") else {
            process.signal(SIGKILL)
            throw PeerError(message: "\(executable) \(arguments.joined(separator: " ")) did not start: \(await peer.stopped())")
        }
        return peer
    }

    public func stop() async { await stopped() }

    /// Stops the peer (its standard input closed; killed after 5 s) and returns what it wrote to
    /// standard error.
    @discardableResult
    public func stopped() async -> String {
        try? process.stdin?.close()
        await process.stop()
        return String(decoding: await stderr(), as: UTF8.self)
    }
}

/// Starts the peer `executable ARGUMENTS`, runs `body` with it, and awaits its stop.
public func withPeer<T>(_ executable: String, _ arguments: [String], _ body: (Peer) async throws -> T) async throws -> T {
    try await withStarted({ try await Peer.start(executable, arguments) }, body)
}

public struct PeerError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
