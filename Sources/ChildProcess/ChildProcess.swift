internal import Subprocess
internal import SystemPackage

/// Runs a program to its end with swift-subprocess, reading its standard output and error as they
/// come (a child that fills one pipe never blocks on it while the other is read), under a
/// deadline after which the child and everything it started are killed. Its standard input is
/// empty. No thread is blocked:
/// the waiting happens in the Swift concurrency runtime.
public enum ChildProcess {
    /// What a finished child left behind.
    public struct Result: Sendable {
        /// The exit code, or 128 + the signal that ended the child (as a shell reports it).
        public var status: Int32
        /// Everything written to standard output.
        public var output: [UInt8]
        /// Standard error: all of it, or its last `errorLimit` bytes.
        public var error: [UInt8]

        /// Standard output decoded as UTF-8.
        public var outputText: String { String(decoding: output, as: UTF8.self) }
        /// Standard error decoded as UTF-8.
        public var errorText: String { String(decoding: error, as: UTF8.self) }
    }

    /// Why a child did not run to its end.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The program could not be started (missing, not executable, bad directory).
        case cannotStart(String, reason: String)
        /// The deadline passed; the child and its process group were killed. Holds the end of
        /// what it wrote to standard error until then.
        case timedOut(String, after: Duration, error: [UInt8])
        /// Reading its output failed.
        case reading(String, reason: String)

        public var description: String {
            switch self {
            case .cannotStart(let program, let reason): "cannot start \(program): \(reason)"
            case .timedOut(let program, let after, _): "\(program) did not finish within \(after)"
            case .reading(let program, let reason): "cannot read the output of \(program): \(reason)"
            }
        }
    }

    /// Runs `executable` with `arguments` and waits for it to end.
    /// - Parameters:
    ///   - environment: the child's whole environment; nil inherits this process's.
    ///   - currentDirectory: where the child starts; nil keeps this process's.
    ///   - timeout: after this long the child's process group is killed and ``Failure/timedOut``
    ///     thrown; nil waits for ever.
    ///   - errorLimit: keep only the last this many bytes of standard error; nil keeps all.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil,
        timeout: Duration? = nil, errorLimit: Int? = nil
    ) async throws(Failure) -> Result {
        var options = PlatformOptions()
        // Its own session and process group, so that a deadline kills what it started too
        // (a grandchild holding the pipes open would otherwise keep the reads waiting).
        options.createSession = true
        let environmentSetting: Environment = environment.map { variables in
            .custom(Dictionary(uniqueKeysWithValues: variables.compactMap { key, value in Environment.Key(rawValue: key).map { ($0, value) } }))
        } ?? .inherit
        let collected: (result: Collected, status: TerminationStatus)
        do {
            let execution = try await Subprocess.run(
                .path(FilePath(executable)), arguments: Arguments(arguments), environment: environmentSetting,
                workingDirectory: currentDirectory.map { FilePath($0) }, platformOptions: options,
                input: .none, output: .sequence, error: .sequence
            ) { execution in
                try await withThrowingTaskGroup(of: Piece.self) { group in
                    group.addTask { .output(try await collect(execution.standardOutput, keepingLast: nil)) }
                    group.addTask { .error(try await collect(execution.standardError, keepingLast: errorLimit)) }
                    if let timeout {
                        group.addTask {
                            try await Task.sleep(for: timeout)
                            return .deadline
                        }
                    }
                    var result = Collected()
                    var streamsOpen = 2
                    while streamsOpen > 0, let piece = try await group.next() {
                        switch piece {
                        case .output(let bytes):
                            result.output = bytes
                            streamsOpen -= 1
                        case .error(let bytes):
                            result.error = bytes
                            streamsOpen -= 1
                        case .deadline:
                            try? execution.send(signal: .kill, toProcessGroup: true)
                            result.timedOut = true
                        }
                    }
                    group.cancelAll()
                    return result
                }
            }
            collected = (execution.closureResult, execution.terminationStatus)
        } catch let error as SubprocessError {
            throw .cannotStart(executable, reason: "\(error)")
        } catch {
            throw .reading(executable, reason: "\(error)")
        }
        let result = collected.result
        if result.timedOut, let timeout { throw .timedOut(executable, after: timeout, error: result.error) }
        let status: Int32 = switch collected.status {
        case .exited(let code): Int32(code)
        case .signaled(let signal): 128 + Int32(signal)
        }
        return Result(status: status, output: result.output, error: result.error)
    }

    private enum Piece: Sendable {
        case output([UInt8])
        case error([UInt8])
        case deadline
    }

    private struct Collected: Sendable {
        var output: [UInt8] = []
        var error: [UInt8] = []
        var timedOut = false
    }

    /// Reads a stream to its end, keeping all of it or only its last `limit` bytes.
    private static func collect(_ stream: SubprocessOutputSequence, keepingLast limit: Int?) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await buffer in stream {
            buffer.withUnsafeBytes { bytes.append(contentsOf: $0) }
            if let limit, bytes.count > 2 * limit { bytes.removeFirst(bytes.count - limit) }
        }
        if let limit, bytes.count > limit { bytes.removeFirst(bytes.count - limit) }
        return bytes
    }
}
