public import Findings
public import Localization

/// Why a template could not be read or evaluated, and where: albdoctor exits 2 with it.
///
/// Its message comes from the catalog (``TemplateLoadText``, ``TemplateSyntaxText``,
/// ``TemplateEvaluationText``), so that the executable shows it in the user's language;
/// ``description`` is the English.
public struct TemplateError: Error, Sendable, CustomStringConvertible, LocalizedFailure {
    private enum Code: Sendable {
        case unreadable
        case syntax
        case notATemplate
        case invalid
        case unknownIntrinsic
        case circular
        case usage
    }

    private let code: Code
    /// Where the problem is, as precisely as known.
    public let location: Location?
    /// The file, when no line is known.
    public let file: String?
    /// What was wrong and what was expected, in every language (``LocalizedText/english`` is
    /// what ``description`` shows after the place).
    public let message: LocalizedText
    /// For a file that is not a template at all: why, as the summary names a skipped file.
    private let skipReason: LocalizedText?

    private init(_ code: Code, _ message: LocalizedText, at location: Location?, file: String? = nil, skipReason: LocalizedText? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.file = file ?? location?.file
        self.skipReason = skipReason
    }

    /// Where, then what: `file:line:column: ` (or `file: `) is the same in every language.
    private var prefix: String {
        if let location { return "\(location): " }
        if let file { return "\(file): " }
        return ""
    }

    /// The place and the message in English, for logs and tests.
    public var description: String { prefix + message.english }

    /// The place and the message in every language.
    public var localizedMessage: LocalizedText { LocalizedText(sameInEveryLanguage: prefix).appending(message) }

    static func unreadable(_ file: String, _ reason: TemplateLoadText) -> TemplateError { .init(.unreadable, LocalizedText(reason), at: nil, file: file) }
    static func syntax(_ message: TemplateSyntaxText, at location: Location) -> TemplateError { .init(.syntax, LocalizedText(message), at: location) }
    static func notATemplate(_ message: TemplateSyntaxText, skipped: TemplateLoadText, at location: Location?, file: String) -> TemplateError {
        .init(.notATemplate, LocalizedText(message), at: location, file: file, skipReason: LocalizedText(skipped))
    }
    static func invalid(_ message: TemplateSyntaxText, at location: Location) -> TemplateError { .init(.invalid, LocalizedText(message), at: location) }
    static func invalid(_ message: TemplateEvaluationText, at location: Location) -> TemplateError { .init(.invalid, LocalizedText(message), at: location) }
    static func unknownIntrinsic(_ name: String, at location: Location) -> TemplateError {
        .init(.unknownIntrinsic, LocalizedText(TemplateEvaluationText.unknownIntrinsic(name: name, known: Intrinsic.names)), at: location)
    }
    static func circular(_ message: TemplateSyntaxText, at location: Location) -> TemplateError { .init(.circular, LocalizedText(message), at: location) }
    static func circular(_ message: TemplateEvaluationText, at location: Location) -> TemplateError { .init(.circular, LocalizedText(message), at: location) }
    static func usage(_ message: TemplateLoadText) -> TemplateError { .init(.usage, LocalizedText(message), at: nil) }

    /// Why a file found in a folder is not a template at all, so it is skipped rather than
    /// refused: it is not a mapping with a Resources section, or it cannot be read as YAML or
    /// JSON and does not look like a template either (no `Resources` or
    /// `AWSTemplateFormatVersion` in it: a Helm chart, several YAML documents). Nil for a
    /// template with a mistake in it, which is refused.
    func notATemplateReason(text: String) -> LocalizedText? {
        switch code {
        case .notATemplate: return skipReason
        case .syntax where !text.contains("Resources") && !text.contains("AWSTemplateFormatVersion"): return LocalizedText(TemplateLoadText.skippedNotYAMLOrJSON)
        default: return nil
        }
    }
}
