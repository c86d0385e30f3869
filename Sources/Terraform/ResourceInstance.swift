internal import Findings
internal import HCL
internal import Topology

/// One instance of a resource, its arguments evaluated on demand.
struct ResourceInstance {
    var address: String
    var type: String
    var location: Location
    let instance: Evaluator.Instance
    let evaluator: Evaluator

    var id: ResourceID { ResourceID(address) }

    /// One argument; nil when it is not written.
    subscript(name: String) -> TerraformValue? {
        instance.block.body.attribute(name).map { evaluator.evaluate($0.value, instance.scope) }
    }

    /// The nested blocks of one type (`route`, `ingress`, `subnet_mapping`), `dynamic` blocks
    /// expanded, or the same written as an attribute (`route = [...]`, and in `.tf.json`).
    func blocks(_ type: String) -> [(arguments: [String: TerraformValue], location: Location)] {
        var result: [(arguments: [String: TerraformValue], location: Location)] = []
        for block in instance.block.body.blocks(type) {
            var arguments: [String: TerraformValue] = [:]
            for attribute in block.body.attributes { arguments[attribute.name] = evaluator.evaluate(attribute.value, instance.scope) }
            result.append((arguments, Location(block.position)))
        }
        for block in instance.block.body.blocks("dynamic") where block.labels == [type] {
            guard let content = block.body.blocks("content").first, let forEach = block.body.attribute("for_each") else { continue }
            let iterator = block.body.attribute("iterator")?.value.traversal?.first ?? type
            for (key, element) in evaluator.pairs(evaluator.evaluate(forEach.value, instance.scope)) {
                var scope = instance.scope
                scope[iterator] = .object(["key": key, "value": element])
                var arguments: [String: TerraformValue] = [:]
                for attribute in content.body.attributes { arguments[attribute.name] = evaluator.evaluate(attribute.value, scope) }
                result.append((arguments, Location(block.position)))
            }
        }
        if let attribute = instance.block.body.attribute(type) {
            let value = evaluator.evaluate(attribute.value, instance.scope)
            let items: [TerraformValue]
            if case .object = value { items = [value] } else { items = value.elements ?? [] }
            for case .object(let members) in items { result.append((members, Location(attribute.position))) }
        }
        return result
    }
}

extension Location {
    init(_ position: Position) {
        self.init(file: position.file, line: position.line, column: position.column)
    }
}

extension TerraformValue {
    /// The resource a value names: an `id`/`arn` of a resource in the configuration, or an id
    /// written as text (`subnet-0abc…`, then not in the model).
    func resourceID(_ what: String) -> Known<ResourceID> {
        switch self {
        case .reference(let address, let attribute):
            switch attribute {
            case "default_route_table_id", "main_route_table_id": return .known(ResourceID(address + RouteTable.implicitMainSuffix))
            case "default_network_acl_id": return .known(ResourceID(address + NetworkACL.implicitDefaultSuffix))
            default: return .known(ResourceID(address))
            }
        case .resource(let address, _, _): return .known(ResourceID(address))
        case .string(let text): return .known(ResourceID(text))
        case .unknown(let reason), .failure(let reason): return .unknown(reason: reason)
        case .null: return .unknown(reason: "\(what) is null")
        default: return .unknown(reason: "\(what) is \(display), not a resource id")
        }
    }

    func known(_ what: String) -> Known<String> {
        if let reason = unknownReason { return .unknown(reason: reason) }
        if case .reference = self { return .unknown(reason: "\(what) is \(display), known only after apply") }
        return text.map { .known($0) } ?? .unknown(reason: "\(what) is \(display), not text")
    }

    func knownInt(_ what: String) -> Known<Int> {
        if let reason = unknownReason { return .unknown(reason: reason) }
        return number.map { .known(Int($0)) } ?? .unknown(reason: "\(what) is \(display), not a number")
    }

    func knownList(_ what: String) -> Known<[TerraformValue]> {
        if let reason = unknownReason { return .unknown(reason: reason) }
        return elements.map { .known($0) } ?? .unknown(reason: "\(what) is \(display), not a list")
    }
}

extension Optional where Wrapped == TerraformValue {
    /// The argument, or unknown saying it is not set.
    func or(_ reason: String) -> TerraformValue { self ?? .unknown(reason) }
}
