internal import Diagnose
internal import Localization

/// The root cause's facts, named, in the order every renderer (text, HTML, Markdown) lists
/// them: computed once so that no format shows fewer.
struct RootCauseFact {
    var name: String
    var value: String

    static func facts(of cause: Diagnosis.RootCause, language: Language) -> [RootCauseFact] {
        var facts: [RootCauseFact] = []
        func add(_ name: DiagnosisReportText, _ value: String?) {
            if let value { facts.append(RootCauseFact(name: name.text(in: language), value: value)) }
        }
        add(.factAddress, cause.address?.text)
        add(.factLoadBalancer, cause.loadBalancer)
        add(.factNode, cause.networkInterface)
        add(.factSubnet, cause.subnet.map { $0 + (cause.availabilityZone.map { " (\($0))" } ?? "") })
        add(.factRouteTable, cause.routeTable)
        add(.factSince, cause.since?.text(in: language))
        add(.factClientsHurt, cause.affectedClients.map { DiagnosisReportText.clientsNeverArrived($0).text(in: language) })
        add(.factRules, cause.rules.isEmpty ? nil : cause.rules.joined(separator: ", "))
        return facts
    }
}
