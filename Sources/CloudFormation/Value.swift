public import Findings

/// A template value after intrinsic functions ran. Resources' physical ids, which only exist
/// after deployment, travel inside strings as `PhysicalID` tokens, so `Fn::Join`, `Fn::Split`
/// and `Fn::Sub` work on them like CloudFormation does.
struct Value: Sendable {
    enum Kind: Sendable {
        case string(String)
        case list([Value])
        case map([(key: String, value: Value)])
        /// Cannot be known before deployment (or without the input that would tell), and why.
        case unknown(String)
        /// `AWS::NoValue`, or a null: the property is absent.
        case noValue
    }

    var kind: Kind
    var location: Location

    static func string(_ text: String, at location: Location) -> Value { Value(kind: .string(text), location: location) }
    static func unknown(_ reason: String, at location: Location) -> Value { Value(kind: .unknown(reason), location: location) }

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
}
