internal import Topology

extension FixLead {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .addToStack(let stack, let defining): "\(stack.map { "スタック \($0) " } ?? "\(defining) を定義しているスタック")に追加します:"
        case .addToStackWithDependsOn(let stack, let defining, let attachment):
            "\(stack.map { "スタック \($0) " } ?? "\(defining) を定義しているスタック")に追加し、ルートに `DependsOn: \(attachment)` を付けます:"
        case .addToConfiguration(let module): "\(module.map { "モジュール \($0)（その .tf ファイル）" } ?? "構成")に追加します:"
        case .addRoute(let table, let module): "\(module.map { "モジュール \($0)（その .tf ファイル）の " } ?? "")\(table) にルートを追加します:"
        case .attachGateway(let gateway): "\(gateway) を VPC にアタッチします（または \(gateway) に vpc_id を設定します）:"
        case .addToAttributes(let loadBalancer): "\(loadBalancer) の LoadBalancerAttributes に追加します:"
        case .addToResource(let resource, let module):
            "\(module.map { "モジュール \($0)（モジュール自身の .tf ファイル、レジストリのモジュールなら connection_logs 入力）の \(resource)" } ?? resource) に追加します:"
        case .addToStackOf(let stack, let loadBalancer): "\(stack.map { "スタック \($0) " } ?? "\(loadBalancer) のスタック")に追加します:"
        case .routeThroughEndpoint(let route, let destination, let table, let subnet):
            "\(table) の \(route)（\(destination)）を、\(subnet) 自身のデフォルトルートが使うエンドポイント経由にします:"
        case .addToSecurityGroupIngress(let group): "\(group.map { "\($0) の" } ?? "セキュリティグループの") SecurityGroupIngress に追加します:"
        case .addToProperties(let resource): "\(resource) の Properties に追加します:"
        case .addNetworkACLEntry(let acl, let number): "\(acl) に、\(number) より小さい番号で AWS::EC2::NetworkAclEntry を追加します:"
        case .changeModuleInput(let input): Self.japaneseChange(of: input)
        }
    }

    /// The Japanese of a module's inputs to change.
    private static func japaneseChange(of input: ModuleInput) -> String {
        let module = input.module
        let settings = input.enabling.map { "\($0.name) = \($0.value)" }.joined(separator: " と ")
        switch (settings.isEmpty, input.publicOutput) {
        case (false, let output?):
            return "\(module) で \(settings) を設定して、\(input.input) がインターネットゲートウェイにルーティングされるようにするか、ロードバランサーには \(module).\(input.input) ではなく \(module).\(output) を指定します。"
        case (false, nil):
            return "\(module) で \(settings) を設定して、\(input.input) がそのインターネットゲートウェイにルーティングされるようにします。"
        case (true, let output?):
            return "\(module) の \(input.input) はインターネットゲートウェイにルーティングされません。ロードバランサーには \(module).\(input.input) ではなく \(module).\(output) を指定するか、ロードバランサーを内部向けにします。"
        case (true, nil):
            return "インターネットゲートウェイにルーティングされる \(module) のサブネットをロードバランサーに指定するか、ロードバランサーを内部向けにします。"
        }
    }
}
