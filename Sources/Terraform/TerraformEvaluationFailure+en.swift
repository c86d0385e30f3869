internal import Localization

extension TerraformEvaluationFailure {
    /// The English of every entry.
    var english: String {
        switch self {
        case .refersToItself(let name): "\(name) refers to itself"
        case .outputRefersToItself(let output, let module): "output \(output) of \(module) refers to itself"
        case .splatOutside: "a splat element outside a splat"
        case .objectKeyNotString(let position): "an object key at \(position) is not a string"
        case .conditionNotBool(let position, let value): "the condition at \(position) is \(value.english), not a bool"
        case .notOf(let value, let position): "`!` of \(value.english) at \(position)"
        case .negateOf(let value, let position): "`-` of \(value.english) at \(position)"
        case .unknownVariable(let name, let position): "`\(name)` at \(position) is not a variable Terraform knows here"
        case .localNotDefined(let name): "local.\(name) is not defined"
        case .notDeclared(let name): "\(name) is not declared"
        case .variableNotDeclared(let name, let module): "var.\(name) is not declared in \(module ?? "the root module")"
        case .noOutput(let module, let name): "\(module ?? "the root module") has no output \"\(name)\""
        case .noAttribute(let name, let position): "no attribute \"\(name)\" at \(position)"
        case .attributeOfList(let name, let position): "`.\(name)` of a list at \(position); use [*].\(name) or an index"
        case .attributeOf(let name, let value, let position): "`.\(name)` of \(value.english) at \(position)"
        case .indexOutOfRange(let key, let position): "index \(key.english) out of range at \(position)"
        case .noKey(let key, let position): "no key \(key.english) at \(position)"
        case .cannotIndex(let value, let position): "cannot index \(value.english) at \(position)"
        case .notTextInTemplate(let value, let position): "\(value.english) at \(position) is not text"
        case .templateConditionNotBool(let position): "the condition at \(position) is not a bool"
        case .forOver(let value, let position): "a for expression over \(value.english) at \(position)"
        case .forKeyNotString(let position): "a for expression key at \(position) is not a string"
        case .needsBools(let op, let position): "`\(op)` needs bools at \(position)"
        case .needsNumbers(let op, let position, let left, let right): "`\(op)` needs numbers at \(position), not \(left.english) and \(right.english)"
        case .divisionByZero(let position): "division by zero at \(position)"
        case .moduloByZero(let position): "modulo by zero at \(position)"
        case .unexpectedOperator(let position): "unexpected operator at \(position)"
        }
    }
}
