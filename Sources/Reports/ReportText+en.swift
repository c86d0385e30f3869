internal import Localization

extension ReportText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .subject: "subject"
        case .related: "related"
        case .fix: "fix"
        case .scopeAfterCounts(let scope): " (\(scope))"
        case .noFindings(let scope): "No findings" + (scope.map { ": \($0)." } ?? ".")
        }
    }
}
