public import Foundation

/// A helper process a test starts and stops itself (moto, a recorded-response server): it prints
/// its endpoint on its first line and runs until its standard input closes.
public final class Peer: @unchecked Sendable {
    private let process: SpawnedProcess
    private var stopped = false
    /// Standard error, drained from the start.
    private let stderr: @Sendable () -> Data
    /// What the peer printed first: its endpoint.
    public let endpoint: String

    public init(_ executable: String, _ arguments: [String]) throws {
        process = try SpawnedProcess(executable, arguments, pipeInput: true)
        stderr = process.collectStandardError()
        var line = Data()
        while true {
            let byte = process.stdout.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        endpoint = String(decoding: line, as: UTF8.self)
        guard endpoint.hasPrefix("http://127.0.0.1:") else {
            process.signal(SIGKILL)
            throw PeerError(message: "\(executable) \(arguments.joined(separator: " ")) did not start: \(stop())")
        }
    }

    /// Stops the peer and returns what it wrote to standard error.
    @discardableResult
    public func stop() -> String {
        guard !stopped else { return "" }
        stopped = true
        try? process.stdin?.close()
        let deadline = Date().addingTimeInterval(5)
        var ended = false
        while !ended && Date() < deadline {
            ended = waitpid(process.pid, nil, WNOHANG) == process.pid
            if !ended { usleep(20_000) }
        }
        if !ended {
            process.signal(SIGKILL)
            process.wait()
        }
        return String(decoding: stderr(), as: UTF8.self)
    }

    deinit { stop() }
}

public struct PeerError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
