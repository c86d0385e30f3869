internal import Localization

extension PageText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .findingsHeading: "Findings"
        case .noFindings: "No findings."
        case .whereLabel: "where"
        case .subjectLabel: "subject"
        case .relatedLabel: "related"
        case .findingsTableHeader: "| severity | rule | where | finding |"
        case .fixFor(let rule, let subject): "Fix for \(rule) on \(subject)"
        }
    }
}
