internal import Localization
internal import Topology

extension Known {
    /// An unknown whose reason is `reason`.
    static func unknown(_ reason: TerraformModelReason) -> Known { .unknown(reason: LocalizedText(reason)) }
}
