public import ArgumentParser
import Foundation
public import Localization
import Reports

extension Language: ExpressibleByArgument {}

/// `--lang`, which every command that writes messages, fixes or pages shares.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: Help.argument(OptionGroupHelp.lang, valueName: "en|ja"))
    var flag: Language?

    /// The language asked for, by the flag or the environment.
    var language: Language { Language.chosen(flag: flag, environment: ProcessInfo.processInfo.environment) }
}

extension LanguageOption {
    /// The language where no command's `--lang` is at hand — a value's parser, an option group
    /// without `--lang`, an error that left a command: `--lang` as the command line gives it
    /// (a value that names no language is left to the parser to refuse), else the environment.
    static var ofProcess: Language {
        Language.chosen(flag: languageFlag(in: CommandLine.arguments), environment: ProcessInfo.processInfo.environment)
    }

    /// The last `--lang VALUE` or `--lang=VALUE` before a `--`, when it names a language.
    static func languageFlag(in arguments: [String]) -> Language? {
        var found: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found
    }
}
