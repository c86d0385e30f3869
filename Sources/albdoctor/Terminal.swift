#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation

/// The process's terminal, as far as the commands need it.
enum Terminal {
    /// Whether standard output is a terminal that wants colour.
    static func wantsColour(disabled: Bool) -> Bool {
        !disabled && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Whether standard output is a terminal (for live tables).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard error is a terminal (for progress bars).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes `albdoctor: error: …` to standard error and gives the exit code of bad input (2)
    /// to throw: `throw Terminal.inputError(error)`.
    static func inputError(_ message: Any) -> ExitCode {
        writeError("albdoctor: error: \(message)")
        return ExitCode(2)
    }
}
