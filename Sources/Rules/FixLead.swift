public import Localization
internal import Topology

/// The sentence that leads a fix, before its snippet: where to put it. A fix without a
/// snippet (a registry module's input to change) is a whole sentence here.
enum FixLead: CatalogEntry {
    /// Into a stack, named, else the one that defines `defining`.
    case addToStack(String?, defining: String)
    /// Into a stack, with the route made to depend on the new attachment.
    case addToStackWithDependsOn(String?, defining: String, attachment: String)
    /// Into the Terraform configuration, or the module that declares what it is next to.
    case addToConfiguration(module: String?)
    /// A route into a route table (in a module of its own, when it is in one).
    case addRoute(table: String, module: String?)
    /// An internet gateway attachment in Terraform.
    case attachGateway(String)
    /// Attributes of a load balancer in a template.
    case addToAttributes(loadBalancer: String)
    /// Into a resource of the configuration, or of a module (then the module's input too).
    case addToResource(String, module: String?)
    /// Into the stack of a load balancer, named, else the one of `loadBalancer`.
    case addToStackOf(String?, loadBalancer: String)
    /// An existing route rewritten to go through the endpoint the subnet's own default route uses.
    case routeThroughEndpoint(route: String, destination: String, table: String, subnet: String)
    /// Into the ingress rules of a security group in a template, named, else "the security group".
    case addToSecurityGroupIngress(group: String?)
    /// Into the `Properties` of a resource in a template.
    case addToProperties(resource: String)
    /// A new network ACL entry in a template, numbered before the entry that denies.
    case addNetworkACLEntry(acl: String, below: Int)
    /// The whole fix for a subnet made by a Terraform registry module: change the module's
    /// inputs, or give the load balancer other subnets of it (no snippet follows).
    case changeModuleInput(ModuleInput)
}
