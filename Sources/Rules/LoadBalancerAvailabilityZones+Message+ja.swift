internal import Localization

extension LoadBalancerAvailabilityZones.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .tooFewSubnets(let loadBalancer, let subnets):
            "\(loadBalancer) には\(subnets == 1 ? "サブネットが 1 つしかありません" : "サブネットがありません")。Application Load Balancer には少なくとも 2 つのアベイラビリティーゾーンにサブネットが必要なため、CloudFormation はこれを拒否します。"
        case .addSubnetInSecondZone(let firstSubnet):
            "2 つ目のアベイラビリティーゾーンに、\(firstSubnet.map { JapaneseSpacing.before($0) } ?? "1 つ目のサブネット")と同じパブリックルートテーブルを使うサブネットを追加します。"
        case .sharedZone(let subnets, let loadBalancer, let zone):
            "\(loadBalancer) の \(subnets.joined(separator: " と ")) は\(subnets.count == 2 ? "どちらも" : "いずれも") \(zone) にあります。Application Load Balancer が受け付けるサブネットは、アベイラビリティーゾーンごとに 1 つまでです。"
        case .moveToAnotherZone: "そのうち 1 つを別のアベイラビリティーゾーンに移します（`!Select [i, !GetAZs '']` で別のインデックスを指定します）。"
        case .isInOwnZone(let subnet): "サブネット \(subnet) が他のサブネットとは別のアベイラビリティーゾーンにあること"
        }
    }
}
