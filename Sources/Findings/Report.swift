/// The findings of one command run, in the order they are shown: most severe first, then by file, line and rule.
public struct Report: Sendable, Hashable {
    /// The command that produced it (`lint`, `aws`, …).
    public var command: String
    public private(set) var findings: [Finding]

    public init(command: String, findings: [Finding]) {
        self.command = command
        self.findings = findings.sorted(by: Report.displayOrder)
    }

    /// How many findings there are of each severity.
    public var summary: Summary {
        Summary(
            errors: findings.count { $0.severity == .error },
            warnings: findings.count { $0.severity == .warning },
            notes: findings.count { $0.severity == .note }
        )
    }

    /// Whether any finding is at or above `threshold` — what `--fail-on` asks.
    public func hasFindings(atOrAbove threshold: Severity) -> Bool {
        findings.contains { $0.severity >= threshold }
    }

    /// Counts per severity, as rendered in every output format.
    public struct Summary: Sendable, Hashable, Codable {
        public var errors: Int
        public var warnings: Int
        public var notes: Int
    }

    private static func displayOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity > b.severity }
        let keyA = (a.location?.file ?? "\u{10FFFF}", a.location?.line ?? 0, a.location?.column ?? 0)
        let keyB = (b.location?.file ?? "\u{10FFFF}", b.location?.line ?? 0, b.location?.column ?? 0)
        if keyA != keyB { return keyA < keyB }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return a.subject < b.subject
    }
}
