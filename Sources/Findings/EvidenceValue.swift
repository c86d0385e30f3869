public import Localization

/// The words evidence uses for a value that is not there, or for a value that is a word.
public enum EvidenceValue: CatalogEntry {
    /// A subnet's availability zone as evidence shows it: the zone, or `unknownZone`.
    public static func zone(_ zone: String?) -> LocalizedText {
        zone.map(LocalizedText.init(sameInEveryLanguage:)) ?? LocalizedText(EvidenceValue.unknownZone)
    }

    /// Names as evidence lists them: separated by commas, or `none` (or `empty`) when there are none.
    public static func names(_ names: [String], empty: EvidenceValue = .none) -> LocalizedText {
        names.isEmpty ? LocalizedText(empty) : LocalizedText(sameInEveryLanguage: names.joined(separator: ", "))
    }

    /// An attribute or property not set.
    case unset
    /// An empty list (no routes, no entries).
    case none
    /// A subnet whose availability zone is not known.
    case unknownZone
    /// An internet gateway attached to no VPC.
    case nothing
    /// A load balancer given no security group, which therefore has its VPC's default one.
    case defaultSecurityGroup
    /// Traffic into a subnet (a network ACL's ingress entries).
    case inbound
    /// Traffic out of a subnet (a network ACL's egress entries).
    case outbound

    public var english: String {
        switch self {
        case .unset: "unset"
        case .none: "none"
        case .unknownZone: "unknown AZ"
        case .nothing: "nothing"
        case .defaultSecurityGroup: "none (the VPC's default security group)"
        case .inbound: "inbound"
        case .outbound: "outbound"
        }
    }

    public var japanese: String {
        switch self {
        case .unset: "未設定"
        case .none: "なし"
        case .unknownZone: "不明な AZ"
        case .nothing: "なし"
        case .defaultSecurityGroup: "なし（VPC のデフォルトセキュリティグループ）"
        case .inbound: "インバウンド"
        case .outbound: "アウトバウンド"
        }
    }
}
