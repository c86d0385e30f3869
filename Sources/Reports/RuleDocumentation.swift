public import Findings
public import Localization
internal import TextWidth

/// The docs page of a rule, generated from its description: `docs/rules/ID.md`,
/// `docs/rules/ja/ID.md`, `albdoctor rules ID` and SARIF help all come from here, never written twice.
public enum RuleDocumentation {
    /// The page of a rule (what it checks, why, how to fix, its examples) or of another
    /// view's kind of finding (when it is reported, what to do), in `language`.
    public static func markdown(for kind: FindingKind, language: Language = .en) -> String {
        let kind = kind.translated(to: language)
        guard let details = kind.details else { return findingPage(kind, language) }
        return rulePage(kind, details, language)
    }

    private static func findingPage(_ kind: FindingKind, _ language: Language) -> String {
        """
        # \(kind.id) — \(kind.name)

        \(DocumentationText.kindLine(title: kind.title, severity: kind.severity, view: kind.view).text(in: language))

        ## \(DocumentationText.whenReported.text(in: language))

        \(kind.summary)

        ## \(DocumentationText.whatToDo.text(in: language))

        \(kind.howToFix)

        """
    }

    private static func rulePage(_ rule: FindingKind, _ details: FindingKind.RuleDetails, _ language: Language) -> String {
        var text = """
            # \(rule.id) — \(rule.name)

            \(DocumentationText.ruleLine(title: rule.title, severity: rule.severity, documentationURL: details.documentationURL).text(in: language))

            ## \(DocumentationText.whatItChecks.text(in: language))

            \(rule.summary)

            ## \(DocumentationText.whyItMatters.text(in: language))

            \(details.rationale)

            ## \(DocumentationText.howToFix.text(in: language))

            \(rule.howToFix)

            """
        func examples(_ title: DocumentationText, _ list: [RuleExample]) {
            guard !list.isEmpty else { return }
            text += "\n## \(title.text(in: language))\n"
            for example in list {
                if let severity = example.severity { text += "\n\(DocumentationText.reportedAs(severity).text(in: language))\n" }
                for stack in example.stacks {
                    text += "\n```yaml\n# stack: \(stack.name)\n\(stack.template.hasSuffix("\n") ? stack.template : stack.template + "\n")```\n"
                }
            }
        }
        examples(.triggeringExamples, details.triggeringExamples)
        examples(.nonTriggeringExamples, details.nonTriggeringExamples)
        return text
    }

    /// `albdoctor rules`: one line per rule, titles in `language`.
    public static func index(_ entries: [FindingKind], language: Language = .en) -> String {
        let width = entries.map(\.name.displayWidth).max() ?? 0
        return entries.map { entry in
            "\(entry.id)  \(entry.severity.rawValue.padded(to: 7))  \(entry.name.padded(to: width))  \(entry.translated(to: language).title)"
        }.joined(separator: "\n") + "\n"
    }

    /// The index page of the docs folder `folder` (as `--write-docs` was given it).
    public static func indexPage(_ entries: [FindingKind], folder: String, language: Language = .en) -> String {
        DocumentationText.indexHeading(folder: folder, language: language).text(in: language) + "\n|---|---|---|---|---|\n"
            + entries.map { entry in
                "| [\(entry.id)](\(entry.id).md) | \(entry.name) | \(entry.severity.rawValue) | \(entry.view) | \(entry.translated(to: language).title) |"
            }.joined(separator: "\n") + "\n"
    }
}
