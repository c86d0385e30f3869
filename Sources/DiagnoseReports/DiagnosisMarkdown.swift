public import Diagnose
internal import Pictures

/// `diagnose` as a pull-request comment: the root cause, the evidence, the fix, the network as a
/// Mermaid flowchart, and the views.
public enum DiagnosisMarkdown {
    public static func sections(_ outcome: Diagnostician.Outcome) -> [String] {
        let diagnosis = outcome.diagnosis
        var out = ""
        switch diagnosis.verdict {
        case .broken:
            if let cause = diagnosis.rootCause {
                out += "**Root cause:** \(Markdown.text(cause.message))\n\n"
                let facts = RootCauseFact.facts(of: cause).map { "\($0.name) \(Markdown.text($0.value))" }
                if !facts.isEmpty { out += facts.joined(separator: " · ") + "\n\n" }
            }
        case .healthy:
            out += "**Nothing wrong** with \(Markdown.text(diagnosis.url)). Checked:\n\n" + diagnosis.checked.map { "- \(Markdown.text($0))\n" }.joined() + "\n"
        case .unexplained:
            out += "**Something fails** for \(Markdown.text(diagnosis.url)), but no view could say why.\n\n"
        }
        if !diagnosis.evidence.isEmpty {
            out += "#### Evidence\n\n" + diagnosis.evidence.enumerated().map { "\($0.offset + 1). **\($0.element.view.rawValue)** \(Markdown.text($0.element.message))\n" }.joined() + "\n"
        }
        if let fix = diagnosis.fix {
            out += "#### Fix\n\n"
            if let command = fix.command { out += Markdown.codeBlock(command, language: "sh") + "\n" }
            if let template = fix.template { out += "In the template\(fix.templateLocation.map { " (\(Markdown.text($0)))" } ?? ""):\n\n" + Markdown.codeBlock(template, language: "yaml") + "\n" }
        }
        var sections = [out]
        if let model = DiagnosisPictures.network(outcome) { sections.append(MermaidFlowchart.section(model)) }
        sections.append("#### Views\n\n" + diagnosis.views.map { "- \($0.used ? "✓" : "✗") **\($0.view.rawValue)**: \(Markdown.text($0.summary))\($0.enable.map { " — to use it: " + Markdown.text($0) } ?? "")\n" }.joined())
        return sections
    }
}
