public import Findings
internal import Localization

/// `--format gitlab`: GitLab Code Quality JSON (a `codequality` report of a CI job), one issue per
/// finding: `description`, `check_name` (the rule), `fingerprint`, `severity`, `location.path` and
/// `location.lines.begin`.
///
/// The fingerprint is made of the rule, the subject and the file — not the line — so that a
/// finding keeps its identity across runs while lines above it move, and a merge request shows
/// it as fixed only when it is. Two findings of one rule on one subject in one file are told apart
/// by their order. A finding that comes from no file (those of `aws`) has its subject as its path
/// and line 1, the only way GitLab takes an issue.
public struct GitLabReporter: Reporter {
    public init() {}

    public func render(_ report: Report, context: ReportContext) throws(ReportError) -> String {
        var seen: [String: Int] = [:]
        let issues = report.findings.map { finding in
            let path = finding.location.map { Self.repositoryPath($0.file) } ?? "\(finding.subject)"
            let identity = [finding.ruleID, "\(finding.subject)", path].joined(separator: "\u{1F}")
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            return GitLabCodeQuality.Issue(
                description: finding.localizedMessage(context.language),
                checkName: finding.ruleID,
                fingerprint: Self.fingerprint(occurrence == 0 ? identity : identity + "\u{1F}\(occurrence)"),
                severity: Self.severity(finding.severity),
                location: .init(path: path, lines: .init(begin: finding.location?.line ?? 1)))
        }
        return try JSONOutput.encode(issues, format: "GitLab Code Quality")
    }

    /// GitLab's scale is info, minor, major, critical, blocker: an error (a node clients cannot
    /// reach) is critical, a warning major, a note (often an unverified value) info.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "critical"
        case .warning: "major"
        case .note: "info"
        }
    }

    /// The file as GitLab expects it, relative to the repository: a leading `./` dropped.
    static func repositoryPath(_ file: String) -> String {
        var path = Substring(file)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    /// 32 hex digits: FNV-1a (64 bits) of the identity with two offset bases, stable across runs,
    /// machines and Swift versions (unlike `Hasher`, which is seeded per process).
    static func fingerprint(_ identity: String) -> String {
        func fnv1a(_ basis: UInt64) -> UInt64 {
            var hash = basis
            for byte in identity.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        return [fnv1a(0xCBF2_9CE4_8422_2325), fnv1a(0x8422_2325_CBF2_9CE4)]
            .map { value in
                let hex = String(value, radix: 16)
                return String(repeating: "0", count: 16 - hex.count) + hex
            }
            .joined()
    }
}

/// The fields of GitLab's Code Quality report that albdoctor writes.
enum GitLabCodeQuality {
    struct Issue: Encodable {
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case description
            case checkName = "check_name"
            case fingerprint, severity, location
        }
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable { var begin: Int }
}
