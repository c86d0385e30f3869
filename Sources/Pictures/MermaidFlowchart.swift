public import Localization

/// The same network picture as a Mermaid `flowchart` for a pull-request comment (GitHub renders
/// it). Node ids are generated (`n1`, `n2`, …), never taken from names; every label is quoted with
/// Mermaid's entity codes for the characters that would end or break it.
public enum MermaidFlowchart {
    public static func render(_ model: NetworkModel, language: Language = .en) -> String {
        func words(_ entry: PictureText) -> String { entry.text(in: language) }
        var lines = ["flowchart TB"]
        var links: [(text: String, broken: Bool)] = []
        var broken: [String] = []
        var counter = 0
        func id() -> String {
            counter += 1
            return "n\(counter)"
        }
        let internet = id()
        lines.append("  \(internet)((\"\(label(words(.internet)))\"))")
        for group in model.groups {
            let gateway = id()
            lines.append("  \(gateway)[\"\(label(words(group.gateways.isEmpty ? .noInternetGateway(vpc: group.vpc) : .internetGateways(group.gateways))))\"]")
            links.append(("\(internet) --- \(gateway)", false))
            if group.gateways.isEmpty { broken.append(gateway) }
            var balancer: String?
            if let name = group.loadBalancer {
                let node = id()
                balancer = node
                lines.append("  \(node)([\"\(label(name))\"])")
            }
            for zone in group.zones {
                lines.append("  subgraph \(id())[\"\(label(zone.name ?? words(.zoneUnknown)))\"]")
                var subnets: [(String, NetworkModel.SubnetBox)] = []
                for subnet in zone.subnets {
                    let node = id()
                    subnets.append((node, subnet))
                    let nodes = subnet.nodes.isEmpty && group.loadBalancer != nil ? [words(.someNode)] : subnet.nodes.map { words(.node(address: $0)) }
                    let text = [subnet.name, subnet.cidr ?? words(.cidrUnknown), words(.routeTable(subnet.routeTable))] + nodes
                    lines.append("    \(node)[\"\(text.map(label).joined(separator: "<br/>"))\"]")
                }
                lines.append("  end")
                for (node, subnet) in subnets {
                    if let problem = subnet.problem {
                        links.append(("\(gateway) -.-x|\"\(label(problem.rule + ": " + shortened(problem.message(language))))\"| \(node)", true))
                        broken.append(node)
                    } else {
                        links.append(("\(gateway) -->|\"0.0.0.0/0\"| \(node)", false))
                    }
                    if let balancer { links.append(("\(balancer) --- \(node)", false)) }
                }
            }
        }
        lines += links.map { "  " + $0.text }
        lines.append("  classDef broken stroke:#c62828,stroke-width:3px,color:#c62828")
        if !broken.isEmpty { lines.append("  class \(broken.joined(separator: ",")) broken") }
        for (index, link) in links.enumerated() where link.broken { lines.append("  linkStyle \(index) stroke:#c62828,stroke-width:3px") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A label's text inside `"…"`: Mermaid's `#code;` entities for the characters that end a
    /// label, start markup or an entity, or close the Markdown block around it.
    static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "`": out += "#96;"
            case "|": out += "#124;"
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 80 ? text : String(text.prefix(79)) + "…"
    }
}
