#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import Localization
import Reports

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

    /// Writes `albdoctor: error: …` to standard error in `language` and gives the exit code of
    /// bad input (2) to throw: `throw Terminal.inputError(error, language: output.language)`. A
    /// `LocalizedFailure` is said in `language`; any other error as it describes itself.
    static func inputError(_ error: any Error, language: Language) -> ExitCode {
        writeInputError(message(of: error, in: language), language: language)
    }

    /// Writes one of the command's own failures as `albdoctor: error: …` in `language` and gives
    /// the exit code of bad input (2) to throw.
    static func inputError(_ text: CommandLineText, language: Language) -> ExitCode {
        writeInputError(text.text(in: language), language: language)
    }

    /// An error's message in `language` when it is a `LocalizedFailure`, else as it describes itself.
    static func message(of error: any Error, in language: Language) -> String {
        if let failure = error as? any LocalizedFailure { return failure.localizedMessage(language) }
        return "\(error)"
    }

    private static func writeInputError(_ message: String, language: Language) -> ExitCode {
        writeError(CommandLineText.errorPrefix.text(in: language) + message)
        return ExitCode(2)
    }
}
