extension InventoryWarning {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .itemWithoutID(let call, let idField): "\(call) が \(idField) のない項目を返したため、その項目は検査から外しました"
        case .endpointsNotAllowed: "ec2:DescribeVpcEndpoints が許可されていないため、Gateway Load Balancer エンドポイントのサブネットは検査していません"
        }
    }
}
