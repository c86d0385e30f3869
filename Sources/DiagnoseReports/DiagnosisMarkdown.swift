public import Diagnose
public import Localization
internal import Pictures

/// `diagnose` as a pull-request comment: the root cause, the evidence, the fix, the network as a
/// Mermaid flowchart, and the views.
public enum DiagnosisMarkdown {
    public static func sections(_ outcome: Diagnostician.Outcome, language: Language = .en) -> [String] {
        func text(_ entry: DiagnosisReportText) -> String { entry.text(in: language) }
        let diagnosis = outcome.diagnosis
        var out = ""
        switch diagnosis.verdict {
        case .broken:
            if let cause = diagnosis.rootCause {
                out += "**\(text(.rootCause)):** \(Markdown.text(cause.message(language)))\n\n"
                let facts = RootCauseFact.facts(of: cause, language: language).map { "\($0.name) \(Markdown.text($0.value))" }
                if !facts.isEmpty { out += facts.joined(separator: " · ") + "\n\n" }
            }
        case .healthy:
            out += "**\(Markdown.text(text(.nothingWrong(url: diagnosis.url))))**:\n\n" + diagnosis.checked.map { "- \(Markdown.text($0(language)))\n" }.joined() + "\n"
        case .unexplained:
            out += "**\(Markdown.text(text(.somethingFails(url: diagnosis.url))))**. \(Markdown.text(text(.noViewCouldSayWhy)))\n\n"
        }
        if !diagnosis.evidence.isEmpty {
            out += "#### \(text(.evidence))\n\n" + diagnosis.evidence.enumerated().map { "\($0.offset + 1). **\($0.element.view.rawValue)** \(Markdown.text($0.element.message(language)))\n" }.joined() + "\n"
        }
        if let fix = diagnosis.fix {
            out += "#### \(text(.fix))\n\n"
            if let command = fix.command { out += Markdown.codeBlock(command(language), language: "sh") + "\n" }
            if let template = fix.template {
                out += Markdown.text(text(.inTheTemplate(location: fix.templateLocation))) + "\n\n" + Markdown.codeBlock(template(language), language: "yaml") + "\n"
            }
        }
        var sections = [out]
        if let model = DiagnosisPictures.network(outcome) { sections.append(MermaidFlowchart.section(model, language: language)) }
        sections.append("#### \(text(.views))\n\n" + diagnosis.views.map { view in
            "- \(view.used ? "✓" : "✗") **\(view.view.rawValue)**: \(Markdown.text(view.summary(language)))\(view.enable.map { " — \(text(.toUseIt)): " + Markdown.text($0(language)) } ?? "")\n"
        }.joined())
        return sections
    }
}
