internal import Localization

/// What `aws` warns about while reading an account: records left out, optional reads not
/// allowed. English in `InventoryWarning+en.swift`, Japanese in `InventoryWarning+ja.swift`.
enum InventoryWarning: CatalogEntry {
    /// A Describe call returned a record without its own id, which cannot be named.
    case itemWithoutID(call: String, idField: String)
    /// ec2:DescribeVpcEndpoints was denied: Gateway Load Balancer endpoints' subnets are not checked.
    case endpointsNotAllowed
}
