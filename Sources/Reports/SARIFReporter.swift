public import Findings

/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning, the rules in `tool.driver.rules`.
public struct SARIFReporter: Reporter {
    public init() {}

    public func render(_ report: Report, context: ReportContext) throws(ReportError) -> String {
        let language = context.language
        let rules = context.rules.map { $0.translated(to: language) }
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver = SARIF.Driver(
            name: "albdoctor",
            version: context.version,
            rules: rules.map { rule in
                SARIF.ReportingDescriptor(
                    id: rule.id,
                    name: rule.name,
                    shortDescription: .init(text: rule.title),
                    fullDescription: .init(text: rule.summary),
                    help: .init(
                        text: "\(rule.details.map { $0.rationale + "\n\n" } ?? "")\(DocumentationText.fixPrefix.text(in: language))\(rule.howToFix)",
                        markdown: RuleDocumentation.markdown(for: rule, language: language)),
                    helpUri: rule.details?.documentationURL,
                    defaultConfiguration: .init(level: rule.severity.rawValue))
            })
        let results = report.findings.map { finding in
            SARIF.Result(
                ruleId: finding.ruleID,
                ruleIndex: ruleIndex[finding.ruleID],
                level: finding.severity.rawValue,
                message: .init(text: finding.localizedMessage(language)),
                locations: [SARIF.ResultLocation(
                    physicalLocation: finding.location.map { location in
                        SARIF.PhysicalLocation(
                            artifactLocation: .init(uri: SARIF.uri(for: location.file)),
                            region: .init(startLine: location.line, startColumn: location.column))
                    },
                    logicalLocations: [.init(name: finding.subject.description, kind: "resource")])],
                properties: SARIF.Properties(subject: finding.subject.description, related: finding.related.map(\.description), evidence: finding.evidence, fix: finding.localizedFix?(language)))
        }
        return try JSONOutput.encode(SARIF.Log(runs: [SARIF.Run(tool: .init(driver: driver), results: results)]), format: "SARIF", language: language)
    }
}

/// The parts of the SARIF 2.1.0 object model albdoctor writes.
enum SARIF {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [ReportingDescriptor]
    }

    struct Message: Encodable { var text: String }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String?
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: MultiformatMessage
        var fullDescription: MultiformatMessage
        var help: MultiformatMessage
        var helpUri: String?
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [ResultLocation]
        var properties: Properties
    }

    struct ResultLocation: Encodable {
        var physicalLocation: PhysicalLocation?
        var logicalLocations: [LogicalLocation]
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var name: String
        var kind: String
    }

    struct Properties: Encodable {
        var subject: String
        var related: [String]
        var evidence: Evidence
        var fix: String?
    }

    /// A file path as a URI reference: relative paths stay relative, unsafe bytes are escaped.
    static func uri(for path: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        var result = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            if unreserved.contains(byte) {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
