public import Localization

/// The words evidence uses for a value that is not there.
public enum EvidenceValue: CatalogEntry {
    /// An attribute or property not set.
    case unset
    /// An empty list (no routes, no entries).
    case none

    public var english: String {
        switch self {
        case .unset: "unset"
        case .none: "none"
        }
    }

    public var japanese: String {
        switch self {
        case .unset: "未設定"
        case .none: "なし"
        }
    }
}
