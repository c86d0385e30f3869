internal import Localization
internal import Topology

/// A value of a Terraform expression, as far as it can be known before `terraform apply`.
indirect enum TerraformValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// Tuples, lists and sets.
    case list([TerraformValue])
    /// Objects and maps.
    case object([String: TerraformValue])
    /// One instance of a resource: what its configuration sets, by attribute.
    case resource(address: String, type: String, attributes: [String: TerraformValue])
    /// An attribute AWS assigns (`aws_subnet.public[0].id`): the resource it names is known,
    /// its text is not.
    case reference(address: String, attribute: String)
    /// Not known before apply, or from what was given: why, and what to pass.
    case unknown(LocalizedText)
    /// An expression Terraform would refuse (a missing attribute, a wrong type); `try` and
    /// `can` catch it, everything else reads it as unknown.
    case failure(LocalizedText)

    /// An unknown whose reason is `reason`.
    static func unknown(_ reason: TerraformValueReason) -> TerraformValue { .unknown(LocalizedText(reason)) }

    /// A failure of an expression, for `reason`.
    static func failure(_ reason: TerraformEvaluationFailure) -> TerraformValue { .failure(LocalizedText(reason)) }

    /// A failure of a function call, for `reason`.
    static func failure(_ reason: TerraformFunctionFailure) -> TerraformValue { .failure(LocalizedText(reason)) }

    /// Why the value is not known, when it is not.
    var unknownReason: LocalizedText? {
        switch self {
        case .unknown(let reason), .failure(let reason): reason
        default: nil
        }
    }

    /// The text of a string, number or bool, as Terraform converts them.
    var text: String? {
        switch self {
        case .string(let text): text
        case .number(let number): Self.format(number)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }

    var number: Double? {
        switch self {
        case .number(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }

    var bool: Bool? {
        switch self {
        case .bool(let flag): flag
        case .string("true"): true
        case .string("false"): false
        default: nil
        }
    }

    /// The elements of a list, or of an object in key order (as `for` and splats see them).
    var elements: [TerraformValue]? {
        switch self {
        case .list(let items): items
        case .object(let members): members.keys.sorted().compactMap { members[$0] }
        default: nil
        }
    }

    /// How a reason or message shows the value: the same in every language but for the
    /// reason of an unknown in it.
    var display: LocalizedText {
        LocalizedText(english: display(in: .en), japanese: display(in: .ja))
    }

    /// How a reason or message in `language` shows the value.
    func display(in language: Language) -> String {
        switch self {
        case .null: "null"
        case .bool, .number: text ?? ""
        case .string(let text): "\"\(text)\""
        case .list(let items): "[" + items.map { $0.display(in: language) }.joined(separator: ", ") + "]"
        case .object(let members): "{" + members.keys.sorted().map { "\($0) = \(members[$0]?.display(in: language) ?? "")" }.joined(separator: ", ") + "}"
        case .resource(let address, _, _): address
        case .reference(let address, let attribute): "\(address).\(attribute)"
        case .unknown(let reason), .failure(let reason):
            switch language {
            case .en: "(unknown: \(reason.english))"
            case .ja: "（不明: \(reason(.ja))）"
            }
        }
    }

    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// Whether two references name the same value, when that is known before apply: the same
    /// attribute of the same resource is one value; the ids (or ARNs) of two managed resources
    /// of one type differ, since each makes its own AWS object. Nil when it is not known: two
    /// types (a logging configuration's id is its firewall's ARN), data sources (two may read
    /// one object), other attributes.
    static func sameResource(_ left: TerraformValue, _ right: TerraformValue) -> Bool? {
        guard case .reference(let a, let attributeA) = left, case .reference(let b, let attributeB) = right, attributeA == attributeB else { return nil }
        if a == b { return true }
        let (localA, localB) = (TerraformAddress(a).local, TerraformAddress(b).local)
        guard !localA.hasPrefix("data."), !localB.hasPrefix("data."), resourceType(localA) == resourceType(localB) else { return nil }
        return ["id", "arn"].contains(attributeA) || FirewallEndpointName(attribute: attributeA) != nil ? false : nil
    }

    private static func resourceType(_ local: String) -> Substring { local.prefix { $0 != "." } }

    /// Whether a list holds two or more different endpoints of a Network Firewall named before
    /// apply (or objects holding them): such a list comes from the firewall's `sync_states`, a
    /// set whose order is AWS's, so what stands at a position is not known.
    var holdsUnorderedEndpoints: Bool {
        guard case .list(let items) = self, items.count > 1 else { return false }
        return Set(items.compactMap(\.plannedEndpoint)).count > 1
    }

    /// The firewall endpoint named before apply that this value is or holds (the first found).
    private var plannedEndpoint: String? {
        switch self {
        case .reference(let address, let attribute):
            guard case .inSubnet? = FirewallEndpointName(attribute: attribute) else { return nil }
            return address + " " + attribute
        case .object(let members): return members.keys.sorted().lazy.compactMap { members[$0]?.plannedEndpoint }.first
        case .list(let items): return items.lazy.compactMap(\.plannedEndpoint).first
        default: return nil
        }
    }

    /// The first unknown among `values`, which an operation on them returns.
    static func firstUnknown(_ values: [TerraformValue]) -> TerraformValue? {
        values.first { $0.unknownReason != nil }
    }
}
