@testable import DiagnoseReports
import Localization
import Testing
import _TestSupport

/// The words around a diagnosis's sentences (headings, the root cause's fact names, the verdicts'
/// lines): every key in both languages with the values it shows. The exhaustive switch and
/// `checkEveryCase` keep every key tested.
@Suite struct DiagnosisReportTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: DiagnosisReportText) -> [(DiagnosisReportText, [String])] {
        switch entry {
        case .rootCause, .evidence, .fix, .views, .noViewCouldSayWhy, .wouldAdd, .toUseIt:
            [(.rootCause, []), (.evidence, []), (.fix, []), (.views, []), (.noViewCouldSayWhy, []), (.wouldAdd, []), (.toUseIt, [])]
        case .factAddress, .factLoadBalancer, .factNode, .factSubnet, .factRouteTable, .factSince, .factClientsHurt, .factRules:
            [(.factAddress, []), (.factLoadBalancer, []), (.factNode, []), (.factSubnet, []), (.factRouteTable, []), (.factSince, []),
             (.factClientsHurt, []), (.factRules, [])]
        case .nothingWrong: [(.nothingWrong(url: "https://siteX1/"), ["https://siteX1/"])]
        case .somethingFails: [(.somethingFails(url: "https://siteX1/"), ["https://siteX1/"])]
        case .nothingWrongChecked: [(.nothingWrongChecked(url: "https://siteX1/"), ["https://siteX1/"])]
        case .somethingFailsSeeBelow: [(.somethingFailsSeeBelow(url: "https://siteX1/"), ["https://siteX1/"])]
        case .inTheTemplate:
            [(.inTheTemplate(location: "network.yaml:40:3"), ["network.yaml:40:3"]), (.inTheTemplate(location: nil), [])]
        case .clientsNeverArrived: [(.clientsNeverArrived(17), ["17", "HTTPS"])]
        }
    }

    @Test func everyKey() {
        let keys: [DiagnosisReportText] = [
            .rootCause, .factAddress, .nothingWrong(url: ""), .somethingFails(url: ""), .nothingWrongChecked(url: ""),
            .somethingFailsSeeBelow(url: ""), .inTheTemplate(location: nil), .clientsNeverArrived(0),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        // One key stands for the keys its `samples` arm groups: the cases sampled are what counts.
        checkEveryCase(keys.flatMap { Self.samples($0).map(\.0) }, declaredIn: "Sources/DiagnoseReports/DiagnosisReportText.swift")
    }
}
