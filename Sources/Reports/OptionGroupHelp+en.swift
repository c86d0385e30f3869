extension OptionGroupHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .format: "Output format: text (colour on a terminal), json, sarif (lint, aws), html (a self-contained page with pictures), markdown (lint, aws, diagnose: a pull-request comment with a Mermaid diagram) or gitlab (lint, aws: GitLab Code Quality JSON)."
        case .failOn: "Exit 1 when a finding is at or above this severity: error, warning or note."
        case .noColor: "Never colour the text output (NO_COLOR in the environment does the same)."
        case .quiet: "Print the findings and nothing else: no view's own table (probe's addresses, logs' analyses, diagnose's root cause), no progress bar, no closing summary; nothing at all when there are none. Text output only; the exit code is the same."
        case .noSummary: "Leave out the closing line (the counts, or \"No findings\" with what was checked). Text output only."
        case .stack: "A template deployed under a given stack name."
        case .parameter: "A parameter value for every stack (KEY=VALUE) or one stack (STACK.KEY=VALUE); pseudo parameters too (AWS::AccountId=…)."
        case .templateURL: "The local template of a nested stack's TemplateURL, when its path does not end like the file's."
        case .dns: "Ask this DNS server directly (our own client, UDP then TCP; shows the CNAME chain) instead of the system resolver."
        case .caFile: "Trust the certificates in this PEM file instead of the system roots (a private CA)."
        case .connectTimeout(let longestHours): "How long a TCP connect may take before it counts as a timeout: \(OptionGroupHelp.durationValues(longestHours: longestHours).english)."
        case .timeout(let longestHours): "Deadline for everything after the connect (TLS, HTTP) and for each DNS query: \(OptionGroupHelp.durationValues(longestHours: longestHours).english)."
        case .ipv4Only: "Only IPv4 addresses."
        case .ipv6Only: "Only IPv6 addresses."
        case .lang: "The language of messages, fixes, headings and rule pages: en or ja. Without it, ALBDOCTOR_LANG, then LC_ALL, LC_MESSAGES, LANGUAGE and LANG decide (ja_JP.UTF-8 is Japanese); English otherwise. Rule ids, JSON field names and metric names are the same in both."
        case .durationValues(let longestHours): "500ms, 3s, 1m or 1h; from 1ms to \(longestHours)h (a year)"
        case .windowValues(let longestHours): "180, 180s, 3m or 1h; from 1s to \(longestHours)h (a year)"
        case .timeValues: "UTC, such as 2025-12-25T23:45:00Z, 2025-12-25T23:45 or 2025-12-25"
        }
    }
}
