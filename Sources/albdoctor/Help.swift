#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import Localization
import ProbeModel
import Reports

/// The help in the language of the process: `--lang` as the command line gives it, else the
/// environment (`LanguageOption.ofProcess`). swift-argument-parser builds the help from each
/// command's `configuration` and from its arguments' `help:`, which it evaluates every time it
/// makes a command value, before any command's `--lang` is parsed into one; so both ask here.
enum Help {
    /// The process's language, read once: the parser asks for the words many times a run.
    private static let language = LanguageOption.ofProcess

    /// `entry` in the process's language: a command's abstract or discussion.
    static func text(_ entry: some CatalogEntry) -> String {
        entry.text(in: language)
    }

    /// An argument's help: `entry` in the process's language, `valueName` (`file`, `url`) as it is.
    static func argument(_ entry: some CatalogEntry, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(entry), valueName: valueName)
    }

    /// The longest duration or window an option takes, in hours, for the help to say.
    static var longestHours: Int64 { DurationArgument.longestHours }

    /// A message swift-argument-parser gives for a clean exit (the help, the version, a
    /// completion script), as it is to be printed: the help in Japanese laid out again by display
    /// width (`HelpLayout`), since the parser wraps by characters and a kana or kanji takes two
    /// columns; anything else unchanged.
    static func laidOut(_ message: String) -> String {
        guard language == .ja else { return message }
        return HelpLayout.fitted(message, width: screenWidth)
    }

    /// The columns swift-argument-parser lays the help out in, found as it finds them: `COLUMNS`,
    /// else the width of the terminal on standard output, else 80.
    private static var screenWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }) { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
