import ArgumentParser

/// `--stack NAME=PATH`: a template deployed under a given stack name. A value without a name or
/// a path is rejected by ArgumentParser, which names the option.
struct StackArgument: ExpressibleByArgument, Sendable {
    var name: String
    var path: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        name = String(parts[0])
        path = String(parts[1])
    }
}
