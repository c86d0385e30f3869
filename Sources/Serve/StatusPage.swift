internal import Findings
internal import Pictures
internal import Probe
internal import ProbeReports

/// `/`: per target, the address × phase matrix of the last round and each address's last rounds
/// as a row of squares (green answered, red failed), refreshing itself.
public enum StatusPage {
    public static func render(_ states: [TargetState], generated: String, version: String, refreshSeconds: Int) -> String {
        var sections: [HTML] = []
        for state in states {
            var parts: [HTML] = [.element("h2", text: state.target.url)]
            var summary = "\(state.rounds) round\(state.rounds == 1 ? "" : "s"), every \(state.target.interval)"
            if let error = state.resolutionError { summary += " — last resolution failed: \(error)" }
            parts.append(.element("p", ["class": "muted"], text: summary))
            if let report = state.lastReport { parts.append(ProbeHTML.matrix(report)) }
            parts.append(.element("table", ["class": "history"], [
                .element("tr", [:], [.element("th", text: "address"), .element("th", text: "now"), .element("th", text: "last \(TargetState.historyLength) rounds, oldest first")]),
            ] + state.addresses.map(row)))
            sections.append(.element("div", ["class": "target", "data-target": state.target.url], parts))
        }
        let findings = states.flatMap(\.findings)
        let scope = "\(states.count) target\(states.count == 1 ? "" : "s"), \(states.reduce(0) { $0 + $1.addresses.count }) addresses"
        return HTMLPage(title: "serve", scope: scope, generated: generated, version: version, sections: sections, findings: findings, refreshSeconds: refreshSeconds).render()
    }

    private static func row(_ address: TargetState.Address) -> HTML {
        let up = address.history.last
        let size = 10.0
        let squares = address.history.enumerated().map { index, ok in
            HTML.element("rect", ["x": (Double(index) * (size + 2)).svgText, "y": "0", "width": size.svgText, "height": size.svgText, "class": ok ? "ok-dot" : "fail-dot"])
        }
        let width = Double(TargetState.historyLength) * (size + 2)
        let svg = HTML.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "width": width.svgText, "height": size.svgText, "viewBox": "0 0 \(width.svgText) \(size.svgText)",
                                       "role": "img", "aria-label": "history of \(address.address)"], squares)
        let state: HTML = switch up {
        case true?: .element("td", ["class": "good"], text: "up")
        case false?: .element("td", ["class": "fail"], text: "down")
        case nil: .element("td", text: "not probed yet")
        }
        return .element("tr", ["data-address": address.address.description, "data-up": up.map { $0 ? "1" : "0" } ?? ""], [
            .element("th", text: address.address.description + (address.absentRounds > 0 ? " (absent from DNS for \(address.absentRounds) rounds)" : "")),
            state, .element("td", [:], [svg]),
        ])
    }
}
