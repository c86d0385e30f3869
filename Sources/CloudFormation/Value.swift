public import Findings
internal import Foundation
internal import Localization

/// A template value after intrinsic functions ran. Resources' physical ids, which only exist
/// after deployment, travel inside strings as `PhysicalID` tokens, so `Fn::Join`, `Fn::Split`
/// and `Fn::Sub` work on them like CloudFormation does.
struct Value: Sendable {
    enum Kind: Sendable {
        case string(String)
        case list([Value])
        case map([(key: String, value: Value)])
        /// Cannot be known before deployment (or without the input that would tell), and why.
        case unknown(LocalizedText)
        /// `AWS::NoValue`, or a null: the property is absent.
        case noValue
    }

    var kind: Kind
    var location: Location

    static func string(_ text: String, at location: Location) -> Value { Value(kind: .string(text), location: location) }
    static func unknown(_ reason: LocalizedText, at location: Location) -> Value { Value(kind: .unknown(reason), location: location) }
    static func unknown(_ reason: EvaluationReason, at location: Location) -> Value { .unknown(LocalizedText(reason), at: location) }

    subscript(key: String) -> Value? {
        guard case .map(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// List items, skipping absent ones.
    var items: [Value]? {
        guard case .list(let items) = kind else { return nil }
        return items.filter { if case .noValue = $0.kind { return false } else { return true } }
    }

    var isAbsent: Bool {
        if case .noValue = kind { return true }
        return false
    }

    /// How the value reads to a user: tokens become logical ids.
    var display: String {
        switch kind {
        case .string(let text): PhysicalID.display(text)
        case .list(let items): "[" + items.map(\.display).joined(separator: ", ") + "]"
        case .map(let entries): "{" + entries.map { "\($0.key): \($0.value.display)" }.joined(separator: ", ") + "}"
        case .unknown: "<unknown>"
        case .noValue: "<no value>"
        }
    }

    /// The reason of the first unknown inside (or a token: a physical id known only after
    /// deployment), nil when everything is known.
    var firstUnknown: LocalizedText? {
        switch kind {
        case .unknown(let reason): reason
        case .string(let text): PhysicalID.containsToken(text) ? LocalizedText(EvaluationReason.knownAfterDeployment(value: PhysicalID.display(text))) : nil
        case .list(let items): items.lazy.compactMap(\.firstUnknown).first
        case .map(let entries): entries.lazy.compactMap(\.value.firstUnknown).first
        case .noValue: nil
        }
    }

    /// Compact JSON as `Fn::ToJsonString` writes it; template scalars are text, so they are
    /// JSON strings.
    var json: String {
        switch kind {
        case .string(let text):
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
                }
            }
            return out + "\""
        case .list(let items): return "[" + items.filter { !$0.isAbsent }.map(\.json).joined(separator: ",") + "]"
        case .map(let entries): return "{" + entries.map { Value.string($0.key, at: location).json + ":" + $0.value.json }.joined(separator: ",") + "}"
        case .unknown, .noValue: return "null"
        }
    }
}
