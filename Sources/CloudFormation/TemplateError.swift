internal import Foundation
public import Findings

/// Why a template could not be read or evaluated, and where: albdoctor exits 2 with it.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
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
    /// What was wrong and what was expected.
    public let message: String

    private init(_ code: Code, _ message: String, at location: Location?, file: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.file = file ?? location?.file
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        if let file { return "\(file): \(message)" }
        return message
    }

    static func unreadable(_ file: String, _ reason: String) -> TemplateError { .init(.unreadable, reason, at: nil, file: file) }
    static func syntax(_ message: String, at location: Location) -> TemplateError { .init(.syntax, message, at: location) }
    static func notATemplate(_ message: String, at location: Location?, file: String) -> TemplateError {
        .init(.notATemplate, message, at: location, file: file)
    }
    static func invalid(_ message: String, at location: Location) -> TemplateError { .init(.invalid, message, at: location) }
    static func unknownIntrinsic(_ name: String, at location: Location) -> TemplateError {
        .init(.unknownIntrinsic, "unknown intrinsic function \(name); expected one of \(Intrinsic.names.joined(separator: ", "))", at: location)
    }
    static func circular(_ message: String, at location: Location) -> TemplateError { .init(.circular, message, at: location) }
    static func usage(_ message: String) -> TemplateError { .init(.usage, message, at: nil) }

    /// Why a file found in a folder is not a template at all, so it is skipped rather than
    /// refused: it is not a mapping with a Resources section, or it cannot be read as YAML or
    /// JSON and does not look like a template either (no `Resources` or
    /// `AWSTemplateFormatVersion` in it: a Helm chart, several YAML documents). Nil for a
    /// template with a mistake in it, which is refused.
    func notATemplateReason(text: String) -> String? {
        switch code {
        case .notATemplate: return message.replacingOccurrences(of: "expected a CloudFormation template", with: "not a template")
        case .syntax where !text.contains("Resources") && !text.contains("AWSTemplateFormatVersion"): return "not YAML or JSON that CloudFormation reads"
        default: return nil
        }
    }
}
