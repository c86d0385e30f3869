internal import Localization

extension LintScope {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .templates(let stacks, let loadBalancers, let subnets, let rules, let skipped):
            var text = "スタック \(stacks) 個、ロードバランサー \(loadBalancers) 個、サブネット \(subnets) 個、ルール \(rules) 個"
            if !skipped.isEmpty {
                let more = skipped.count > Self.skippedShown ? " ほか \(skipped.count - Self.skippedShown) 個" : ""
                let shown = skipped.prefix(Self.skippedShown).joined(separator: "、") + more
                text += "。テンプレートではないファイル \(skipped.count) 個を読み飛ばしました: \(shown)"
            }
            return text
        case .terraform(let planFiles, let files, let resources, let loadBalancers, let subnets, let rules):
            let source = planFiles.map { planFiles in
                "プランまたはステートのファイル \(planFiles) 個" + (files == 0 ? "" : "（構成のファイル \(files) 個とともに）")
            } ?? "構成 1 つ（ファイル \(files) 個）"
            return "\(source)、リソース \(resources) 個、ロードバランサー \(loadBalancers) 個、サブネット \(subnets) 個、ルール \(rules) 個"
        }
    }
}
