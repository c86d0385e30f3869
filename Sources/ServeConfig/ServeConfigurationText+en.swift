internal import Localization
internal import ProbeModel

extension ServeConfigurationText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .notYAML(let file, let reason): "\(file): not YAML: \(reason)"
        case .notMapping(let file): "\(file):1:1: expected a mapping with `targets:`"
        case .expectedKey(let at): "\(at): expected a key"
        case .invalidDuration(let at, let key, let value): "\(at): \(key) '\(value)': expected \(DurationArgument.accepted), such as 500ms, 15s or 1m"
        case .invalidFamily(let at, let value): "\(at): family '\(value)': expected ipv4 or ipv6"
        case .invalidDropAfter(let at): "\(at): drop_after: expected a number of rounds, 1 or more"
        case .unknownKey(let at, let key, let known): "\(at): unknown key '\(key)'; expected one of \(known.joined(separator: ", "))"
        case .targetsNotList(let at): "\(at): targets: expected a list of `- url: …`"
        case .targetWithoutURL(let at): "\(at): expected a target with `url:`"
        case .invalidURL(let place, let error): "\(place ?? "the command line"): \(error.english)"
        case .givenTwice(let url): "\(url) is given twice; give each target once"
        case .noTargets: "no targets: give URLs or a --config file with `targets:`"
        }
    }
}
