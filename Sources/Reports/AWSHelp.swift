public import Localization

/// The words of `albdoctor aws --help`, by typed key. English in `AWSHelp+en.swift`, Japanese in
/// `AWSHelp+ja.swift`.
public enum AWSHelp: CatalogEntry {
    /// The one line under OVERVIEW (and beside `aws` in `albdoctor --help`).
    case abstract
    /// What it reads and how it finds credentials, the IAM `permissions` it needs (a list of
    /// actions, as IAM spells them), and examples.
    case discussion(permissions: String)
    /// `--profile`.
    case profile
    /// `--region` and its default (`diagnose --region` too).
    case region
    /// `--load-balancer`.
    case loadBalancer
    /// `--endpoint-url`.
    case endpointURL
    /// `--save-snapshot`.
    case saveSnapshot
    /// `--snapshot`.
    case snapshot
}
