public import Localization

/// The words of the HTML pages and Markdown summaries around the findings.
public enum PageText: CatalogEntry {
    /// The heading of the findings.
    case findingsHeading
    /// What the findings section says when there are none.
    case noFindings
    /// The evidence table's row labels.
    case whereLabel, subjectLabel, relatedLabel
    /// The Markdown table's header row.
    case findingsTableHeader
    /// The summary line of a collapsed fix.
    case fixFor(rule: String, subject: String)
}
