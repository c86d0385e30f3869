public import Foundation

/// A helper process a test starts and stops itself (moto, a recorded-response server): it prints
/// its endpoint on its first line and runs until its standard input closes.
public final class Peer: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let errors = Pipe()
    /// What the peer printed first: its endpoint.
    public let endpoint: String

    public init(_ executable: String, _ arguments: [String]) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line = Data()
        let reader = output.fileHandleForReading
        while true {
            let byte = reader.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        endpoint = String(decoding: line, as: UTF8.self)
        guard endpoint.hasPrefix("http://127.0.0.1:") else {
            process.terminate()
            throw PeerError(message: "\(executable) \(arguments.joined(separator: " ")) did not start: \(String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self))")
        }
    }

    /// Stops the peer and returns what it wrote to standard error.
    @discardableResult
    public func stop() -> String {
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}

public struct PeerError: Error, CustomStringConvertible {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Whether python3 can import all these modules.
public func pythonHas(_ modules: String...) -> Bool {
    guard let python = which("python3") else { return false }
    return (try? runProcess(python, ["-c", "import " + modules.joined(separator: ", ")]).status) == 0
}
