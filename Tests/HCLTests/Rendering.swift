import HCL

/// An expression as a compact S-expression, so tests state the tree they expect.
func render(_ expression: Expression) -> String {
    switch expression.kind {
    case .null: return "null"
    case .bool(let flag): return String(flag)
    case .number(let number): return number.rounded() == number ? String(Int(number)) : String(number)
    case .template(let parts): return "\"" + parts.map(render).joined() + "\""
    case .variable(let name): return name
    case .attribute(let base, let name): return "\(render(base)).\(name)"
    case .index(let base, let key): return "\(render(base))[\(render(key))]"
    case .splat(let source, let each): return "(splat \(render(source)) \(render(each)))"
    case .splatElement: return "_"
    case .call(let name, let arguments, let expands): return "\(name)(\(arguments.map(render).joined(separator: ", "))\(expands ? "..." : ""))"
    case .tuple(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
    case .object(let items): return "{" + items.map { "\(render($0.key))=\(render($0.value))" }.joined(separator: ", ") + "}"
    case .conditional(let condition, let then, let otherwise): return "(? \(render(condition)) \(render(then)) \(render(otherwise)))"
    case .unary(let op, let operand): return "(\(op.rawValue) \(render(operand)))"
    case .binary(let op, let left, let right): return "(\(op.rawValue) \(render(left)) \(render(right)))"
    case .forExpression(let loop):
        let names = (loop.keyName.map { "\($0), " } ?? "") + loop.valueName
        let body = loop.key.map { "\(render($0)) => \(render(loop.value))" } ?? render(loop.value)
        return "(for \(names) in \(render(loop.collection)) : \(body)\(loop.groups ? "..." : "")\(loop.condition.map { " if \(render($0))" } ?? ""))"
    case .parenthesized(let inner): return "(\(render(inner)))"
    }
}

func render(_ part: TemplatePart) -> String {
    switch part {
    case .literal(let text): return text
    case .interpolation(let expression): return "${\(render(expression))}"
    case .conditional(let condition, let then, let otherwise):
        return "%{if \(render(condition))}\(then.map(render).joined())%{else}\(otherwise.map(render).joined())%{endif}"
    case .loop(let key, let value, let collection, let body):
        return "%{for \(key.map { "\($0), " } ?? "")\(value) in \(render(collection))}\(body.map(render).joined())%{endfor}"
    }
}

func expression(_ text: String) throws -> String {
    render(try HCLParser.parseExpression(text, file: "test.tf"))
}
