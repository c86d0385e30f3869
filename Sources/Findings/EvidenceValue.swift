public import Localization

/// The words evidence uses for a value that is not there.
public enum EvidenceValue: CatalogEntry {
    /// A subnet's availability zone as evidence shows it: the zone, or `unknownZone`.
    public static func zone(_ zone: String?) -> LocalizedText {
        zone.map(LocalizedText.init(sameInEveryLanguage:)) ?? LocalizedText(EvidenceValue.unknownZone)
    }

    /// An attribute or property not set.
    case unset
    /// An empty list (no routes, no entries).
    case none
    /// A subnet whose availability zone is not known.
    case unknownZone
    /// An internet gateway attached to no VPC.
    case nothing

    public var english: String {
        switch self {
        case .unset: "unset"
        case .none: "none"
        case .unknownZone: "unknown AZ"
        case .nothing: "nothing"
        }
    }

    public var japanese: String {
        switch self {
        case .unset: "未設定"
        case .none: "なし"
        case .unknownZone: "不明な AZ"
        case .nothing: "なし"
        }
    }
}
