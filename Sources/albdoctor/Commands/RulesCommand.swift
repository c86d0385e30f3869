import ArgumentParser
import Foundation
import Localization
import Reports
import RuleCatalog

extension ALBDoctor {
    /// `albdoctor rules [ID]`: list the rules or explain one.
    struct RulesCommand: AsyncParsableCommand {
        /// Computed, as the help's words are in the process's language (`Help`).
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "rules", abstract: Help.text(RulesHelp.abstract), discussion: Help.text(RulesHelp.discussion))
        }

        @Argument(help: Help.argument(RulesHelp.rule))
        var rule: String?

        @Option(name: .customLong("write-docs"), help: Help.argument(RulesHelp.writeDocs, valueName: "folder"))
        var docsFolder: String?

        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let rules = RuleCatalog.all
            let language = lang.language
            if let docsFolder {
                do {
                    try FileManager.default.createDirectory(atPath: docsFolder, withIntermediateDirectories: true)
                    for rule in rules {
                        try RuleDocumentation.markdown(for: rule, language: language).write(toFile: "\(docsFolder)/\(rule.id).md", atomically: true, encoding: .utf8)
                    }
                    try RuleDocumentation.indexPage(rules, folder: docsFolder, language: language).write(toFile: "\(docsFolder)/README.md", atomically: true, encoding: .utf8)
                } catch {
                    throw Terminal.inputError(.cannotWriteDocs(folder: docsFolder, reason: error.localizedDescription), language: language)
                }
                print("Wrote \(rules.count) rule pages and README.md to \(docsFolder)")
                return
            }
            guard let name = rule else {
                print(RuleDocumentation.index(rules, language: language), terminator: "")
                return
            }
            guard let found = RuleCatalog.named(name) else {
                throw Terminal.inputError(.noSuchRule(name: name), language: language)
            }
            print(RuleDocumentation.markdown(for: found, language: language), terminator: "")
        }
    }
}
