public import Diagnose
public import Pictures
public import Localization
internal import LogReports
internal import ProbeReports

/// `diagnose` as report sections: the root cause (or what was checked), the evidence chain with
/// each item's view, the fix, the views; then the pictures of every view that ran — the network
/// (account, else templates), the address matrix, the logs timeline.
public enum DiagnosisHTML {
    public static func sections(_ outcome: Diagnostician.Outcome, language: Language = .en) -> [HTML] {
        let diagnosis = outcome.diagnosis
        var sections: [HTML] = [summary(diagnosis, language: language)]
        if let model = DiagnosisPictures.network(outcome) { sections.append(NetworkPicture.section(model, language: language)) }
        if let probe = outcome.input.probe { sections += ProbeHTML.sections([probe.report], language: language) }
        if let logs = outcome.input.logs { sections += LogHTML.sections(logs.analysis, language: language) }
        return sections
    }

    static func summary(_ diagnosis: Diagnosis, language: Language) -> HTML {
        func text(_ entry: DiagnosisReportText) -> String { entry.text(in: language) }
        var parts: [HTML] = []
        switch diagnosis.verdict {
        case .broken:
            if let cause = diagnosis.rootCause {
                parts.append(.element("div", ["class": "cause", "id": "root-cause"], [
                    .element("h2", text: text(.rootCause)),
                    .element("p", ["class": "message"], text: cause.message(language)),
                    .element("table", [:], RootCauseFact.facts(of: cause, language: language).map { .element("tr", [:], [.element("th", text: $0.name), .element("td", text: $0.value)]) }),
                ]))
            }
        case .healthy:
            parts.append(.element("div", ["class": "healthy", "id": "root-cause"], [
                .element("h2", text: text(.nothingWrong(url: diagnosis.url))),
                .element("ul", [:], diagnosis.checked.map { .element("li", text: $0(language)) }),
            ]))
        case .unexplained:
            parts.append(.element("div", ["class": "cause", "id": "root-cause"], [
                .element("h2", text: text(.somethingFails(url: diagnosis.url))),
                .element("p", text: text(.noViewCouldSayWhy)),
            ]))
        }
        if !diagnosis.evidence.isEmpty {
            parts.append(.element("h2", text: text(.evidence)))
            parts.append(.element("ol", ["id": "evidence"], diagnosis.evidence.map { item in
                .element("li", ["data-view": item.view.rawValue], [.element("span", ["class": "view"], text: "[\(item.view.rawValue)]"), .text(" " + item.message(language))])
            }))
        }
        if let fix = diagnosis.fix {
            parts.append(.element("h2", text: text(.fix)))
            if let command = fix.command { parts.append(.element("pre", ["class": "fix"], text: command(language))) }
            if let template = fix.template?(language) {
                parts.append(.element("p", text: text(.inTheTemplate(location: fix.templateLocation))))
                parts.append(.element("pre", ["class": "fix"], text: template))
            }
        }
        parts.append(.element("h2", text: text(.views)))
        parts.append(.element("table", ["id": "views"], diagnosis.views.map { view in
            var line = view.summary(language)
            if let wouldAdd = view.wouldAdd { line += " — \(text(.wouldAdd)): " + wouldAdd(language) }
            if let enable = view.enable { line += " — \(text(.toUseIt)): " + enable(language) }
            return .element("tr", [:], [.element("th", text: view.view.rawValue), .element("td", ["class": view.used ? "good" : "warn"], text: (view.used ? "✓ " : "✗ ") + line)])
        }))
        return .element("div", ["id": "diagnosis"], parts)
    }
}

/// The network picture `diagnose` can draw: from the account when it was read, else from the templates.
enum DiagnosisPictures {
    static func network(_ outcome: Diagnostician.Outcome) -> NetworkModel? {
        if let account = outcome.input.account { return NetworkModel(account.topology, findings: account.findings) }
        if let templates = outcome.input.templates { return NetworkModel(templates.topology, findings: templates.findings) }
        return nil
    }
}
