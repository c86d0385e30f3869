public import Addresses
public import Localization
public import ProbeModel
internal import Yams

/// What `albdoctor serve` watches: targets, each with its own interval and probe options. Read
/// from YAML (`--config`), with the command line's URLs added:
///
///     interval: 30s            # defaults for every target
///     connect_timeout: 5s
///     timeout: 10s
///     drop_after: 10           # rounds an address may be absent from DNS before it is dropped
///     targets:
///       - url: https://test.jp/
///         interval: 15s
///         dns: 8.8.8.8         # ask this server (else the system resolver)
///         ca_file: /etc/ssl/private-ca.pem
///         family: ipv4         # or ipv6; both when absent
public struct ServeConfiguration: Sendable, Equatable {
    public struct Target: Sendable, Equatable {
        /// The URL as configured (`/probe?target=` must give exactly this, or its normalized form).
        public var url: String
        public var target: ProbeTarget
        public var interval: Duration
        public var connectTimeout: Duration
        public var timeout: Duration
        public var dns: String?
        public var caFile: String?
        public var family: IPAddress.Family?
        public var dropAfter: Int

        public init(url: String, target: ProbeTarget, interval: Duration, connectTimeout: Duration, timeout: Duration, dns: String?, caFile: String?,
                    family: IPAddress.Family?, dropAfter: Int) {
            self.url = url
            self.target = target
            self.interval = interval
            self.connectTimeout = connectTimeout
            self.timeout = timeout
            self.dns = dns
            self.caFile = caFile
            self.family = family
            self.dropAfter = dropAfter
        }
    }

    /// Values a target takes when it says nothing (the command line's options).
    public struct Defaults: Sendable {
        public var interval: Duration = .seconds(30)
        public var connectTimeout: Duration = .seconds(5)
        public var timeout: Duration = .seconds(10)
        public var dns: String?
        public var caFile: String?
        public var family: IPAddress.Family?
        public var dropAfter = 10
        public init() {}
    }

    public var targets: [Target]

    public init(targets: [Target]) { self.targets = targets }

    /// The target configured for `url` (as given, or normalized), if any.
    public func target(for url: String) -> Target? {
        targets.first { $0.url == url } ?? (try? ProbeTarget(parsing: url)).flatMap { parsed in targets.first { $0.target.url == parsed.url } }
    }

    /// Parses the YAML text of `file`; URLs from the command line come after the file's targets.
    public static func parse(_ text: String?, file: String, urls: [String], defaults: Defaults) throws(ServeConfigurationError) -> ServeConfiguration {
        var defaults = defaults
        var targets: [Target] = []
        if let text {
            let root: Node?
            do {
                root = try Yams.compose(yaml: text)
            } catch let error as YamlError {
                throw ServeConfigurationError(.notYAML(file: file, reason: "\(error)"))
            } catch {
                throw ServeConfigurationError(.notYAML(file: file, reason: "\(error)"))
            }
            guard let root, let mapping = root.mapping else { throw ServeConfigurationError(.notMapping(file: file)) }
            func at(_ node: Node) -> String { "\(file):\(node.mark.map { "\($0.line):\($0.column)" } ?? "1:1")" }
            func duration(_ node: Node, _ key: String) throws(ServeConfigurationError) -> Duration {
                guard let text = node.string, let value = DurationArgument.parse(text) else {
                    throw ServeConfigurationError(.invalidDuration(at: at(node), key: key, value: node.string ?? "…"))
                }
                return value
            }
            func apply(_ map: Node.Mapping, to values: inout Defaults, allowing extra: Set<String>) throws(ServeConfigurationError) {
                for (keyNode, value) in map {
                    guard let key = keyNode.string else { throw ServeConfigurationError(.expectedKey(at: at(keyNode))) }
                    switch key {
                    case "interval": values.interval = try duration(value, key)
                    case "connect_timeout": values.connectTimeout = try duration(value, key)
                    case "timeout": values.timeout = try duration(value, key)
                    case "dns": values.dns = value.string
                    case "ca_file": values.caFile = value.string
                    case "family":
                        switch value.string {
                        case "ipv4": values.family = .ipv4
                        case "ipv6": values.family = .ipv6
                        default: throw ServeConfigurationError(.invalidFamily(at: at(value), value: value.string ?? "…"))
                        }
                    case "drop_after":
                        guard let rounds = value.int, rounds >= 1 else { throw ServeConfigurationError(.invalidDropAfter(at: at(value))) }
                        values.dropAfter = rounds
                    default:
                        if extra.contains(key) { continue }
                        let known = ["interval", "connect_timeout", "timeout", "dns", "ca_file", "family", "drop_after"] + extra.sorted()
                        throw ServeConfigurationError(.unknownKey(at: at(keyNode), key: key, known: known))
                    }
                }
            }
            try apply(mapping, to: &defaults, allowing: ["targets"])
            if let list = mapping["targets"] {
                guard let items = list.sequence else { throw ServeConfigurationError(.targetsNotList(at: at(list))) }
                for item in items {
                    guard let entry = item.mapping, let urlNode = entry["url"], let url = urlNode.string else {
                        throw ServeConfigurationError(.targetWithoutURL(at: at(item)))
                    }
                    var values = defaults
                    try apply(entry, to: &values, allowing: ["url"])
                    targets.append(try make(url, values, at: at(urlNode)))
                }
            }
        }
        for url in urls { targets.append(try make(url, defaults, at: nil)) }
        var seen: Set<String> = []
        for target in targets where !seen.insert(target.target.url).inserted {
            throw ServeConfigurationError(.givenTwice(url: target.url))
        }
        guard !targets.isEmpty else { throw ServeConfigurationError(.noTargets) }
        return ServeConfiguration(targets: targets)
    }

    /// The target of `url`, given at `place` (`FILE:LINE:COLUMN`; nil: on the command line).
    private static func make(_ url: String, _ values: Defaults, at place: String?) throws(ServeConfigurationError) -> Target {
        let parsed: ProbeTarget
        do {
            parsed = try ProbeTarget(parsing: url)
        } catch {
            throw ServeConfigurationError(.invalidURL(place: place, error: error.localizedMessage))
        }
        return Target(url: url, target: parsed, interval: values.interval, connectTimeout: values.connectTimeout, timeout: values.timeout,
                      dns: values.dns, caFile: values.caFile, family: values.family, dropAfter: values.dropAfter)
    }
}

/// A configuration that cannot be used, with `file:line:column` and what was expected.
public struct ServeConfigurationError: LocalizedFailure, CustomStringConvertible {
    /// What is wrong and where, in every language.
    public var localizedMessage: LocalizedText

    /// What is wrong and where, in English (for the log).
    public var description: String { localizedMessage.english }

    /// The message from the catalog.
    init(_ text: ServeConfigurationText) { localizedMessage = LocalizedText(text) }
}
