internal import Topology

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
        case .addToSecurityGroupIngress(let group): "Add to the SecurityGroupIngress of \(group ?? "the security group"):"
        case .addToProperties(let resource): "Add to \(resource)'s Properties:"
        case .addNetworkACLEntry(let acl, let number): "Add an AWS::EC2::NetworkAclEntry to \(acl) numbered below \(number):"
        case .changeModuleInput(let input): Self.englishChange(of: input)
        }
    }

    /// The English of a module's inputs to change.
    private static func englishChange(of input: ModuleInput) -> String {
        let module = input.module
        let settings = input.enabling.map { "\($0.name) = \($0.value)" }.joined(separator: " and ")
        switch (settings.isEmpty, input.publicOutput) {
        case (false, let output?):
            return "Set \(settings) in \(module) so that its \(input.input) route to the internet gateway, or give the load balancer \(module).\(output) instead of \(module).\(input.input)."
        case (false, nil):
            return "Set \(settings) in \(module) so that its \(input.input) route to its internet gateway."
        case (true, let output?):
            return "\(module)'s \(input.input) never route to the internet gateway: give the load balancer \(module).\(output) instead of \(module).\(input.input), or make it internal."
        case (true, nil):
            return "Give the load balancer subnets of \(module) that route to an internet gateway, or make it internal."
        }
    }
}
