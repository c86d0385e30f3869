public import Diagnose
internal import Findings
internal import Reports
internal import TextWidth

/// `albdoctor diagnose` as text: the root cause first, then the evidence chain with each item's
/// view, the fix, and what each view did or could not do (before the findings list).
public enum DiagnosisText {
    public static func render(_ diagnosis: Diagnosis, colour: Bool) -> String {
        let style = TerminalStyle(enabled: colour)
        var out = ""
        switch diagnosis.verdict {
        case .broken:
            if let cause = diagnosis.rootCause {
                out += style.severity(.error, "Root cause") + ": \(cause.message)\n"
                let facts = RootCauseFact.facts(of: cause)
                let width = facts.map(\.name.displayWidth).max() ?? 0
                for fact in facts { out += "  " + style.dim(fact.name.padded(to: width)) + "  \(fact.value)\n" }
            }
        case .healthy:
            out += style.green("Nothing wrong") + " with \(diagnosis.url). Checked:\n"
            for item in diagnosis.checked { out += "  ✓ \(item)\n" }
        case .unexplained:
            out += style.severity(.warning, "Something fails") + " for \(diagnosis.url), but no view could say why: see the evidence and findings below.\n"
        }
        if !diagnosis.evidence.isEmpty {
            out += "\n" + style.bold("Evidence") + "\n"
            let width = diagnosis.evidence.map(\.view.rawValue.displayWidth).max() ?? 0
            for item in diagnosis.evidence {
                out += "  " + style.blue("[\(item.view.rawValue)]".padded(to: width + 2)) + " \(item.message)\n"
            }
        }
        if let fix = diagnosis.fix {
            out += "\n" + style.bold("Fix") + "\n"
            if let command = fix.command { out += "  \(command)\n" }
            if let template = fix.template {
                out += "  in the template\(fix.templateLocation.map { " (\($0))" } ?? ""):\n"
                for line in template.split(separator: "\n", omittingEmptySubsequences: false) { out += "    \(line)\n" }
            }
        }
        out += "\n" + style.bold("Views") + "\n"
        for view in diagnosis.views {
            if view.used {
                out += "  " + style.green("✓") + " \(view.view.rawValue): \(view.summary)\n"
            } else {
                out += "  " + style.severity(.warning, "✗") + " \(view.view.rawValue): \(view.summary)\n"
                if let wouldAdd = view.wouldAdd { out += "      would add: \(wouldAdd)\n" }
                if let enable = view.enable { out += "      to use it: \(enable)\n" }
            }
        }
        return out + "\n"
    }
}
