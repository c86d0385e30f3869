internal import Localization

/// A placeholder of a fix's snippet: what the user writes in, where albdoctor cannot know the
/// value. A snippet is code that reads the same in every language; only its placeholders are
/// words, so it is written once per language (`FixText.snippet`). English in
/// `FixPlaceholder+en.swift`, Japanese in `FixPlaceholder+ja.swift`; each keeps its angle brackets.
enum FixPlaceholder: CatalogEntry {
    /// The VPC of a subnet, when the model does not know it.
    case vpc
    /// The id of a subnet's VPC, when the model does not know it (HCL).
    case vpcID
    /// The id of the security group to add an ingress rule to, when none is known (HCL).
    case securityGroupID
    /// The bucket connection logs go to.
    case writableBucket
    /// The certificate of a new HTTPS listener.
    case certificateARN
    /// The default action of a new HTTPS listener.
    case forwardToTargetGroup
    /// The certificate of a TLS listener that has none, for the name the site is reached by.
    case siteCertificateARN
    /// The endpoint a subnet's default route goes through, when its id is unknown.
    case defaultRouteEndpoint
    /// The endpoint of a Network Firewall in a subnet, declared in another module (HCL): a value
    /// that module has to output, passed in.
    case firewallEndpoint(firewall: String, subnet: String)
    /// An attribute of a resource declared in another module (HCL): a value that module has to
    /// output, passed in.
    case passedIn(attribute: String, resource: String)
    /// The export of a resource of another stack (a template's `!ImportValue`); `stack` is nil
    /// when it is not known.
    case export(resource: String, stack: String?)
}
