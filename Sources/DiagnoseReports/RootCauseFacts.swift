internal import Diagnose

/// The root cause's facts, named, in the order every renderer (text, HTML, Markdown) lists
/// them: computed once so that no format shows fewer.
struct RootCauseFact {
    var name: String
    var value: String

    static func facts(of cause: Diagnosis.RootCause) -> [RootCauseFact] {
        var facts: [RootCauseFact] = []
        func add(_ name: String, _ value: String?) { if let value { facts.append(RootCauseFact(name: name, value: value)) } }
        add("address", cause.address?.text)
        add("load balancer", cause.loadBalancer)
        add("node", cause.networkInterface)
        add("subnet", cause.subnet.map { $0 + (cause.availabilityZone.map { " (\($0))" } ?? "") })
        add("route table", cause.routeTable)
        add("since", cause.since?.description)
        add("clients hurt", cause.affectedClients.map { "\($0) redirected to HTTPS and never arrived" })
        add("rules", cause.rules.isEmpty ? nil : cause.rules.joined(separator: ", "))
        return facts
    }
}
