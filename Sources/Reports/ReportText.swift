public import Localization

/// The words of the text report around the findings: labels and the closing line.
public enum ReportText: CatalogEntry {
    /// The label of a finding's subject.
    case subject
    /// The label of the other resources a finding involves.
    case related
    /// The label of a finding's fix.
    case fix
    /// What was checked, after the closing line's counts.
    case scopeAfterCounts(String)
    /// The closing line without findings, with what was checked when known.
    case noFindings(scope: String?)
}
