import ArgumentParser

/// `--template-url URL=PATH`: the local template of a nested stack's TemplateURL. A value
/// without a URL or a path is rejected by ArgumentParser, which names the option.
struct TemplateURLArgument: ExpressibleByArgument, Sendable {
    var url: String
    var path: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        url = String(parts[0])
        path = String(parts[1])
    }
}
