public import Foundation
import Testing

/// A moto_server of one test's own, on a loopback port: an AWS API endpoint in its first state.
/// Only ``withMoto(_:)`` makes one, so that its stop is always awaited.
public struct Moto: TestPeer {
    /// `http://127.0.0.1:PORT`.
    public let endpoint: String
    /// The server's process id, as the forking process names it.
    let server: String

    /// Stops the server and waits until it is gone; a server that could not be stopped is an
    /// issue of the test that started it.
    public func stop() async {
        do {
            let answer = try await MotoServers.shared.ask("stop \(server)")
            if answer != "stopped \(server)" { Issue.record("moto_zygote.py did not stop the server \(server) of \(endpoint): \(answer)") }
        } catch {
            Issue.record("moto_zygote.py did not stop the server \(server) of \(endpoint): \(error)")
        }
    }
}

/// Starts a moto server for `body` alone, runs `body` with it, and awaits its stop.
public func withMoto<T>(_ body: (Moto) async throws -> T) async throws -> T {
    try await withStarted({ try await MotoServers.shared.start() }, body)
}

/// The one process of a test run that makes moto servers: Tests/AWSInventoryTests/Peers/moto_zygote.py
/// loads moto once (about 3 CPU-seconds, more than a test's own requests) and forks a fresh
/// server for each test, in the state a new moto has. Started by the first test that asks.
///
/// It is never stopped by a test: swift-testing has no step after the last test of a run. It
/// ends when its standard input closes, that is when the test process exits, however that
/// happens, and stops the servers left; a server also ends with it (the parent-death signal).
final class MotoServers: @unchecked Sendable {
    static let shared = MotoServers()

    /// How long one answer may take; the first includes loading moto.
    private static let deadline: Duration = .seconds(120)

    /// The forking process and what it wrote to standard error, while it runs; guarded by `lock`,
    /// which is held for a whole exchange (one command, its answer), on a thread of its own.
    private var zygote: (process: SpawnedProcess, stderr: @Sendable () async -> Data)?
    private let lock = NSLock()

    /// A new server.
    func start() async throws -> Moto {
        let answer = try await ask("start")
        let words = answer.split(separator: " ").map(String.init)
        guard words.count == 2, words[0].hasPrefix("http://127.0.0.1:") else {
            throw PeerError(message: "moto_zygote.py could not start a server: \(answer)")
        }
        return Moto(endpoint: words[0], server: words[1])
    }

    /// Sends `command` and returns its answer line. When the forking process ends or does not
    /// answer within the deadline, it is killed (the next test starts another) and the error
    /// says what it wrote to standard error.
    func ask(_ command: String) async throws -> String {
        let (answer, stderr) = try await onOwnThread { try self.exchange(command) }
        if let answer { return answer }
        let written = String(decoding: await stderr(), as: UTF8.self).suffix(2000)
        throw PeerError(message: "moto_zygote.py ended or did not answer '\(command)' within \(Self.deadline): \(written)")
    }

    /// One command and its answer, under the lock; nil when there was no answer.
    private func exchange(_ command: String) throws -> (answer: String?, stderr: @Sendable () async -> Data) {
        lock.lock()
        defer { lock.unlock() }
        let zygote = try self.zygote ?? spawn()
        self.zygote = zygote
        let answer = send(command, to: zygote.process)
        if answer == nil {
            zygote.process.signal(SIGKILL)
            self.zygote = nil
        }
        return (answer, zygote.stderr)
    }

    private func spawn() throws -> (process: SpawnedProcess, stderr: @Sendable () async -> Data) {
        guard let python = which("python3") else { throw PeerError(message: "moto_zygote.py needs python3 on PATH") }
        // A write to a forking process that has died must fail (EPIPE), not end the test run.
        signal(SIGPIPE, SIG_IGN)
        let process = try SpawnedProcess(python, [Repository.path("Tests/AWSInventoryTests/Peers/moto_zygote.py")], pipeInput: true)
        return (process, process.collectStandardError())
    }

    /// Writes the command line, then reads the answer line, waiting at most the deadline.
    private func send(_ command: String, to process: SpawnedProcess) -> String? {
        guard let input = process.stdin, (try? input.write(contentsOf: Data("\(command)\n".utf8))) != nil else { return nil }
        let end = ContinuousClock.now + Self.deadline
        var line = Data()
        var descriptor = pollfd(fd: process.stdout.fileDescriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let left = ContinuousClock.now.duration(to: end).components
            guard left.seconds >= 0 else { return nil }
            let ready = poll(&descriptor, 1, Int32(clamping: left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000 + 1))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return nil }
            var byte: UInt8 = 0
            guard read(descriptor.fd, &byte, 1) == 1 else { return nil }
            if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
    }
}
