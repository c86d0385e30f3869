import ArgumentParser
import Foundation
import Localization
import Reports
import RuleCatalog

extension ALBDoctor {
    /// `albdoctor rules [ID]`: list the rules or explain one.
    struct RulesCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List every rule and finding id, or explain one (what, why, how to fix, examples).",
            discussion: """
                ALB rules come from `lint` and `aws`, PRB findings from `probe`, LOG findings from `logs`.

                Examples:
                  albdoctor rules
                  albdoctor rules ALB001
                  albdoctor rules lb-subnet-without-internet-route
                  albdoctor rules PRB001
                  albdoctor rules --lang ja ALB001
                  albdoctor rules --write-docs docs/rules
                  albdoctor rules --lang ja --write-docs docs/rules/ja
                """
        )

        @Argument(help: "An id (ALB001, PRB001, LOG001) or name (lb-subnet-without-internet-route).")
        var rule: String?

        @Option(name: .customLong("write-docs"), help: ArgumentHelp("Write one Markdown page per rule, and an index, into this folder.", valueName: "folder"))
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
