/// Reads the JSON of `terraform show -json PLAN`: the resources `planned_values` says will
/// exist after apply (ids from `prior_state` where the plan keeps them), and for each value
/// known only after apply (`resource_changes[].change.after_unknown`) the resource its
/// expression names (`configuration … expressions … references`). The same reader takes the
/// JSON of a state (`terraform show -json` without a plan: `values`).
struct PlanReader {
    let file: String
    let document: JSONValue

    /// Evaluates an attribute of a root-module instance from the `.tf` files, when they are
    /// given: the exact resource behind `aws_subnet.public[count.index].id`.
    var configurationValue: ((_ address: String, _ attribute: String) -> TerraformValue?)?

    /// The plan's input variables, by name (`variables.NAME.value`).
    var variables: [String: TerraformValue] {
        (document["variables"]?.object ?? [:]).compactMapValues { $0["value"]?.terraformValue }
    }

    /// Whether the document is a plan or a state shown as JSON, of a format version read here.
    static func recognizes(_ document: JSONValue) -> Bool {
        document["format_version"] != nil && (document["planned_values"] != nil || document["values"] != nil || document["prior_state"] != nil)
    }

    func resources() throws(TerraformError) -> [DeployedResource] {
        if let version = document["format_version"]?.string, let major = version.split(separator: ".").first, !["0", "1"].contains(major) {
            throw .unsupported(file: file, reason: .planFormat(version: version))
        }
        let isPlan = document["planned_values"] != nil
        guard let root = (isPlan ? document["planned_values"] : document["values"])?["root_module"] else {
            // An empty state or a plan with no resources.
            return []
        }
        var unknown: [String: JSONValue] = [:]
        for change in document["resource_changes"]?.array ?? [] {
            if let address = change["address"]?.string, let after = change["change"]?["after_unknown"] { unknown[address] = after }
        }
        var expressions: [String: JSONValue] = [:]
        if let configuration = document["configuration"]?["root_module"] { collectExpressions(configuration, prefix: "", into: &expressions) }
        var prior: [String: JSONValue] = [:]
        if let state = document["prior_state"]?["values"]?["root_module"] {
            for resource in Self.instances(state) { if let address = resource["address"]?.string { prior[address] = resource["values"] } }
        }
        let listed = Self.instances(root).filter { $0["mode"]?.string != "data" }
        let addresses = Set(listed.compactMap { $0["address"]?.string })
        return listed.compactMap { resource in
            guard let address = resource["address"]?.string, let type = resource["type"]?.string, let name = resource["name"]?.string else { return nil }
            var values = (resource["values"]?.object ?? [:]).mapValues(\.terraformValue)
            if values["id"] == nil || values["id"] == .null, let id = prior[address]?["id"]?.string { values["id"] = .string(id) }
            let prefix = Self.modulePrefix(of: address, type: type, name: name)
            if let after = unknown[address]?.object {
                let expression = expressions[DeployedResource.withoutKeys(address)]
                for (key, flag) in after {
                    values[key] = merge(values[key], unknown: flag, expression: expression?[key], what: .argument(key, of: address), address: address, key: key, prefix: prefix, addresses: addresses)
                }
            }
            return DeployedResource(address: address, type: type, values: values, file: file)
        }
    }

    /// A module's resources and its child modules', in order.
    static func instances(_ module: JSONValue) -> [JSONValue] {
        (module["resources"]?.array ?? []) + (module["child_modules"]?.array ?? []).flatMap(instances)
    }

    /// `module.vpc.` for `module.vpc.aws_subnet.public[1]`; empty in the root module.
    static func modulePrefix(of address: String, type: String, name: String) -> String {
        guard let range = address.ranges(of: "\(type).\(name)").last else { return "" }
        return String(address[..<range.lowerBound])
    }

    /// Each resource block's `expressions`, by block address (`module.vpc.aws_subnet.public`).
    private func collectExpressions(_ module: JSONValue, prefix: String, into result: inout [String: JSONValue]) {
        for resource in module["resources"]?.array ?? [] {
            guard resource["mode"]?.string != "data", let address = resource["address"]?.string else { continue }
            result[prefix + address] = resource["expressions"]
        }
        for (name, call) in module["module_calls"]?.object ?? [:] {
            if let child = call["module"] { collectExpressions(child, prefix: "\(prefix)module.\(name).", into: &result) }
        }
    }

    /// A planned value with what `after_unknown` marks unknown replaced: by the resource its
    /// expression names when the references name one exactly, else by an unknown saying why.
    private func merge(
        _ value: TerraformValue?, unknown: JSONValue, expression: JSONValue?, what: ValueName,
        address: String, key: String?, prefix: String, addresses: Set<String>
    ) -> TerraformValue? {
        switch unknown {
        case .bool(true):
            if let references = expression?["references"]?.array?.compactMap(\.string),
               let resolved = ResourceReference.resolve(references, modulePrefix: prefix, addresses: addresses) {
                return resolved
            }
            if prefix.isEmpty, let key, let configured = configurationValue?(address, key) { return configured }
            let giveFolder = expression?["references"] != nil && configurationValue == nil
            let reason: TerraformValueReason = giveFolder ? .knownOnlyAfterApplyGiveFolder(what: what, file: file) : .knownOnlyAfterApply(what: what)
            return .unknown(reason)
        case .object(let flags):
            var members: [String: TerraformValue] = [:]
            if case .object(let known)? = value { members = known }
            for (inner, flag) in flags {
                members[inner] = merge(members[inner], unknown: flag, expression: expression?[inner], what: .member(inner, of: what), address: address, key: nil, prefix: prefix, addresses: addresses)
            }
            return .object(members)
        case .array(let flags) where flags.allSatisfy({ $0 == .bool(true) }) && expression?.array == nil && value?.elements?.isEmpty != false:
            // A list or set whose elements are all unknown: the expression gives them.
            return merge(nil, unknown: .bool(true), expression: expression, what: what, address: address, key: key, prefix: prefix, addresses: addresses)
        case .array(let flags):
            var items = value?.elements ?? []
            let expressionItems = expression?.array ?? []
            for (index, flag) in flags.enumerated() {
                let merged = merge(index < items.count ? items[index] : nil, unknown: flag, expression: index < expressionItems.count ? expressionItems[index] : nil,
                                   what: what, address: address, key: nil, prefix: prefix, addresses: addresses)
                if index < items.count { items[index] = merged ?? .null } else { items.append(merged ?? .null) }
            }
            return .list(items)
        default:
            return value
        }
    }
}
