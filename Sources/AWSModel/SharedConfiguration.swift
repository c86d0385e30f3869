/// `~/.aws/credentials` and `~/.aws/config`, read as the AWS CLI reads them: `[name]` sections
/// in the credentials file, `[profile name]` (and `[default]`) in the config file, `key = value`
/// lines, `#`/`;` comments, indented lines continuing a nested block (skipped).
public struct SharedConfiguration: Sendable {
    /// Settings by profile name, credentials-file keys winning over config-file keys.
    public private(set) var profiles: [String: [String: String]] = [:]

    public init(credentialsFile: String?, configFile: String?) {
        if let configFile {
            for (section, values) in SharedConfiguration.sections(configFile) {
                let name: String
                if section == "default" {
                    name = "default"
                } else if section.hasPrefix("profile ") {
                    name = String(section.dropFirst("profile ".count)).trimmingWhitespace()
                } else {
                    continue // sso-session, services, …
                }
                profiles[name, default: [:]].merge(values) { _, new in new }
            }
        }
        if let credentialsFile {
            for (section, values) in SharedConfiguration.sections(credentialsFile) {
                profiles[section, default: [:]].merge(values) { _, new in new }
            }
        }
    }

    public func profile(_ name: String) -> [String: String]? { profiles[name] }

    static func sections(_ text: String) -> [(String, [String: String])] {
        var result: [(String, [String: String])] = []
        var current: String?
        var values: [String: String] = [:]
        func flush() {
            if let current { result.append((current, values)) }
        }
        // Split by Unicode scalar: in a file edited on Windows, CR LF is one `Character`, which a
        // split on "\n" would not split at.
        for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.UnicodeScalarView.init) {
            let line = String(rawLine).trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if rawLine.first == " " || rawLine.first == "\t" { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                flush()
                current = String(line.dropFirst().dropLast()).trimmingWhitespace()
                values = [:]
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = String(line[..<equals]).trimmingWhitespace().lowercased()
            var value = String(line[line.index(after: equals)...]).trimmingWhitespace()
            if let comment = value.firstRange(of: " #") ?? value.firstRange(of: " ;") { value = String(value[..<comment.lowerBound]).trimmingWhitespace() }
            values[key] = value
        }
        flush()
        return result
    }
}
