extension NodeKindName {
    /// The English of every entry, with its article ("found a list").
    var english: String {
        switch self {
        case .scalar: "a scalar"
        case .null: "null"
        case .list: "a list"
        case .mapping: "a mapping"
        case .emptyDocument: "an empty document"
        }
    }
}
