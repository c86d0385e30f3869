#if canImport(Glibc)
import Glibc
#endif
import _CSpawn
public import Foundation

/// What a finished process left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    /// Standard output as bytes (for binary output such as gzip's).
    public var output: Data
    public var stderr: String
    public var stdout: String { String(decoding: output, as: UTF8.self) }
}

/// A child started with posix_spawn: only its standard input, output and error are open in it.
///
/// Not Foundation's `Process`: on Linux its `waitUntilExit` can wait for ever when tests start
/// processes concurrently (a child inherits the descriptor another child is watched through, or a
/// pipe's write end, and keeps it open). Here every pipe is close-on-exec and the child closes
/// every other descriptor before it runs.
public final class SpawnedProcess: @unchecked Sendable {
    public let pid: Int32
    /// Read ends of the child's standard output and error; its standard input's write end.
    public let output: FileHandle
    public let errors: FileHandle
    public let input: FileHandle?

    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil, pipeInput: Bool = false) throws {
        func pipePair() throws -> (read: Int32, write: Int32) {
            var fds: [Int32] = [0, 0]
            guard cspawn_pipe_cloexec(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            return (fds[0], fds[1])
        }
        let out = try pipePair()
        let err = try pipePair()
        let inp = pipeInput ? try pipePair() : nil
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let inp {
            posix_spawn_file_actions_adddup2(&actions, inp.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, out.write, 1)
        posix_spawn_file_actions_adddup2(&actions, err.write, 2)
        cspawn_close_from(&actions, 3)
        if let currentDirectory { cspawn_chdir(&actions, currentDirectory) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            env.forEach { free($0) }
        }
        // The child starts as from a shell: nothing blocked, SIGINT/SIGTERM/SIGPIPE at their
        // defaults, whatever the test runner's thread had.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var child: Int32 = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, env)
        close(out.write)
        close(err.write)
        if let inp { close(inp.read) }
        guard status == 0 else {
            close(out.read)
            close(err.read)
            if let inp { close(inp.write) }
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO, userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable)"])
        }
        pid = child
        output = FileHandle(fileDescriptor: out.read, closeOnDealloc: true)
        errors = FileHandle(fileDescriptor: err.read, closeOnDealloc: true)
        input = inp.map { FileHandle(fileDescriptor: $0.write, closeOnDealloc: true) }
    }

    /// Waits for the child to end and returns its exit status (128 + signal when killed).
    @discardableResult
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }

    /// Sends a signal to the child.
    public func signal(_ signal: Int32) { kill(pid, signal) }

    /// Reads standard error to its end on another thread, so that a chatty child never blocks on
    /// a full pipe; the function returned waits for the end and gives what was read.
    public func collectErrors() -> @Sendable () -> Data {
        let done = DispatchGroup()
        let box = DataBox()
        done.enter()
        DispatchQueue.global().async { [errors] in
            box.data = errors.readDataToEndOfFile()
            done.leave()
        }
        return {
            done.wait()
            return box.data
        }
    }
}

/// Bytes handed from the reading thread to the waiting one; the DispatchGroup orders the two.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// Runs a program to completion and collects its output (tests only: blocks the calling thread).
public func runProcess(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil) throws -> ProcessResult {
    let process = try SpawnedProcess(executable, arguments, environment: environment, currentDirectory: currentDirectory)
    let errors = process.collectErrors()
    let output = process.output.readDataToEndOfFile()
    let stderr = String(decoding: errors(), as: UTF8.self)
    return ProcessResult(status: process.wait(), output: output, stderr: stderr)
}

/// The full path of a program on PATH (or in /usr/sbin, /sbin), if any.
public func which(_ name: String) -> String? {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") + ":/usr/sbin:/sbin"
    for directory in path.split(separator: ":") {
        let candidate = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// Whether this run is CI's, where tests that need peers must not skip.
public var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
