internal import HCL
internal import Topology

/// Evaluates the expressions of one root module: variables, locals, resources (with `count`
/// and `for_each`), `data "aws_availability_zones"`. Lazy and memoised: a value is computed when
/// first read. What cannot be known before apply is `.unknown` with its reason, never an error.
final class Evaluator {
    let configuration: Configuration
    let inputs: [String: TerraformValue]
    let region: String
    private var locals: [String: TerraformValue] = [:]
    private var collections: [String: TerraformValue] = [:]
    private var visiting: Set<String> = []
    private let localExpressions: [String: Expression]
    private let resourceBlocks: [String: Block]
    private let dataBlocks: [String: Block]
    private let moduleBlocks: [String: Block]

    /// Attributes AWS assigns that name a resource: reading them gives a reference.
    static let identifying: Set<String> = ["id", "arn", "default_route_table_id", "main_route_table_id", "default_network_acl_id", "default_security_group_id"]

    init(configuration: Configuration, inputs: [String: TerraformValue], region: String) {
        self.configuration = configuration
        self.inputs = inputs
        self.region = region
        localExpressions = Dictionary(configuration.locals.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        resourceBlocks = Dictionary(configuration.resources.map { ("\($0.labels[0]).\($0.labels[1])", $0) }, uniquingKeysWith: { first, _ in first })
        dataBlocks = Dictionary(configuration.dataSources.map { ("\($0.labels[0]).\($0.labels[1])", $0) }, uniquingKeysWith: { first, _ in first })
        moduleBlocks = Dictionary(configuration.modules.map { ($0.labels[0], $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// One instance of a resource block: its address and the `count.index` / `each` it sees.
    struct Instance {
        var address: String
        var block: Block
        var scope: [String: TerraformValue]
        /// The `for_each` key.
        var key: String?
    }

    /// The instances of a resource block; an unknown `count` or `for_each` is one instance
    /// whose address says so, with the reason.
    func instances(of block: Block, prefix: String = "") -> (instances: [Instance], unknown: String?) {
        let address = prefix + "\(block.labels[0]).\(block.labels[1])"
        if let count = block.body.attribute("count") {
            let value = evaluate(count.value, [:])
            guard let number = value.number else {
                return ([], "the count of \(address) is unknown: \(value.unknownReason ?? "it is \(value.display), not a number")")
            }
            return ((0..<max(0, Int(number))).map { index in
                Instance(address: "\(address)[\(index)]", block: block, scope: ["count": .object(["index": .number(Double(index))])])
            }, nil)
        }
        if let forEach = block.body.attribute("for_each") {
            let value = evaluate(forEach.value, [:])
            let pairs: [(String, TerraformValue)]
            switch value {
            case .object(let members): pairs = members.keys.sorted().compactMap { key in members[key].map { (key, $0) } }
            case .list(let items):
                let keys = items.compactMap(\.text)
                guard keys.count == items.count else { return ([], "the for_each of \(address) is not a map or a set of strings") }
                pairs = Array(Set(keys)).sorted().map { ($0, .string($0)) }
            default:
                return ([], "the for_each of \(address) is unknown: \(value.unknownReason ?? "it is \(value.display), not a map or a set")")
            }
            return (pairs.map { key, element in
                Instance(address: "\(address)[\"\(key)\"]", block: block, scope: ["each": .object(["key": .string(key), "value": element])], key: key)
            }, nil)
        }
        return ([Instance(address: address, block: block, scope: [:])], nil)
    }

    /// A resource's (or data source's) value as references see it: one instance, a list
    /// (`count`) or a map (`for_each`).
    private func collection(_ key: String, block: Block, isData: Bool) -> TerraformValue {
        let cacheKey = (isData ? "data." : "") + key
        if let cached = collections[cacheKey] { return cached }
        guard !visiting.contains(cacheKey) else { return .failure("\(cacheKey) refers to itself") }
        visiting.insert(cacheKey)
        defer { visiting.remove(cacheKey) }
        let (instances, unknown) = instances(of: block, prefix: isData ? "data." : "")
        let result: TerraformValue
        if let unknown {
            result = .unknown(unknown)
        } else {
            let values = instances.map { isData ? dataValue($0) : resourceValue($0) }
            if block.body.attribute("count") != nil {
                result = .list(values)
            } else if block.body.attribute("for_each") != nil {
                result = .object(Dictionary(zip(instances.map { $0.key ?? "" }, values), uniquingKeysWith: { first, _ in first }))
            } else {
                result = values.first ?? .null
            }
        }
        collections[cacheKey] = result
        return result
    }

    private func resourceValue(_ instance: Instance) -> TerraformValue {
        var attributes: [String: TerraformValue] = [:]
        for attribute in instance.block.body.attributes where !["count", "for_each", "provider", "depends_on", "lifecycle"].contains(attribute.name) {
            attributes[attribute.name] = evaluate(attribute.value, instance.scope)
        }
        return .resource(address: instance.address, type: instance.block.labels[0], attributes: attributes)
    }

    private func dataValue(_ instance: Instance) -> TerraformValue {
        let type = instance.block.labels[0]
        if type == "aws_availability_zones" {
            return .object(["names": .list(AvailabilityZones.names(in: region).map { .string($0) }), "id": .string(region)])
        }
        return .unknown("\(instance.address) is read from AWS at plan time and albdoctor does not read it; give the value as a variable (--var) instead")
    }

    // MARK: expressions

    func evaluate(_ expression: Expression, _ scope: [String: TerraformValue]) -> TerraformValue {
        switch expression.kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number)
        case .template(let parts): return template(parts, scope)
        case .variable(let name): return root(name, scope, at: expression.position)
        case .attribute(let base, let name):
            if let special = namedObject(base, name, scope) { return special }
            return attribute(evaluate(base, scope), name, at: expression.position)
        case .index(let base, let key):
            return index(evaluate(base, scope), evaluate(key, scope), at: expression.position)
        case .splat(let source, let each):
            let value = evaluate(source, scope)
            if value.unknownReason != nil { return value }
            let items: [TerraformValue]
            switch value {
            case .null: items = []
            case .list(let list): items = list
            default: items = [value]
            }
            return .list(items.map { item in evaluate(each, scope.merging(["__splat": item]) { _, new in new }) })
        case .splatElement: return scope["__splat"] ?? .failure("a splat element outside a splat")
        case .call(let name, let arguments, let expands):
            return Functions.call(name, arguments, expandsLast: expands, scope: scope, evaluator: self, at: expression.position)
        case .tuple(let items): return .list(items.map { evaluate($0, scope) })
        case .object(let items):
            var members: [String: TerraformValue] = [:]
            for item in items {
                let key = evaluate(item.key, scope)
                guard let text = key.text else { return key.unknownReason != nil ? key : .failure("an object key at \(item.key.position) is not a string") }
                members[text] = evaluate(item.value, scope)
            }
            return .object(members)
        case .conditional(let condition, let then, let otherwise):
            let test = evaluate(condition, scope)
            if test.unknownReason != nil { return test }
            guard let flag = test.bool else { return .failure("the condition at \(condition.position) is \(test.display), not a bool") }
            return evaluate(flag ? then : otherwise, scope)
        case .unary(let op, let operand):
            let value = evaluate(operand, scope)
            if value.unknownReason != nil { return value }
            switch op {
            case .not: return value.bool.map { .bool(!$0) } ?? .failure("`!` of \(value.display) at \(expression.position)")
            case .negate: return value.number.map { .number(-$0) } ?? .failure("`-` of \(value.display) at \(expression.position)")
            }
        case .binary(let op, let left, let right):
            return binary(op, evaluate(left, scope), right, scope, at: expression.position)
        case .forExpression(let loop): return forExpression(loop, scope)
        case .parenthesized(let inner): return evaluate(inner, scope)
        }
    }

    private func root(_ name: String, _ scope: [String: TerraformValue], at position: Position) -> TerraformValue {
        if let value = scope[name] { return value }
        switch name {
        case "var": return .object(inputs)
        case "path": return .object(["module": .string("."), "root": .string("."), "cwd": .string(".")])
        case "terraform": return .object(["workspace": .string("default")])
        default: return .failure("`\(name)` at \(position) is not a variable Terraform knows here")
        }
    }

    /// `local.x`, `aws_subnet.public`, `data.T.N`, `module.M`: names looked up lazily.
    private func namedObject(_ base: Expression, _ name: String, _ scope: [String: TerraformValue]) -> TerraformValue? {
        if case .variable(let root) = base.kind, scope[root] == nil {
            switch root {
            case "local":
                if let cached = locals[name] { return cached }
                guard let expression = localExpressions[name] else { return .failure("local.\(name) is not defined") }
                guard !visiting.contains("local.\(name)") else { return .failure("local.\(name) refers to itself") }
                visiting.insert("local.\(name)")
                let value = evaluate(expression, [:])
                visiting.remove("local.\(name)")
                locals[name] = value
                return value
            case "module":
                let source = moduleBlocks[name]?.body.attribute("source").map { evaluate($0.value, [:]).text ?? "?" } ?? "?"
                return .unknown("module.\(name) (source \"\(source)\") is not read, so its outputs are unknown; lint its resources with it")
            case "var", "path", "terraform", "count", "each", "self", "data":
                return nil
            default:
                if let block = resourceBlocks["\(root).\(name)"] { return collection("\(root).\(name)", block: block, isData: false) }
                return nil
            }
        }
        if case .attribute(let inner, let type) = base.kind, case .variable("data") = inner.kind, scope["data"] == nil {
            guard let block = dataBlocks["\(type).\(name)"] else { return .failure("data.\(type).\(name) is not declared") }
            return collection("\(type).\(name)", block: block, isData: true)
        }
        return nil
    }

    func attribute(_ value: TerraformValue, _ name: String, at position: Position) -> TerraformValue {
        switch value {
        case .unknown, .failure: return value
        case .object(let members): return members[name] ?? .failure("no attribute \"\(name)\" at \(position)")
        case .resource(let address, _, let attributes):
            if let set = attributes[name] { return set }
            if Self.identifying.contains(name) { return .reference(address: address, attribute: name) }
            return .unknown("\(address).\(name) is known only after apply")
        case .list:
            return .failure("`.\(name)` of a list at \(position); use [*].\(name) or an index")
        default: return .failure("`.\(name)` of \(value.display) at \(position)")
        }
    }

    func index(_ value: TerraformValue, _ key: TerraformValue, at position: Position) -> TerraformValue {
        if let unknown = TerraformValue.firstUnknown([value, key]) { return unknown }
        switch value {
        case .list(let items):
            guard let number = key.number, number >= 0, Int(number) < items.count else { return .failure("index \(key.display) out of range at \(position)") }
            return items[Int(number)]
        case .object(let members):
            guard let text = key.text, let member = members[text] else { return .failure("no key \(key.display) at \(position)") }
            return member
        case .resource: return attribute(value, key.text ?? "", at: position)
        default: return .failure("cannot index \(value.display) at \(position)")
        }
    }

    private func template(_ parts: [TemplatePart], _ scope: [String: TerraformValue]) -> TerraformValue {
        if parts.count == 1, case .interpolation(let only) = parts[0] { return evaluate(only, scope) }
        var text = ""
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .interpolation(let expression):
                let value = evaluate(expression, scope)
                if value.unknownReason != nil { return value }
                if case .reference(let address, let attribute) = value { return .unknown("the text of \(address).\(attribute) is known only after apply") }
                guard let piece = value.text else { return .failure("\(value.display) at \(expression.position) is not text") }
                text += piece
            case .conditional(let condition, let then, let otherwise):
                let test = evaluate(condition, scope)
                if test.unknownReason != nil { return test }
                guard let flag = test.bool else { return .failure("the condition at \(condition.position) is not a bool") }
                let inner = template(flag ? then : otherwise, scope)
                if inner.unknownReason != nil { return inner }
                text += inner.text ?? ""
            case .loop(let keyName, let valueName, let collection, let body):
                let value = evaluate(collection, scope)
                if value.unknownReason != nil { return value }
                for (key, element) in pairs(value) {
                    var inner = scope
                    inner[valueName] = element
                    if let keyName { inner[keyName] = key }
                    let piece = template(body, inner)
                    if piece.unknownReason != nil { return piece }
                    text += piece.text ?? ""
                }
            }
        }
        return .string(text)
    }

    /// Key (or index) and element of a collection, in Terraform's iteration order.
    func pairs(_ value: TerraformValue) -> [(TerraformValue, TerraformValue)] {
        switch value {
        case .list(let items): return items.enumerated().map { (.number(Double($0.offset)), $0.element) }
        case .object(let members): return members.keys.sorted().compactMap { key in members[key].map { (.string(key), $0) } }
        default: return []
        }
    }

    private func forExpression(_ loop: ForExpression, _ scope: [String: TerraformValue]) -> TerraformValue {
        let collection = evaluate(loop.collection, scope)
        if collection.unknownReason != nil { return collection }
        guard collection.elements != nil else { return .failure("a for expression over \(collection.display) at \(loop.collection.position)") }
        var list: [TerraformValue] = []
        var members: [String: TerraformValue] = [:]
        var groups: [String: [TerraformValue]] = [:]
        for (key, element) in pairs(collection) {
            var inner = scope
            inner[loop.valueName] = element
            if let keyName = loop.keyName { inner[keyName] = key }
            if let condition = loop.condition {
                let test = evaluate(condition, inner)
                if test.unknownReason != nil { return test }
                guard test.bool == true else { continue }
            }
            let value = evaluate(loop.value, inner)
            if let keyExpression = loop.key {
                let keyValue = evaluate(keyExpression, inner)
                if keyValue.unknownReason != nil { return keyValue }
                guard let text = keyValue.text else { return .failure("a for expression key at \(keyExpression.position) is not a string") }
                if loop.groups { groups[text, default: []].append(value) } else { members[text] = value }
            } else {
                list.append(value)
            }
        }
        if loop.key == nil { return .list(list) }
        return loop.groups ? .object(groups.mapValues { .list($0) }) : .object(members)
    }

    private func binary(_ op: BinaryOperator, _ left: TerraformValue, _ rightExpression: Expression, _ scope: [String: TerraformValue], at position: Position) -> TerraformValue {
        if left.unknownReason != nil { return left }
        if op == .and, left.bool == false { return .bool(false) }
        if op == .or, left.bool == true { return .bool(true) }
        let right = evaluate(rightExpression, scope)
        if right.unknownReason != nil { return right }
        switch op {
        case .and, .or:
            guard let a = left.bool, let b = right.bool else { return .failure("`\(op.rawValue)` needs bools at \(position)") }
            return .bool(op == .and ? a && b : a || b)
        case .equal, .notEqual:
            if case .reference = left { return .unknown("\(left.display) is known only after apply") }
            if case .reference = right { return .unknown("\(right.display) is known only after apply") }
            let same = left == right || (left.number != nil && left.number == right.number && left.text == right.text)
            return .bool(op == .equal ? same : !same)
        default:
            guard let a = left.number, let b = right.number else { return .failure("`\(op.rawValue)` needs numbers at \(position), not \(left.display) and \(right.display)") }
            switch op {
            case .add: return .number(a + b)
            case .subtract: return .number(a - b)
            case .multiply: return .number(a * b)
            case .divide: return b == 0 ? .failure("division by zero at \(position)") : .number(a / b)
            case .modulo: return b == 0 ? .failure("modulo by zero at \(position)") : .number(a.truncatingRemainder(dividingBy: b))
            case .less: return .bool(a < b)
            case .greater: return .bool(a > b)
            case .lessOrEqual: return .bool(a <= b)
            case .greaterOrEqual: return .bool(a >= b)
            default: return .failure("unexpected operator at \(position)")
            }
        }
    }
}
