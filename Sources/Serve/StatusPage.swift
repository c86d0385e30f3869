internal import Findings
public import Localization
internal import Pictures
internal import Probe
internal import ProbeReports

/// `/`: per target, the address × phase matrix of the last round and each address's last rounds
/// as a row of squares (green answered, red failed), refreshing itself.
public enum StatusPage {
    public static func render(_ states: [TargetState], generated: String, version: String, refreshSeconds: Int, language: Language = .en) -> String {
        func text(_ entry: StatusPageText) -> String { entry.text(in: language) }
        var sections: [HTML] = []
        for state in states {
            var parts: [HTML] = [.element("h2", text: state.target.url)]
            var summary = text(.rounds(state.rounds, every: "\(state.target.interval)"))
            if let error = state.resolutionError { summary += text(.lastResolutionFailed(error(language))) }
            parts.append(.element("p", ["class": "muted"], text: summary))
            if let report = state.lastReport { parts.append(ProbeHTML.matrix(report, language: language)) }
            parts.append(.element("table", ["class": "history"], [
                .element("tr", [:], [.element("th", text: text(.addressColumn)), .element("th", text: text(.nowColumn)), .element("th", text: text(.lastRoundsColumn(TargetState.historyLength)))]),
            ] + state.addresses.map { row($0, language: language) }))
            sections.append(.element("div", ["class": "target", "data-target": state.target.url], parts))
        }
        let findings = states.flatMap(\.findings)
        let scope = text(.scope(targets: states.count, addresses: states.reduce(0) { $0 + $1.addresses.count }))
        var page = HTMLPage(title: "serve", scope: scope, generated: generated, version: version, sections: sections, findings: findings, refreshSeconds: refreshSeconds)
        page.language = language
        return page.render()
    }

    private static func row(_ address: TargetState.Address, language: Language) -> HTML {
        func text(_ entry: StatusPageText) -> String { entry.text(in: language) }
        let up = address.history.last
        let size = 10.0
        let squares = address.history.enumerated().map { index, ok in
            HTML.element("rect", ["x": (Double(index) * (size + 2)).svgText, "y": "0", "width": size.svgText, "height": size.svgText, "class": ok ? "ok-dot" : "fail-dot"])
        }
        let width = Double(TargetState.historyLength) * (size + 2)
        let svg = HTML.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "width": width.svgText, "height": size.svgText, "viewBox": "0 0 \(width.svgText) \(size.svgText)",
                                       "role": "img", "aria-label": text(.history(address: "\(address.address)"))], squares)
        let state: HTML = switch up {
        case true?: .element("td", ["class": "good"], text: text(.up))
        case false?: .element("td", ["class": "fail"], text: text(.down))
        case nil: .element("td", text: text(.notProbedYet))
        }
        return .element("tr", ["data-address": address.address.description, "data-up": up.map { $0 ? "1" : "0" } ?? ""], [
            .element("th", text: address.address.description + (address.absentRounds > 0 ? text(.absentFromDNS(rounds: address.absentRounds)) : "")),
            state, .element("td", [:], [svg]),
        ])
    }
}
