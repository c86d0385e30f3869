public import Foundation
import Testing

/// A moto_server of one test's own, on a loopback port: an AWS API endpoint in its first state.
/// Only ``withMoto(_:)`` makes one, so that its stop is always awaited.
public struct Moto: TestPeer {
    /// `http://127.0.0.1:PORT`.
    public let endpoint: String
    /// The server's process id, as the forking process names it.
    let server: String
    /// The forking process that made it: the server dies with it.
    let zygote: Int32

    /// Stops the server and waits until it is gone; a server that could not be stopped is an
    /// issue of the test that started it.
    public func stop() async {
        if let problem = await MotoServers.shared.stop(self) { Issue.record("the moto server at \(endpoint): \(problem)") }
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
        let (answer, zygote) = try await ask("start")
        let words = answer.split(separator: " ").map(String.init)
        guard words.count == 2, words[0].hasPrefix("http://127.0.0.1:") else {
            throw PeerError(message: "moto_zygote.py answered 'start' with '\(answer)', not 'http://127.0.0.1:PORT PID'")
        }
        return Moto(endpoint: words[0], server: words[1], zygote: zygote)
    }

    /// Stops `moto`; nil when it is gone, else what went wrong.
    func stop(_ moto: Moto) async -> String? {
        do {
            let (answer, _) = try await ask("stop \(moto.server)", of: moto.zygote)
            return answer == "stopped \(moto.server)" ? nil : "moto_zygote.py answered '\(answer)', not 'stopped \(moto.server)'"
        } catch {
            return "\(error)"
        }
    }

    /// Sends `command` and returns its answer line, with the process id of the forking process
    /// that gave it. With `zygote`, only that process may answer: when it has ended since, so
    /// have its servers, and that is the error. When the forking process ends or does not answer
    /// within the deadline, it is killed (the next test starts another) and the error says what
    /// it wrote to standard error.
    private func ask(_ command: String, of zygote: Int32? = nil) async throws -> (answer: String, zygote: Int32) {
        let (answer, process, stderr) = try await onOwnThread { try self.exchange(command, of: zygote) }
        if let answer { return (answer, process) }
        let written = String(decoding: await stderr(), as: UTF8.self).suffix(2000)
        throw PeerError(message: "moto_zygote.py ended or did not answer '\(command)' within \(Self.deadline): \(written)")
    }

    /// One command and its answer (nil when there was none), under the lock.
    private func exchange(_ command: String, of expected: Int32?) throws -> (answer: String?, zygote: Int32, stderr: @Sendable () async -> Data) {
        lock.lock()
        defer { lock.unlock() }
        if let expected, zygote?.process.pid != expected {
            throw PeerError(message: "moto_zygote.py (process \(expected)) ended during the test, and its servers with it")
        }
        let zygote = try self.zygote ?? spawn()
        self.zygote = zygote
        var answer: String?
        if let input = zygote.process.stdin, (try? input.write(contentsOf: Data("\(command)\n".utf8))) != nil {
            let (line, ending) = zygote.process.readLine(until: .now + Self.deadline)
            answer = ending == .newline ? line : nil
        }
        if answer == nil {
            zygote.process.signal(SIGKILL)
            self.zygote = nil
        }
        return (answer, zygote.process.pid, zygote.stderr)
    }

    private func spawn() throws -> (process: SpawnedProcess, stderr: @Sendable () async -> Data) {
        guard let python = which("python3") else { throw PeerError(message: "moto_zygote.py needs python3 on PATH") }
        // A write to a forking process that has died must fail (EPIPE), not end the test run.
        signal(SIGPIPE, SIG_IGN)
        let process = try SpawnedProcess(python, [Repository.path("Tests/AWSInventoryTests/Peers/moto_zygote.py")], pipeInput: true)
        return (process, process.collectStandardError())
    }
}
