internal import HCL

/// What Terraform does to a variable's value for its `type`, as far as modules depend on it:
/// an object type's `optional(…)` attributes that the value leaves out become null (or the
/// default `optional` gives), in nested objects, maps, lists and sets too. Modules read such
/// attributes without `try`, so a value not converted would fail where Terraform gives null.
enum TypeConversion {
    static func convert(_ value: TerraformValue, to type: Expression) -> TerraformValue {
        guard case .call(let constructor, let arguments, _) = type.kind, let argument = arguments.first else { return value }
        switch (constructor, value) {
        case ("object", .object(var members)):
            guard case .object(let items) = argument.kind else { return value }
            for item in items {
                guard let name = attributeName(item.key) else { continue }
                if let member = members[name], member != .null {
                    members[name] = convert(member, to: optionalType(item.value) ?? item.value)
                } else if members[name] == nil || members[name] == .null, case .call("optional", let optional, _) = item.value.kind {
                    let fallback = optional.count > 1 ? literal(optional[1]) : .null
                    members[name] = fallback == .null ? .null : convert(fallback, to: optional[0])
                }
            }
            return .object(members)
        case ("map", .object(let members)):
            return .object(members.mapValues { convert($0, to: argument) })
        case ("list", .list(let items)), ("set", .list(let items)):
            return .list(items.map { convert($0, to: argument) })
        case ("optional", _):
            return convert(value, to: argument)
        default:
            return value
        }
    }

    /// The type inside `optional(TYPE)` or `optional(TYPE, DEFAULT)`.
    private static func optionalType(_ type: Expression) -> Expression? {
        guard case .call("optional", let arguments, _) = type.kind else { return nil }
        return arguments.first
    }

    /// An object type's attribute name: a bare name or a string.
    private static func attributeName(_ key: Expression) -> String? {
        if case .variable(let name) = key.kind { return name }
        return ModuleLoader.literal(key)
    }

    /// An `optional` default: a constant written in the type.
    private static func literal(_ expression: Expression) -> TerraformValue {
        Evaluator(configuration: Configuration(files: []), inputs: [:], region: "").evaluate(expression, [:])
    }
}
