extension FixLead {
    /// The English of every entry.
    var english: String {
        switch self {
        case .addToStack(let stack, let defining): "Add to the stack \(stack ?? "that defines \(defining)"):"
        case .addToStackWithDependsOn(let stack, let defining, let attachment):
            "Add to the stack \(stack ?? "that defines \(defining)"), and give the route `DependsOn: \(attachment)`:"
        case .addToConfiguration(let module): "Add to \(module.map { "the module \($0) (its own .tf files)" } ?? "the configuration"):"
        case .addRoute(let table, let module): "Add a route to \(table)\(module.map { ", in the module \($0) (its own .tf files)" } ?? ""):"
        case .attachGateway(let gateway): "Attach it (or set vpc_id in \(gateway)):"
        case .addToAttributes(let loadBalancer): "Add to \(loadBalancer)'s LoadBalancerAttributes:"
        case .addToResource(let resource, let module):
            "Add to \(module.map { "\(resource) in the module \($0) (its own .tf files; for a registry module, its connection_logs input)" } ?? resource):"
        case .addToStackOf(let stack, let loadBalancer): "Add to the stack \(stack ?? "of \(loadBalancer)"):"
        case .routeThroughEndpoint(let route, let destination, let table, let subnet):
            "Make \(route) (\(destination)) in \(table) go through the endpoint \(subnet)'s own default route uses:"
        }
    }
}
