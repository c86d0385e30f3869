public import Diagnose
internal import Findings
public import Localization
internal import Reports
internal import TextWidth

/// `albdoctor diagnose` as text: the root cause first, then the evidence chain with each item's
/// view, the fix, and what each view did or could not do (before the findings list).
public enum DiagnosisText {
    public static func render(_ diagnosis: Diagnosis, colour: Bool, language: Language = .en) -> String {
        let style = TerminalStyle(enabled: colour)
        func text(_ entry: DiagnosisReportText) -> String { entry.text(in: language) }
        var out = ""
        switch diagnosis.verdict {
        case .broken:
            if let cause = diagnosis.rootCause {
                out += style.severity(.error, text(.rootCause)) + ": \(cause.message(language))\n"
                let facts = RootCauseFact.facts(of: cause, language: language)
                let width = facts.map(\.name.displayWidth).max() ?? 0
                for fact in facts { out += "  " + style.dim(fact.name.padded(to: width)) + "  \(fact.value)\n" }
            }
        case .healthy:
            out += style.green(text(.nothingWrongChecked(url: diagnosis.url))) + "\n"
            for item in diagnosis.checked { out += "  ✓ \(item(language))\n" }
        case .unexplained:
            out += style.severity(.warning, text(.somethingFailsSeeBelow(url: diagnosis.url))) + "\n"
        }
        if !diagnosis.evidence.isEmpty {
            out += "\n" + style.bold(text(.evidence)) + "\n"
            let width = diagnosis.evidence.map(\.view.rawValue.displayWidth).max() ?? 0
            for item in diagnosis.evidence {
                out += "  " + style.blue("[\(item.view.rawValue)]".padded(to: width + 2)) + " \(item.message(language))\n"
            }
        }
        if let fix = diagnosis.fix {
            out += "\n" + style.bold(text(.fix)) + "\n"
            if let command = fix.command { out += "  \(command(language))\n" }
            if let template = fix.template?(language) {
                out += "  \(text(.inTheTemplate(location: fix.templateLocation)))\n"
                for line in template.split(separator: "\n", omittingEmptySubsequences: false) { out += "    \(line)\n" }
            }
        }
        out += "\n" + style.bold(text(.views)) + "\n"
        for view in diagnosis.views {
            if view.used {
                out += "  " + style.green("✓") + " \(view.view.rawValue): \(view.summary(language))\n"
            } else {
                out += "  " + style.severity(.warning, "✗") + " \(view.view.rawValue): \(view.summary(language))\n"
                if let wouldAdd = view.wouldAdd { out += "      \(text(.wouldAdd)): \(wouldAdd(language))\n" }
                if let enable = view.enable { out += "      \(text(.toUseIt)): \(enable(language))\n" }
            }
        }
        return out + "\n"
    }
}
