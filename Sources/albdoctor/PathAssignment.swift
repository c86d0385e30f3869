import ArgumentParser

/// `KEY=PATH`: a local file given a name on the command line — `--stack NAME=PATH` (a template
/// deployed under that stack name) and `--template-url URL=PATH` (the local template of a nested
/// stack's TemplateURL). A value without a key or a path is rejected by ArgumentParser, which
/// names the option.
struct PathAssignment: ExpressibleByArgument, Sendable, CustomStringConvertible {
    /// The stack name or the URL.
    var key: String
    var path: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        key = String(parts[0])
        path = String(parts[1])
    }

    var description: String { "\(key)=\(path)" }
}
