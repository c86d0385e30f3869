internal import Findings
internal import HCL
internal import Localization
internal import Topology

/// One instance of a resource: its arguments evaluated on demand from the configuration, or
/// read from a plan or state (`planned_values`, `terraform.tfstate`).
struct ResourceInstance {
    var address: String
    var type: String
    /// The `.tf` line of its block; nil for a plan or state read without the configuration.
    var location: Location?
    let source: Source

    /// Where the arguments come from.
    enum Source {
        /// A resource block of the configuration, evaluated in the instance's scope.
        case configuration(Evaluator.Instance, Evaluator)
        /// Values a plan or state gives (blocks are lists of objects there).
        case values([String: TerraformValue])
    }

    init(address: String, type: String, location: Location?, instance: Evaluator.Instance, evaluator: Evaluator) {
        self.address = address
        self.type = type
        self.location = location
        source = .configuration(instance, evaluator)
    }

    init(address: String, type: String, location: Location?, values: [String: TerraformValue]) {
        self.address = address
        self.type = type
        self.location = location
        source = .values(values)
    }

    var id: ResourceID { ResourceID(address) }

    /// The input of a modelled registry module that made it (`public_subnets` of
    /// `module.vpc`); nil for resources of code that was read, plans and states.
    var moduleInput: ModuleInput? {
        guard case .configuration(let instance, let evaluator) = source else { return nil }
        return evaluator.moduleInput(of: instance.block)
    }

    /// One argument; nil when it is not written (or, in a plan or state, null or empty text).
    subscript(name: String) -> TerraformValue? {
        switch source {
        case .configuration(let instance, let evaluator):
            return instance.block.body.attribute(name).map { evaluator.evaluate($0.value, instance.scope) }
        case .values(let values):
            return values[name]
        }
    }

    /// Every argument written, by name.
    var arguments: [String: TerraformValue] {
        switch source {
        case .configuration(let instance, let evaluator):
            var result: [String: TerraformValue] = [:]
            for attribute in instance.block.body.attributes { result[attribute.name] = evaluator.evaluate(attribute.value, instance.scope) }
            return result
        case .values(let values):
            return values
        }
    }

    /// The nested blocks of one type (`route`, `ingress`, `subnet_mapping`), `dynamic` blocks
    /// expanded, or the same written as an attribute (`route = [...]`, in `.tf.json`, plans and
    /// states).
    func blocks(_ type: String) -> [NestedBlock] { blocksAndUnknown(type).blocks }

    /// The nested blocks of one type, and why some are not known (a `dynamic` block whose
    /// `for_each` is unknown), so that a rule does not read them as absent.
    func blocksAndUnknown(_ type: String) -> (blocks: [NestedBlock], unknown: LocalizedText?) {
        switch source {
        case .configuration(let instance, let evaluator):
            return evaluator.nestedBlocks(type, of: instance)
        case .values(let values):
            return (TerraformValue.objects(values[type]).map { ($0, location) }, values[type]?.unknownReason)
        }
    }
}

extension Location {
    init(_ position: Position) {
        self.init(file: position.file, line: position.line, column: position.column)
    }
}

extension TerraformValue {
    /// The objects of a block written as a value: one object, or a list of them.
    static func objects(_ value: TerraformValue?) -> [[String: TerraformValue]] {
        guard let value else { return [] }
        let items: [TerraformValue]
        if case .object = value { items = [value] } else { items = value.elements ?? [] }
        return items.compactMap { item in
            if case .object(let members) = item { return members }
            return nil
        }
    }

    /// The resource a value names: an `id`/`arn` of a resource in the configuration, or an id
    /// written as text (`subnet-0abc…`, then not in the model).
    func resourceID(_ what: ValueName) -> Known<ResourceID> {
        switch self {
        case .reference(let address, let attribute):
            if let endpoint = FirewallEndpointName(attribute: attribute) { return .known(ResourceID(FirewallEndpointName.resourceName(firewall: address, endpoint))) }
            switch attribute {
            case "default_route_table_id", "main_route_table_id": return .known(ResourceID(address + RouteTable.implicitMainSuffix))
            case "default_network_acl_id": return .known(ResourceID(address + NetworkACL.implicitDefaultSuffix))
            default: return .known(ResourceID(address))
            }
        case .resource(let address, _, _): return .known(ResourceID(address))
        case .string(let text): return .known(ResourceID(text))
        case .unknown(let reason), .failure(let reason): return .unknown(reason: reason)
        case .null: return .unknown(.isNull(what: what))
        default: return .unknown(.notAResourceID(what: what, value: display))
        }
    }

    func known(_ what: ValueName) -> Known<String> {
        if let reason = unknownReason { return .unknown(reason: reason) }
        if case .reference = self { return .unknown(.referenceAfterApply(what: what, value: display)) }
        return text.map { .known($0) } ?? .unknown(.notText(what: what, value: display))
    }

    func knownInt(_ what: ValueName) -> Known<Int> {
        if let reason = unknownReason { return .unknown(reason: reason) }
        return number.map { .known(Int($0)) } ?? .unknown(.notANumber(what: what, value: display))
    }

    func knownList(_ what: ValueName) -> Known<[TerraformValue]> {
        if let reason = unknownReason { return .unknown(reason: reason) }
        // A plan's list of one resource's id, resolved from its references alone.
        if case .reference = self { return .known([self]) }
        return elements.map { .known($0) } ?? .unknown(.notAList(what: what, value: display))
    }
}

extension Optional where Wrapped == TerraformValue {
    /// The argument, or unknown saying it is not set.
    func or(_ reason: TerraformModelReason) -> TerraformValue { self ?? .unknown(LocalizedText(reason)) }
}
