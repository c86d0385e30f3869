public import Localization

/// What a view read and checked, for its report's closing line and page subtitle (lint's own
/// is `LintScope`).
public enum ViewScope: CatalogEntry {
    /// `aws`: the region's load balancers and subnets, and the rules run.
    case account(region: String, loadBalancers: Int, subnets: Int, rules: Int)
    /// `probe`: the addresses of the names probed.
    case probe(addresses: Int, hosts: [String])
    /// `logs`: the lines read.
    case logs(lines: Int)
    /// `diagnose`: the URL, through the views that could be used.
    case diagnosis(url: String, views: [String])
}
