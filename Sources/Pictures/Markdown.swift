public import Findings
public import Localization

/// Markdown for a pull-request comment: text that names cannot turn into markup, mentions,
/// links or a closed code block.
public enum Markdown {
    /// Inline text: Markdown's punctuation backslash-escaped, `@` kept from pinging with a word
    /// joiner, line breaks flattened.
    public static func text(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "+", "!", "|", "<", ">", "~", "{", "}":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "@":
                out += "@\u{2060}"
            case "&":
                out += "&amp;"
            case "\n", "\r":
                out += " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A fenced block whose fence is longer than any run of backticks inside.
    public static func codeBlock(_ content: String, language: String = "") -> String {
        var longest = 0
        var run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)\(language)\n\(content)\(content.hasSuffix("\n") ? "" : "\n")\(fence)\n"
    }

    /// A summary of findings as a table, and each fix in a collapsed block.
    public static func findings(_ findings: [Finding], language: Language = .en) -> String {
        guard !findings.isEmpty else { return PageText.noFindings.text(in: language) + "\n" }
        var out = PageText.findingsTableHeader.text(in: language) + "\n|---|---|---|---|\n"
        for finding in findings {
            let severity = FindingText.severity(finding.severity).text(in: language)
            out += "| \(severity) | \(text(finding.ruleID)) | \(text(finding.location?.description ?? finding.subject.description)) | \(text(finding.localizedMessage(language))) |\n"
        }
        for finding in findings {
            guard let fix = finding.localizedFix?(language) else { continue }
            out += "\n<details><summary>\(text(PageText.fixFor(rule: finding.ruleID, subject: finding.subject.description).text(in: language)))</summary>\n\n"
            out += codeBlock(fix)
            out += "\n</details>\n"
        }
        return out
    }
}
