internal import Localization

extension LoadBalancerElasticIP.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .cannotHoldElasticIP(let loadBalancer, let subnet, let problem):
            "\(loadBalancer) は\(Self.subnet(subnet))ノードに Elastic IP を割り当てていますが、\(problem.japanese)ため、CloudFormation はこれを拒否します。"
        case .sharedElasticIP(let node, let allocation, let others):
            "\(JapaneseSpacing.before(node.japanese))には Elastic IP \(allocation) が割り当てられていますが、\(JapaneseSpacing.before(others.map(\.japanese).joined(separator: "、")))もこれを保持しています。アドレスを保持できるのはそのうちの 1 つだけのため、ロードバランサーを作成できないか、そのノードがそのアドレスで応答しなくなります。"
        case .elasticIPIsFree(let loadBalancer, let subnet):
            "\(Holder.node(loadBalancer: loadBalancer, subnet: subnet).japanese)の Elastic IP をほかの何も保持していないこと"
        case .removeAllocation(let mapping):
            "\(mapping) のサブネットマッピングから AllocationId を削除します（またはインターネット向けの Network Load Balancer を使います）。"
        case .giveOwnElasticIP(let mapping):
            "\(mapping.map { "\($0) の" } ?? "その")サブネットマッピングに専用の Elastic IP を割り当てます（新しい AWS::EC2::EIP を作成し、AllocationId: !GetAtt <it>.AllocationId を指定します）。"
        case .allocationNotInTemplates(let allocation, let region):
            "割り当て \(allocation) は指定されたテンプレートの Elastic IP ではありません。\(region) に存在し、ほかの何もそれを保持していないことを確認してください"
        case .allocationNotInAccount(let allocation): "割り当て \(allocation) はアカウントから返されませんでした"
        case .allocationNotInConfiguration(let allocation, let region):
            "割り当て \(allocation) は指定された構成の aws_eip ではありません。\(region) に存在し、ほかの何もそれを保持していないことを確認してください"
        }
    }

    /// ` SubnetA の` for a subnet's name, `あるサブネットの` when it is unknown: what follows a particle.
    static func subnet(_ name: String?) -> String {
        name.map { " \($0) の" } ?? "いずれかのサブネットの"
    }
}

extension LoadBalancerElasticIP.Message.HolderProblem {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .applicationLoadBalancer: "Application Load Balancer は AllocationId を受け付けない"
        case .internalLoadBalancer: "内部ロードバランサーは Elastic IP を受け付けない（そのマッピングが受け付けるのは PrivateIPv4Address）"
        }
    }
}

extension LoadBalancerElasticIP.Message.Holder {
    /// The Japanese of every entry: `lb の SubnetA のノード`, `lb のあるサブネットのノード`, `NAT ゲートウェイ NatGw`.
    var japanese: String {
        switch self {
        case .node(let loadBalancer, let subnet): "\(loadBalancer) の\(LoadBalancerElasticIP.Message.subnet(subnet))ノード"
        case .resource(let kind, let name): "\(Self.kind(kind)) \(name)"
        }
    }

    /// The Japanese of a kind the readers give (`ElasticIPHolder.kind`); an unforeseen one as it is.
    private static func kind(_ english: String) -> String {
        switch english {
        case "NAT gateway": "NAT ゲートウェイ"
        case "network interface association": "ネットワークインターフェイスの関連付け"
        case "instance association": "インスタンスの関連付け"
        case "instance (the EIP's InstanceId)": "インスタンス（EIP の InstanceId）"
        case "instance (the EIP's instance)": "インスタンス（EIP の instance）"
        case "network interface (the EIP's network_interface)": "ネットワークインターフェイス（EIP の network_interface）"
        default: english
        }
    }
}
