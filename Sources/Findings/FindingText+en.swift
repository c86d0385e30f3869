internal import Localization

extension FindingText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .couldNotVerify(let what, let reason): "Could not verify that \(what.english): \(reason.english)."
        case .unverifiedTitle(let title): "\(title.english) (unverified)"
        case .severity(let severity): severity.rawValue
        case .counts(let errors, let warnings, let notes):
            "\(counted(errors, "error")), \(counted(warnings, "warning")), \(counted(notes, "note"))"
        }
    }
}
