public import Pictures
public import Findings
public import Localization

/// What every renderer may use besides the findings.
public struct ReportContext: Sendable {
    /// albdoctor's version.
    public var version: String
    /// Source texts by file name, for showing the offending line.
    public var sources: [String: String]
    /// Whether to colour the output (a terminal).
    public var colour: Bool
    /// One line about what was checked, shown when there are no findings.
    public var scope: LocalizedText?
    /// The language of the messages, headings and fixes (`--lang`).
    public var language: Language = .en
    /// The rules that ran (SARIF lists them).
    public var rules: [FindingKind]
    /// Top-level keys a command adds to the JSON document (`analyses` for `logs`).
    public var extraJSON: [String: any Encodable & Sendable]
    /// The view's own text ahead of the findings (probe's address table, logs' analyses,
    /// diagnose's root cause and chain), for `--format text`; `--quiet` leaves them out.
    public var textSections: [String] = []
    /// The view's own sections of an HTML page (the network picture, the probe matrix, …).
    public var htmlSections: [HTML] = []
    /// The view's own sections of a Markdown summary (the Mermaid diagram, …).
    public var markdownSections: [String] = []
    /// When the report was made, as pages print it: `SOURCE_DATE_EPOCH` when set, else now.
    public var generated: String = ""
    /// Whether the text output ends with its summary line (the counts, or "No findings");
    /// `--quiet` and `--no-summary` turn it off.
    public var summary = true

    public init(
        version: String, sources: [String: String] = [:], colour: Bool = false, scope: LocalizedText? = nil,
        rules: [FindingKind] = [], extraJSON: [String: any Encodable & Sendable] = [:]
    ) {
        self.extraJSON = extraJSON
        self.version = version
        self.sources = sources
        self.colour = colour
        self.scope = scope
        self.rules = rules
    }
}

/// Renders a report in one output format. One file per format.
public protocol Reporter: Sendable {
    /// The report in this format; a JSON-based format throws when a value cannot be encoded.
    func render(_ report: Report, context: ReportContext) throws(ReportError) -> String
}

/// The output formats `--format` takes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    /// A self-contained page with pictures.
    case html
    /// A pull-request comment with a Mermaid diagram.
    case markdown
    /// GitLab Code Quality JSON, for a merge request's widget.
    case gitlab

    /// The renderer for this format.
    public var reporter: any Reporter {
        switch self {
        case .text: TextReporter()
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .html: HTMLReporter()
        case .markdown: MarkdownReporter()
        case .gitlab: GitLabReporter()
        }
    }
}
