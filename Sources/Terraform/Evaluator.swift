internal import Findings
internal import HCL
internal import Localization
internal import Topology

/// Evaluates the expressions of one module instance (the root module, or `module.vpc`):
/// variables, locals, resources (with `count` and `for_each`), module calls and their outputs,
/// `data "aws_availability_zones"`. Lazy and memoised: a value is computed when first read.
/// What cannot be known before apply is `.unknown` with its reason, never an error.
final class Evaluator {
    let configuration: Configuration
    let region: String
    /// The module's code and its calls.
    let node: ModuleNode
    /// `module.vpc.` (or `module.app["a"].module.vpc.`) for a module instance, empty for the
    /// root module: how every address in it starts.
    let path: String
    /// `path.cwd`: the root module's folder, where Terraform runs.
    let workingDirectory: String
    private let inputs: Inputs
    private var inputValues: [String: TerraformValue] = [:]
    private var outputValues: [String: TerraformValue] = [:]
    private var children: [String: Evaluator] = [:]
    private var locals: [String: TerraformValue] = [:]
    private var collections: [String: TerraformValue] = [:]
    private var visiting: Set<String> = []
    private let localExpressions: [String: Expression]
    private let resourceBlocks: [String: Block]
    private let dataBlocks: [String: Block]
    private let variableBlocks: [String: Block]
    private let outputBlocks: [String: Block]

    /// Where a module instance's input variables get their values.
    enum Inputs {
        /// The root module's, resolved from defaults, `.tfvars` files and `--var`.
        case given([String: TerraformValue])
        /// A module call's arguments, evaluated in the caller.
        case call(CallSite)
    }

    /// A module instance's call: its arguments are evaluated in the caller, with the
    /// `count.index` or `each` of the instance.
    struct CallSite {
        unowned let caller: Evaluator
        var arguments: [String: Expression]
        var scope: [String: TerraformValue]
        /// `module.vpc`, `module.app["a"]`.
        var address: String
        /// The `module` block.
        var block: Block
    }

    /// Attributes AWS assigns that name a resource: reading them gives a reference.
    static let identifying: Set<String> = ["id", "arn", "default_route_table_id", "main_route_table_id", "default_network_acl_id", "default_security_group_id"]

    /// Arguments of a `module` block that are not inputs of the module.
    static let metaArguments: Set<String> = ["source", "version", "count", "for_each", "providers", "depends_on"]

    /// The root module of `configuration` alone, without module calls.
    convenience init(configuration: Configuration, inputs: [String: TerraformValue], region: String) {
        self.init(node: ModuleNode(configuration: configuration, folder: "."), inputs: .given(inputs), region: region, path: "")
    }

    init(node: ModuleNode, inputs: Inputs, region: String, path: String) {
        self.node = node
        configuration = node.configuration
        self.inputs = inputs
        self.region = region
        self.path = path
        if case .call(let site) = inputs { workingDirectory = site.caller.workingDirectory } else { workingDirectory = ModulePath.absolute(node.folder) }
        func byAddress(_ blocks: [Block]) -> [String: Block] {
            Dictionary(blocks.map { ("\($0.labels[0]).\($0.labels[1])", $0) }, uniquingKeysWith: { first, _ in first })
        }
        func byName(_ blocks: [Block]) -> [String: Block] {
            Dictionary(blocks.map { ($0.labels[0], $0) }, uniquingKeysWith: { first, _ in first })
        }
        localExpressions = Dictionary(configuration.locals.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        resourceBlocks = byAddress(configuration.resources)
        dataBlocks = byAddress(configuration.dataSources)
        variableBlocks = byName(configuration.variables)
        outputBlocks = byName(configuration.outputs)
    }

    /// The module instance whose `module` block made this one; nil for the root module.
    var caller: Evaluator? {
        if case .call(let site) = inputs { site.caller } else { nil }
    }

    /// `module.vpc` for a module instance, nil for the root module.
    var moduleAddress: String? { path.isEmpty ? nil : String(path.dropLast()) }

    /// One instance of a resource block: its address and the `count.index` / `each` it sees.
    struct Instance {
        var address: String
        var block: Block
        var scope: [String: TerraformValue]
        /// The `for_each` key.
        var key: String?
    }

    /// The instances of a resource block; an unknown `count` or `for_each` gives none, with
    /// the reason.
    func instances(of block: Block, prefix: String = "") -> (instances: [Instance], unknown: LocalizedText?) {
        expand(block, address: path + prefix + "\(block.labels[0]).\(block.labels[1])")
    }

    /// The instance at `address` (`aws_subnet.public[1]`, this module's path in front) of one of
    /// this module's resource blocks; nil when there is none.
    func instance(at address: String) -> Instance? {
        guard address.hasPrefix(path), let block = resourceBlocks[DeployedResource.withoutKeys(String(address.dropFirst(path.count)))] else { return nil }
        return instances(of: block).instances.first { $0.address == address }
    }

    /// The instances of a resource or module block at `address`, by its `count` or `for_each`.
    func expand(_ block: Block, address: String) -> (instances: [Instance], unknown: LocalizedText?) {
        if let count = block.body.attribute("count") {
            let value = evaluate(count.value, [:])
            guard let number = value.number else {
                let reason: TerraformValueReason = value.unknownReason.map { .countUnknown(address: address, reason: $0) }
                    ?? .countNotANumber(address: address, value: value.display)
                return ([], LocalizedText(reason))
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
                guard keys.count == items.count else { return ([], LocalizedText(TerraformValueReason.forEachNotStrings(address: address))) }
                pairs = Array(Set(keys)).sorted().map { ($0, .string($0)) }
            default:
                let reason: TerraformValueReason = value.unknownReason.map { .forEachUnknown(address: address, reason: $0) }
                    ?? .forEachNotACollection(address: address, value: value.display)
                return ([], LocalizedText(reason))
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
        guard !visiting.contains(cacheKey) else { return .failure(.refersToItself(name: cacheKey)) }
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
        if instance.block.labels[0] == "aws_networkfirewall_firewall", attributes["firewall_status"] == nil {
            attributes["firewall_status"] = firewallStatus(instance)
        }
        return .resource(address: instance.address, type: instance.block.labels[0], attributes: attributes)
    }

    /// Why an index into a firewall's sync states (or a list made from them) is not known.
    static func unorderedEndpoints(at position: Position?) -> TerraformValueReason {
        .unorderedEndpoints(position: position.map { "\($0)" })
    }

    private func dataValue(_ instance: Instance) -> TerraformValue {
        let type = instance.block.labels[0]
        if type == "aws_availability_zones" {
            return .object(["names": .list(AvailabilityZones.names(in: region).map { .string($0) }), "id": .string(region)])
        }
        return .unknown(.dataSourceNotRead(address: instance.address))
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
        case .splatElement: return scope["__splat"] ?? .failure(.splatOutside)
        case .call(let name, let arguments, let expands):
            return Functions.call(name, arguments, expandsLast: expands, scope: scope, evaluator: self, at: expression.position)
        case .tuple(let items): return .list(items.map { evaluate($0, scope) })
        case .object(let items):
            var members: [String: TerraformValue] = [:]
            for item in items {
                let key = evaluate(item.key, scope)
                guard let text = key.text else { return key.unknownReason != nil ? key : .failure(.objectKeyNotString(position: "\(item.key.position)")) }
                members[text] = evaluate(item.value, scope)
            }
            return .object(members)
        case .conditional(let condition, let then, let otherwise):
            let test = evaluate(condition, scope)
            if test.unknownReason != nil { return test }
            guard let flag = test.bool else { return .failure(.conditionNotBool(position: "\(condition.position)", value: test.display)) }
            return evaluate(flag ? then : otherwise, scope)
        case .unary(let op, let operand):
            let value = evaluate(operand, scope)
            if value.unknownReason != nil { return value }
            switch op {
            case .not: return value.bool.map { .bool(!$0) } ?? .failure(.notOf(value: value.display, position: "\(expression.position)"))
            case .negate: return value.number.map { .number(-$0) } ?? .failure(.negateOf(value: value.display, position: "\(expression.position)"))
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
        case "var": return .object(Dictionary(uniqueKeysWithValues: variableBlocks.keys.map { ($0, input($0)) }))
        case "path": return .object(["module": .string(node.folder), "root": .string("."), "cwd": .string(workingDirectory)])
        case "terraform": return .object(["workspace": .string("default")])
        default: return .failure(.unknownVariable(name: name, position: "\(position)"))
        }
    }

    /// `local.x`, `aws_subnet.public`, `data.T.N`, `module.M`: names looked up lazily.
    private func namedObject(_ base: Expression, _ name: String, _ scope: [String: TerraformValue]) -> TerraformValue? {
        if case .variable(let root) = base.kind, scope[root] == nil {
            switch root {
            case "local":
                if let cached = locals[name] { return cached }
                guard let expression = localExpressions[name] else { return .failure(.localNotDefined(name: name)) }
                guard !visiting.contains("local.\(name)") else { return .failure(.refersToItself(name: "local.\(name)")) }
                visiting.insert("local.\(name)")
                let value = evaluate(expression, [:])
                visiting.remove("local.\(name)")
                locals[name] = value
                return value
            case "module": return module(name)
            case "var": return input(name)
            case "path", "terraform", "count", "each", "self", "data":
                return nil
            default:
                if let block = resourceBlocks["\(root).\(name)"] { return collection("\(root).\(name)", block: block, isData: false) }
                return nil
            }
        }
        if case .attribute(let inner, let call) = base.kind, case .variable("module") = inner.kind, scope["module"] == nil {
            return moduleOutput(call, name)
        }
        if case .attribute(let inner, let type) = base.kind, case .variable("data") = inner.kind, scope["data"] == nil {
            guard let block = dataBlocks["\(type).\(name)"] else { return .failure(.notDeclared(name: "data.\(type).\(name)")) }
            return collection("\(type).\(name)", block: block, isData: true)
        }
        return nil
    }

    // MARK: modules

    /// An input variable's value: given to the root module, or the argument of the module
    /// call evaluated in the caller, else the variable's default; converted to its type.
    func input(_ name: String) -> TerraformValue {
        if let cached = inputValues[name] { return cached }
        guard let block = variableBlocks[name] else { return .failure(.variableNotDeclared(name: name, module: moduleAddress)) }
        guard !visiting.contains("var.\(name)") else { return .failure(.refersToItself(name: "var.\(name)")) }
        visiting.insert("var.\(name)")
        defer { visiting.remove("var.\(name)") }
        let fallback = block.body.attribute("default").map { evaluate($0.value, [:]) }
        var value: TerraformValue
        switch inputs {
        case .given(let values):
            value = values[name] ?? fallback ?? .unknown(.variableWithoutValue(name: name))
        case .call(let site):
            if let argument = site.arguments[name] {
                value = site.caller.evaluate(argument, site.scope)
                if value == .null, let fallback, block.body.attribute("nullable").map({ evaluate($0.value, [:]) }) == .bool(false) { value = fallback }
            } else {
                value = fallback ?? .unknown(.inputWithoutValue(call: site.address, name: name))
            }
        }
        if let type = block.body.attribute("type") { value = TypeConversion.convert(value, to: type.value) }
        inputValues[name] = value
        return value
    }

    /// `module.NAME`: the outputs of the call's instance, a list of them (`count`) or a map
    /// (`for_each`); unknown, with why, when its code is not read.
    private func module(_ name: String) -> TerraformValue {
        guard let call = node.calls[name] else { return .failure(.notDeclared(name: "module.\(name)")) }
        switch call.resolution {
        case .notRead(let reason): return .unknown(.moduleOutputsNotKnown(module: "\(path)module.\(name)", reason: reason))
        case .read:
            let (instances, unknown) = moduleInstances(call)
            if let unknown { return .unknown(unknown) }
            let values = instances.compactMap { child($0, of: call)?.allOutputs() }
            if call.block.body.attribute("count") != nil { return .list(values) }
            if call.block.body.attribute("for_each") != nil {
                return .object(Dictionary(zip(instances.map { $0.key ?? "" }, values), uniquingKeysWith: { first, _ in first }))
            }
            return values.first ?? .null
        }
    }

    /// `module.NAME.OUTPUT`, evaluating only that output when the call has one instance.
    private func moduleOutput(_ name: String, _ output: String) -> TerraformValue {
        guard let call = node.calls[name], case .read = call.resolution,
              call.block.body.attribute("count") == nil, call.block.body.attribute("for_each") == nil,
              let child = moduleInstances(call).instances.first.flatMap({ child($0, of: call) }) else {
            return attribute(module(name), output, at: node.calls[name]?.block.position ?? Position(file: "", line: 0, column: 0))
        }
        return child.output(output)
    }

    /// The instances of a module call, addressed `module.NAME`, `module.NAME[0]`, `module.NAME["k"]`.
    func moduleInstances(_ call: ModuleCall) -> (instances: [Instance], unknown: LocalizedText?) {
        expand(call.block, address: path + "module.\(call.block.labels[0])")
    }

    /// The evaluator of one instance of a module call whose code is read.
    func child(_ instance: Instance, of call: ModuleCall) -> Evaluator? {
        if let cached = children[instance.address] { return cached }
        guard case .read(let module) = call.resolution else { return nil }
        var arguments: [String: Expression] = [:]
        for attribute in call.block.body.attributes where !Self.metaArguments.contains(attribute.name) { arguments[attribute.name] = attribute.value }
        let site = CallSite(caller: self, arguments: arguments, scope: instance.scope, address: instance.address, block: call.block)
        let evaluator = Evaluator(node: module, inputs: .call(site), region: region, path: instance.address + ".")
        children[instance.address] = evaluator
        return evaluator
    }

    /// One output of this module instance.
    func output(_ name: String) -> TerraformValue {
        if let cached = outputValues[name] { return cached }
        guard let block = outputBlocks[name], let value = block.body.attribute("value") else {
            if let model = node.model {
                return .unknown(.outputNotModelled(module: moduleAddress ?? "", source: model.source, output: name, outputs: model.outputs))
            }
            return .failure(.noOutput(module: moduleAddress, name: name))
        }
        guard !visiting.contains("output.\(name)") else { return .failure(.outputRefersToItself(output: name, module: moduleAddress ?? "")) }
        visiting.insert("output.\(name)")
        defer { visiting.remove("output.\(name)") }
        let result = evaluate(value.value, [:])
        outputValues[name] = result
        return result
    }

    /// Where a finding about a block of this module points: the block, or for a module
    /// albdoctor models, the argument of the call it comes from (else the call).
    func position(of block: Block) -> Position {
        guard let model = node.model, case .call(let site) = inputs, block.labels.count == 2 else { return block.position }
        let input = model.inputs["\(block.labels[0]).\(block.labels[1])"]
        return (input.flatMap { site.block.body.attribute($0) }?.position) ?? site.block.position
    }

    /// How a subnet this module makes is changed, when albdoctor models the module.
    func moduleInput(of block: Block) -> ModuleInput? {
        guard let model = node.model, let address = moduleAddress, block.labels.count == 2, block.labels[0] == "aws_subnet" else { return nil }
        return model.moduleInput(subnet: block.labels[1], module: address, input: input)
    }

    private func allOutputs() -> TerraformValue {
        .object(Dictionary(uniqueKeysWithValues: outputBlocks.keys.map { ($0, output($0)) }))
    }

    func attribute(_ value: TerraformValue, _ name: String, at position: Position) -> TerraformValue {
        switch value {
        case .unknown, .failure: return value
        case .object(let members): return members[name] ?? .failure(.noAttribute(name: name, position: "\(position)"))
        case .resource(let address, _, let attributes):
            if let set = attributes[name] { return set }
            if Self.identifying.contains(name) { return .reference(address: address, attribute: name) }
            return .unknown(.knownOnlyAfterApply(what: .verbatim("\(address).\(name)")))
        case .list:
            return .failure(.attributeOfList(name: name, position: "\(position)"))
        default: return .failure(.attributeOf(name: name, value: value.display, position: "\(position)"))
        }
    }

    func index(_ value: TerraformValue, _ key: TerraformValue, at position: Position) -> TerraformValue {
        if let unknown = TerraformValue.firstUnknown([value, key]) { return unknown }
        switch value {
        case .list(let items):
            guard let number = key.number, number >= 0, Int(number) < items.count else { return .failure(.indexOutOfRange(key: key.display, position: "\(position)")) }
            if value.holdsUnorderedEndpoints { return .unknown(Self.unorderedEndpoints(at: position)) }
            return items[Int(number)]
        case .object(let members):
            guard let text = key.text, let member = members[text] else { return .failure(.noKey(key: key.display, position: "\(position)")) }
            return member
        case .resource: return attribute(value, key.text ?? "", at: position)
        default: return .failure(.cannotIndex(value: value.display, position: "\(position)"))
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
                if case .reference(let address, let attribute) = value { return .unknown(.textKnownOnlyAfterApply(reference: "\(address).\(attribute)")) }
                guard let piece = value.text else { return .failure(.notTextInTemplate(value: value.display, position: "\(expression.position)")) }
                text += piece
            case .conditional(let condition, let then, let otherwise):
                let test = evaluate(condition, scope)
                if test.unknownReason != nil { return test }
                guard let flag = test.bool else { return .failure(.templateConditionNotBool(position: "\(condition.position)")) }
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
        guard collection.elements != nil else { return .failure(.forOver(value: collection.display, position: "\(loop.collection.position)")) }
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
                guard let text = keyValue.text else { return .failure(.forKeyNotString(position: "\(keyExpression.position)")) }
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
            guard let a = left.bool, let b = right.bool else { return .failure(.needsBools(op: op.rawValue, position: "\(position)")) }
            return .bool(op == .and ? a && b : a || b)
        case .equal, .notEqual:
            if let same = TerraformValue.sameResource(left, right) { return .bool(op == .equal ? same : !same) }
            if case .reference(let address, let attribute) = left { return .unknown(.knownOnlyAfterApply(what: .verbatim("\(address).\(attribute)"))) }
            if case .reference(let address, let attribute) = right { return .unknown(.knownOnlyAfterApply(what: .verbatim("\(address).\(attribute)"))) }
            let same = left == right || (left.number != nil && left.number == right.number && left.text == right.text)
            return .bool(op == .equal ? same : !same)
        default:
            guard let a = left.number, let b = right.number else { return .failure(.needsNumbers(op: op.rawValue, position: "\(position)", left: left.display, right: right.display)) }
            switch op {
            case .add: return .number(a + b)
            case .subtract: return .number(a - b)
            case .multiply: return .number(a * b)
            case .divide: return b == 0 ? .failure(.divisionByZero(position: "\(position)")) : .number(a / b)
            case .modulo: return b == 0 ? .failure(.moduloByZero(position: "\(position)")) : .number(a.truncatingRemainder(dividingBy: b))
            case .less: return .bool(a < b)
            case .greater: return .bool(a > b)
            case .lessOrEqual: return .bool(a <= b)
            case .greaterOrEqual: return .bool(a >= b)
            default: return .failure(.unexpectedOperator(position: "\(position)"))
            }
        }
    }
}
