internal import Foundation
public import Findings
internal import Localization

/// `--format json`: one object as documented in `docs/json-output.md`.
public struct JSONReporter: Reporter {
    public init() {}

    private struct Document: Encodable {
        var version: String
        var command: String
        var findings: [Finding]
        var summary: Report.Summary
        var extra: [String: any Encodable & Sendable]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: DynamicCodingKey.self)
            try container.encode("albdoctor", forKey: DynamicCodingKey("tool"))
            try container.encode(version, forKey: DynamicCodingKey("version"))
            try container.encode(command, forKey: DynamicCodingKey("command"))
            try container.encode(findings, forKey: DynamicCodingKey("findings"))
            try container.encode(summary, forKey: DynamicCodingKey("summary"))
            for (key, value) in extra { try container.encode(value, forKey: DynamicCodingKey(key)) }
        }
    }

    public func render(_ report: Report, context: ReportContext) throws(ReportError) -> String {
        let document = Document(version: context.version, command: report.command, findings: report.findings, summary: report.summary, extra: context.extraJSON)
        return try JSONOutput.encode(document, format: "JSON", language: context.language)
    }
}

/// The one JSON encoder every JSON-producing renderer uses: pretty, sorted keys, unescaped slashes.
enum JSONOutput {
    /// The document, or why it cannot be written (a value JSON cannot hold, such as a number
    /// that is not finite): `format` names the report in the error.
    ///
    /// Findings in it write their texts in `language`.
    static func encode(_ value: some Encodable, format: String, language: Language = .en) throws(ReportError) -> String {
        let encoder = JSONEncoder()
        if let key = Language.userInfoKey { encoder.userInfo[key] = language }
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch let EncodingError.invalidValue(_, context) {
            throw .cannotEncode(format: format, path: context.codingPath.map(\.stringValue).joined(separator: "."), reason: context.debugDescription)
        } catch {
            throw .cannotEncode(format: format, path: "", reason: "\(error)")
        }
    }
}
