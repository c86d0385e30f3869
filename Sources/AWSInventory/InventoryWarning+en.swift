extension InventoryWarning {
    /// The English of every entry.
    var english: String {
        switch self {
        case .itemWithoutID(let call, let idField): "\(call) returned an item without \(idField); it was left out of the checks"
        case .endpointsNotAllowed: "ec2:DescribeVpcEndpoints is not allowed, so the subnets of Gateway Load Balancer endpoints were not checked"
        }
    }
}
