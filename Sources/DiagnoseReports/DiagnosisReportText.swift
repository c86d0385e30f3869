internal import Localization

/// The words of a diagnosis report around its sentences: headings, labels, the root cause's
/// fact names.
enum DiagnosisReportText: CatalogEntry {
    case rootCause, evidence, fix, views
    /// The healthy verdict's heading (the text report adds what was checked after it).
    case nothingWrong(url: String)
    /// The unexplained verdict.
    case somethingFails(url: String)
    /// The text report's lines for the healthy and unexplained verdicts.
    case nothingWrongChecked(url: String)
    case somethingFailsSeeBelow(url: String)
    /// What the unexplained verdict adds.
    case noViewCouldSayWhy
    /// Before the template snippet of the fix.
    case inTheTemplate(location: String?)
    /// Labels of a view that was not used.
    case wouldAdd, toUseIt
    /// The root cause's facts.
    case factAddress, factLoadBalancer, factNode, factSubnet, factRouteTable, factSince, factClientsHurt, factRules
    /// The value of "clients hurt".
    case clientsNeverArrived(Int)
}
