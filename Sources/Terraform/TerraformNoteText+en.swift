internal import Localization

extension TerraformNoteText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .moduleNotReadDetail(let address, let source, let reason):
            "\(address) (source \"\(source)\") is not read: \(reason.english)"
        case .moduleNotRead(let address, let source, let reason):
            "The resources and outputs of \(address) (source \"\(source)\") are unverified: \(reason.english)."
        case .instancesNotKnown(let address, let reason):
            "The instances of \(address) are unverified: its count or for_each cannot be known (\(reason.english)); pass the value with --var or --var-file."
        }
    }
}
