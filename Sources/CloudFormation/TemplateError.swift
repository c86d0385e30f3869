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
        case duplicateExport
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
    static func duplicateExport(_ name: String, first: Location, at location: Location) -> TemplateError {
        .init(.duplicateExport, "export name '\(name)' is already exported at \(first); export names must be unique in a region", at: location)
    }
    static func usage(_ message: String) -> TemplateError { .init(.usage, message, at: nil) }
}
