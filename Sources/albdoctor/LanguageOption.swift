public import ArgumentParser
import Foundation
public import Localization

extension Language: ExpressibleByArgument {}

/// `--lang`, which every command that writes messages, fixes or pages shares.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of messages, fixes, headings and rule pages: en or ja. Without it, ALBDOCTOR_LANG, then LC_ALL, LC_MESSAGES, LANGUAGE and LANG decide (ja_JP.UTF-8 is Japanese); English otherwise. Rule ids, JSON field names and metric names are the same in both.",
            valueName: "en|ja"))
    var flag: Language?

    /// The language asked for, by the flag or the environment.
    var language: Language { Language.chosen(flag: flag, environment: ProcessInfo.processInfo.environment) }
}
