public import Localization

/// The texts every kind of finding shares, whatever reported it.
public enum FindingText: CatalogEntry {
    /// A note's message: what could not be checked, and why.
    case couldNotVerify(what: LocalizedText, reason: LocalizedText)
    /// A note's title: the kind's title, marked unverified.
    case unverifiedTitle(LocalizedText)
    /// A severity as a finding's head or badge shows it (`error[ALB001]`).
    case severity(Severity)
    /// How many findings of each severity.
    case counts(errors: Int, warnings: Int, notes: Int)
}
