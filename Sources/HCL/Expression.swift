/// An HCL expression with where it starts.
public struct Expression: Sendable {
    public var kind: Kind
    public var position: Position

    public init(_ kind: Kind, at position: Position) {
        self.kind = kind
        self.position = position
    }

    public indirect enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        /// A quoted string or heredoc: literal text, interpolations and directives.
        case template([TemplatePart])
        /// A root name: `var`, `aws_subnet`, `count`, `each`, a `for` variable.
        case variable(String)
        /// `expression.name`.
        case attribute(Expression, String)
        /// `expression[key]` (and the legacy `expression.0`).
        case index(Expression, Expression)
        /// `source[*]…` or `source.*…`: `each` applied to every element of the source, where
        /// ``Kind/splatElement`` is the element.
        case splat(Expression, each: Expression)
        /// The element a splat's `each` is applied to.
        case splatElement
        /// `name(arguments)`; `expandsLast` for `name(a, list...)`.
        case call(String, [Expression], expandsLast: Bool)
        case tuple([Expression])
        case object([ObjectItem])
        case conditional(Expression, then: Expression, else: Expression)
        case unary(UnaryOperator, Expression)
        case binary(BinaryOperator, Expression, Expression)
        /// `[for …]` or `{for …}`.
        case forExpression(ForExpression)
        case parenthesized(Expression)
    }

    /// The name of a root variable followed by attribute names and literal indexes, when the
    /// expression is only that: `aws_subnet.public[0].id` → `aws_subnet`, `public`, `0`, `id`.
    public var traversal: [String]? {
        switch kind {
        case .variable(let name): return [name]
        case .attribute(let base, let name): return base.traversal.map { $0 + [name] }
        case .index(let base, let key):
            switch key.kind {
            case .number(let number): return base.traversal.map { $0 + [String(Int(number))] }
            case .template(let parts):
                guard parts.count <= 1, let text = parts.first.map({ part -> String? in
                    if case .literal(let text) = part { return text }
                    return nil
                }) ?? "" else { return nil }
                return base.traversal.map { $0 + [text] }
            default: return nil
            }
        default: return nil
        }
    }
}

/// One `key = value` of an object expression. A bare identifier key is its own name, not a
/// variable (`{ name = 1 }`); a parenthesised key is an expression.
public struct ObjectItem: Sendable {
    public var key: Expression
    public var value: Expression

    public init(key: Expression, value: Expression) {
        self.key = key
        self.value = value
    }
}

public enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
}

/// Binary operators, with HCL's precedence (higher binds tighter).
public enum BinaryOperator: String, Sendable, CaseIterable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case greater = ">"
    case lessOrEqual = "<="
    case greaterOrEqual = ">="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"

    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .less, .greater, .lessOrEqual, .greaterOrEqual: 4
        case .add, .subtract: 5
        case .multiply, .divide, .modulo: 6
        }
    }
}

/// `[for k, v in collection : value if condition]` or `{for k, v in c : key => value... if condition}`.
public struct ForExpression: Sendable {
    /// The key (or index) variable, when two are named.
    public var keyName: String?
    public var valueName: String
    public var collection: Expression
    /// Set for an object `for`.
    public var key: Expression?
    public var value: Expression
    /// `...` after the value: values with the same key are grouped into a list.
    public var groups: Bool
    public var condition: Expression?

    public init(keyName: String?, valueName: String, collection: Expression, key: Expression?, value: Expression, groups: Bool, condition: Expression?) {
        self.keyName = keyName
        self.valueName = valueName
        self.collection = collection
        self.key = key
        self.value = value
        self.groups = groups
        self.condition = condition
    }
}

/// A part of a template.
public enum TemplatePart: Sendable {
    case literal(String)
    case interpolation(Expression)
    /// `%{ if condition }…%{ else }…%{ endif }`.
    case conditional(Expression, then: [TemplatePart], else: [TemplatePart])
    /// `%{ for k, v in collection }…%{ endfor }`.
    case loop(keyName: String?, valueName: String, collection: Expression, body: [TemplatePart])
}
