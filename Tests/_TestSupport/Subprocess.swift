#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import _CSpawn
import ChildProcess
public import Foundation

/// What a finished process left behind.
public struct ProcessResult: Sendable {
    public var status: Int32
    /// Standard output as bytes (for binary output such as gzip's).
    public var output: Data
    public var stderr: String
    public var stdout: String { String(decoding: output, as: UTF8.self) }
}

/// Runs a short-lived program to completion with swift-subprocess (through ``ChildProcess``) and
/// collects its output. The deadline only turns a hang into a failure; it measures nothing.
/// Without `environment`, the child gets this process's, with albdoctor's language set to English
/// (a test that reads albdoctor's words passes on a machine whose locale is Japanese; one that
/// wants Japanese says so in `environment` or with `--lang ja`).
public func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil,
    timeout: Duration = .seconds(300)
) async throws -> ProcessResult {
    let environment = environment ?? ProcessInfo.processInfo.environment.merging(["ALBDOCTOR_LANG": "en"]) { $1 }
    let result: ChildProcess.Result
    do {
        result = try await ChildProcess.run(executable, arguments, environment: environment, currentDirectory: currentDirectory, timeout: timeout)
    } catch {
        guard case .timedOut(let program, let after, let written) = error else { throw error }
        // What the child said before the deadline is the first clue to why it hung.
        throw PeerError(message: "\(program) did not finish within \(after) and was killed; its standard error ended with: \(String(decoding: written.suffix(800), as: UTF8.self))")
    }
    return ProcessResult(status: result.status, output: Data(result.output), stderr: result.errorText)
}

/// A long-lived child (dnsmasq, moto's forking process, `probe --watch`, script(1)) started with posix_spawn: only
/// its standard input, output and error are open in it. Without `environment`, it gets this
/// process's, with albdoctor's language set to English, as ``runProcess(_:_:environment:currentDirectory:timeout:)``.
///
/// Our own spawner rather than swift-subprocess: these peers outlive the call that starts them
/// (a test starts one, talks to it, signals it, reads its first line), while swift-subprocess
/// scopes a child to one closure. Not Foundation's `Process` either: on Linux its
/// `waitUntilExit` can wait for ever when tests start processes concurrently (a child inherits
/// the descriptor another child is watched through and keeps it open). Here every pipe is
/// close-on-exec and the child closes every other descriptor before it runs.
public final class SpawnedProcess: @unchecked Sendable {
    public let pid: Int32
    /// Read ends of the child's standard output and error; its standard input's write end.
    public let stdout: FileHandle
    public let stderr: FileHandle
    public let stdin: FileHandle?

    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, currentDirectory: String? = nil, pipeInput: Bool = false) throws {
        func check(_ code: Int32, _ what: String) throws {
            guard code == 0 else { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO, userInfo: [NSLocalizedDescriptionKey: "\(what) for \(executable)"]) }
        }
        func pipePair() throws -> (read: Int32, write: Int32) {
            var fds: [Int32] = [0, 0]
            guard cspawn_pipe_cloexec(&fds) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            return (fds[0], fds[1])
        }
        let out = try pipePair()
        let err = try pipePair()
        let inp = pipeInput ? try pipePair() : nil
        var opened = [out.read, out.write, err.read, err.write] + (inp.map { [$0.read, $0.write] } ?? [])
        defer { opened.forEach { close($0) } }
        var actions = posix_spawn_file_actions_t()
        try check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init")
        defer { posix_spawn_file_actions_destroy(&actions) }
        var attributes = posix_spawnattr_t()
        try check(posix_spawnattr_init(&attributes), "posix_spawnattr_init")
        defer { posix_spawnattr_destroy(&attributes) }
        if let inp {
            try check(posix_spawn_file_actions_adddup2(&actions, inp.read, 0), "dup2 of standard input")
        } else {
            try check(posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0), "open /dev/null")
        }
        try check(posix_spawn_file_actions_adddup2(&actions, out.write, 1), "dup2 of standard output")
        try check(posix_spawn_file_actions_adddup2(&actions, err.write, 2), "dup2 of standard error")
        if let currentDirectory { try check(cspawn_chdir(&actions, currentDirectory), "chdir to \(currentDirectory)") }
        // The child starts as from a shell: nothing blocked, SIGINT/SIGTERM/SIGPIPE at their
        // defaults, whatever the test runner's thread had.
        var none = sigset_t()
        sigemptyset(&none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
        try check(posix_spawnattr_setsigmask(&attributes, &none), "posix_spawnattr_setsigmask")
        try check(posix_spawnattr_setsigdefault(&attributes, &defaults), "posix_spawnattr_setsigdefault")
        try check(posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)), "posix_spawnattr_setflags")
        try check(cspawn_close_from(&actions, &attributes, 3), "closing inherited descriptors")
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let env = (environment ?? ProcessInfo.processInfo.environment.merging(["ALBDOCTOR_LANG": "en"]) { $1 }).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            env.forEach { free($0) }
        }
        var child: Int32 = 0
        try check(posix_spawn(&child, executable, &actions, &attributes, argv, env), "cannot start")
        pid = child
        // The parent keeps the ends it reads from and writes to; the deferred close takes the rest.
        opened.removeAll { [out.read, err.read, inp?.write].contains($0) }
        stdout = FileHandle(fileDescriptor: out.read, closeOnDealloc: true)
        stderr = FileHandle(fileDescriptor: err.read, closeOnDealloc: true)
        stdin = inp.map { FileHandle(fileDescriptor: $0.write, closeOnDealloc: true) }
        // A thread of its own waits for the child from the start, so the end is seen when it
        // happens, however busy the test run's threads are.
        Thread { [self] in reap() }.start()
    }

    /// Waits, on a thread of its own, for the child to end; its exit status (128 + signal when
    /// killed). Waiting again gives the same status.
    @discardableResult
    public func exit() async -> Int32 {
        await ending().status
    }

    /// When the child ended, as seen by the thread that waited for it (so the time is the
    /// child's, not how long this task took to be scheduled again).
    public func endInstant() async -> ContinuousClock.Instant {
        await ending().instant
    }

    /// The child's end, once the waiting thread has seen it; else the tasks waiting for it.
    private func ending() async -> (status: Int32, instant: ContinuousClock.Instant) {
        await withCheckedContinuation { continuation in
            lock.withLock {
                if let ended { continuation.resume(returning: ended) } else { waiting.append(continuation) }
            }
        }
    }

    /// `waitpid` for the child, on its own thread; the end is recorded under the lock at once,
    /// so that no signal is sent to the process id afterwards, and the waiting tasks resume.
    private func reap() {
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
        let result = (status: raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F), instant: ContinuousClock.now)
        let resumed = lock.withLock {
            ended = result
            defer { waiting = [] }
            return waiting
        }
        for continuation in resumed { continuation.resume(returning: result) }
    }

    /// The child's exit status and when it came, once seen (no signal is sent after that: the
    /// process id may belong to another process by then), and who waits for it until then.
    private var ended: (status: Int32, instant: ContinuousClock.Instant)?
    private var waiting: [CheckedContinuation<(status: Int32, instant: ContinuousClock.Instant), Never>] = []
    private let lock = NSLock()

    /// Ends the child: sends `signal` (if any), waits up to `grace` for it to exit, then kills it.
    /// Its exit status (128 + signal when killed).
    @discardableResult
    public func stop(_ signal: Int32? = nil, grace: Duration = .seconds(5)) async -> Int32 {
        if let signal { self.signal(signal) }
        return await withTaskGroup(of: Int32?.self) { group in
            group.addTask { await self.exit() }
            group.addTask {
                try? await Task.sleep(for: grace)
                return nil
            }
            var status: Int32?
            while let next = await group.next() {
                if let next {
                    status = next
                    group.cancelAll()
                } else if status == nil {
                    self.signal(SIGKILL)
                }
            }
            return status ?? 128 + SIGKILL
        }
    }

    /// The first line of standard output (without its newline), read on a thread of its own;
    /// what came before the end when the child closed it first. A child that says nothing
    /// within `deadline` is killed and what it wrote is returned.
    public func firstLine(within deadline: Duration = .seconds(120)) async -> String {
        let end = ContinuousClock.now + deadline
        let (line, ending) = await onOwnThread { [self] in readLine(until: end) }
        if ending == .deadline { signal(SIGKILL) }
        return line
    }

    /// How ``readLine(until:)`` stopped.
    public enum LineEnding: Sendable { case newline, endOfOutput, deadline }

    /// Standard output up to its next newline (without it), or what came before the end of the
    /// output or the deadline, and which of the three ended it. It blocks the calling thread:
    /// call it on a thread of its own (`onOwnThread`).
    public func readLine(until deadline: ContinuousClock.Instant) -> (text: String, ending: LineEnding) {
        var line = Data()
        var descriptor = pollfd(fd: stdout.fileDescriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return (String(decoding: line, as: UTF8.self), .deadline) }
            let (seconds, attoseconds) = left.components
            let ready = poll(&descriptor, 1, max(1, Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return (String(decoding: line, as: UTF8.self), ready == 0 ? .deadline : .endOfOutput) }
            var byte: UInt8 = 0
            guard read(descriptor.fd, &byte, 1) == 1 else { return (String(decoding: line, as: UTF8.self), .endOfOutput) }
            if byte == UInt8(ascii: "\n") { return (String(decoding: line, as: UTF8.self), .newline) }
            line.append(byte)
        }
    }

    /// Standard output from here to its end, read on a thread of its own.
    public func restOfOutput() async -> Data {
        await onOwnThread { [stdout] in stdout.readDataToEndOfFile() }
    }

    /// The next bytes standard output has (empty at its end), read on a thread of its own.
    public func nextOutput() async -> Data {
        await onOwnThread { [stdout] in stdout.availableData }
    }

    /// Sends a signal to the child, unless it has been seen to end.
    public func signal(_ signal: Int32) {
        lock.withLock { if ended == nil { kill(pid, signal) } }
    }

    /// Reads standard error to its end on a thread of its own from now on, so that a chatty child
    /// never blocks on a full pipe; the function returned awaits the end and gives what was read.
    public func collectStandardError() -> @Sendable () async -> Data {
        let reading = Task { await onOwnThread { [stderr] in stderr.readDataToEndOfFile() } }
        return { await reading.value }
    }
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
