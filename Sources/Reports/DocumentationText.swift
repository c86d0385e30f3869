public import Findings
public import Localization

/// The words of the rule pages (`albdoctor rules ID`, `docs/rules/`, SARIF's rule help).
public enum DocumentationText: CatalogEntry {
    /// The line under a page's heading: the title, the default severity and the view or the
    /// AWS page the rule rests on.
    case kindLine(title: String, severity: Severity, view: String)
    case ruleLine(title: String, severity: Severity, documentationURL: String)
    /// Section headings.
    case whatItChecks, whyItMatters, howToFix, whenReported, whatToDo
    case triggeringExamples, nonTriggeringExamples
    /// The line above an example reported at another severity than the rule's.
    case reportedAs(Severity)
    /// What SARIF's plain-text help puts before the fix.
    case fixPrefix
    /// The index page of the docs folder, down to its table's header.
    case indexHeading(folder: String, language: Language)
}
