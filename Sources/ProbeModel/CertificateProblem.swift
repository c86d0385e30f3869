package import Localization

/// The problems `probe` finds in a served chain (`Verification.problems`, quoted by PRB008–PRB012
/// and the address table), by typed key. English in `CertificateProblem+en.swift`, Japanese in
/// `CertificateProblem+ja.swift`. What swift-certificates said of a certificate it cannot parse
/// comes as it wrote it and is shown as it is in both languages.
package enum CertificateProblem: CatalogEntry {
    /// Certificate `position` (counted from 1) of the `count` the server sent cannot be parsed:
    /// `sha256` is its fingerprint, `reason` what the parser said.
    case unreadable(position: Int, count: Int, sha256: String, reason: String)
    /// The leaf is not valid for `host`: it is for `names` (its subject alternative names, else
    /// its subject).
    case forAnotherName(names: [String], host: String)
    /// A certificate of the chain is past its notAfter `day`: the leaf when `subject` is nil, else
    /// the chain's certificate with that subject.
    case expired(subject: String?, day: String)
    /// A certificate of the chain is before its notBefore `day`: the leaf when `subject` is nil.
    case notYetValid(subject: String?, day: String)
    /// The server sends the leaf without the intermediate that `issuer` names.
    case intermediateMissing(issuer: String)
    /// The chain ends at the self-signed `root`, which the roots do not hold (`rootsFile`: the
    /// `--ca-file`'s name; nil for the system roots).
    case untrustedRoot(root: String, rootsFile: String?)
    /// The chain leads to `issuer`, which is not among the roots (`rootsFile` as above).
    case unknownIssuer(issuer: String, rootsFile: String?)
}
