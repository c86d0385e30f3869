internal import Findings
internal import Localization

/// A Rain module (`Type: !Rain::Module PATH`), expanded as `rain pkg` does before deploying:
/// the module's `Resources` join the template, each named the using resource's logical id
/// followed by its own (`Network` + `VPC` is `NetworkVPC`); the module's `Parameters` take the
/// values of the using resource's `Properties` (else their defaults); `Overrides` are merged into
/// the module's resources of the same name; a `ModuleExtension` resource whose
/// `Metadata.Extends` names a type becomes the using resource itself, with the properties that
/// are not parameters. Pure: the caller reads the files (``Deployment``).
enum RainModule {
    /// The module path of a resource's `Type`, when it is `!Rain::Module PATH` (read as
    /// `Fn::Rain::Module`) or the JSON form `{"Rain::Module": PATH}`.
    static func path(ofType type: TemplateNode?) -> String? {
        guard let entries = type?.entries, entries.count == 1, let entry = entries.first,
              entry.key == "Fn::Rain::Module" || entry.key == "Rain::Module" else { return nil }
        return entry.value.scalar
    }

    /// Whether a resource type is a CloudFormation registry module (`Org::Service::Name::MODULE`).
    static func isRegistryModule(_ type: String) -> Bool { type.hasSuffix("::MODULE") }

    /// What a module use expands to: resource entries in the using template's namespace, and the
    /// module parameters given no value (`Use.Parameter` → why).
    struct Expansion {
        var resources: [TemplateNode.Entry]
        var unbound: [String: LocalizedText]
    }

    /// Expands `use` with the module's root node (its own modules already expanded into its
    /// `Resources` by the caller, as `moduleResources`).
    static func expand(_ use: Template.ModuleUse, moduleFile: String, parameters: [TemplateNode.Entry], moduleResources: [TemplateNode.Entry]) throws(TemplateError) -> Expansion {
        let prefix = use.logicalID
        let properties = use.node["Properties"]?.entries ?? []
        let overrides = use.node["Overrides"]
        let parameterNames = Set(parameters.map(\.key))
        var unbound: [String: LocalizedText] = [:]
        var bindings: [String: TemplateNode] = [:]
        for parameter in parameters {
            if let given = properties.first(where: { $0.key == parameter.key })?.value {
                bindings[parameter.key] = given
            } else if let fallback = parameter.value["Default"] {
                bindings[parameter.key] = fallback
            } else {
                let marker = "\(prefix).\(parameter.key)"
                unbound[marker] = LocalizedText(EvaluationReason.moduleParameterWithoutValue(parameter: parameter.key, module: prefix, file: moduleFile))
                bindings[parameter.key] = TemplateNode(kind: .mapping([.init(key: "Ref", keyLocation: parameter.keyLocation, value: TemplateNode(kind: .scalar(marker), location: parameter.keyLocation))]), location: parameter.keyLocation)
            }
        }
        let extensionEntry = moduleResources.first { $0.key == "ModuleExtension" }
        let names = Set(moduleResources.map(\.key)).subtracting(["ModuleExtension"])
        let rewriter = Rewriter(prefix: prefix, resources: names, bindings: bindings)
        var resources: [TemplateNode.Entry] = []
        if let extensionEntry, let type = extensionEntry.value["Metadata"]?["Extends"] {
            // The using resource itself, of the extended type: the extension's properties, then
            // the using resource's properties that are not module parameters.
            let own = properties.filter { !parameterNames.contains($0.key) }
            var properties = rewriter.rewrite(extensionEntry.value["Properties"] ?? TemplateNode(kind: .mapping([]), location: extensionEntry.keyLocation))
            properties = merge(properties, TemplateNode(kind: .mapping(own), location: use.location))
            resources.append(.init(key: prefix, keyLocation: use.location, value: TemplateNode(kind: .mapping([
                .init(key: "Type", keyLocation: type.location, value: type),
                .init(key: "Properties", keyLocation: properties.location, value: properties),
            ]), location: use.location)))
        }
        for resource in moduleResources where resource.key != "ModuleExtension" {
            var entries: [TemplateNode.Entry] = []
            for entry in resource.value.entries ?? [] {
                switch entry.key {
                case "DependsOn": entries.append(.init(key: entry.key, keyLocation: entry.keyLocation, value: rewriter.renamed(entry.value)))
                case "Type", "Metadata", "Condition", "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy", "UpdatePolicy": entries.append(entry)
                default: entries.append(.init(key: entry.key, keyLocation: entry.keyLocation, value: rewriter.rewrite(entry.value)))
                }
            }
            var node = TemplateNode(kind: .mapping(entries), location: resource.value.location)
            if let override = overrides?[resource.key] {
                guard case .mapping = override.kind else {
                    throw TemplateError.invalid(.overridesNotMapping(resource: resource.key, module: prefix, found: override.kindName), at: override.location)
                }
                node = merge(node, override)
            }
            resources.append(.init(key: prefix + resource.key, keyLocation: resource.keyLocation, value: node))
        }
        return Expansion(resources: resources, unbound: unbound)
    }

    /// `override` merged into `base`: mappings key by key, anything else replaced.
    static func merge(_ base: TemplateNode, _ override: TemplateNode) -> TemplateNode {
        guard var entries = base.entries, let changes = override.entries else { return override }
        for change in changes {
            if let index = entries.firstIndex(where: { $0.key == change.key }) {
                entries[index].value = merge(entries[index].value, change.value)
            } else {
                entries.append(change)
            }
        }
        return TemplateNode(kind: .mapping(entries), location: base.location)
    }

    /// Rewrites a module's values into the using template's namespace.
    private struct Rewriter {
        let prefix: String
        let resources: Set<String>
        let bindings: [String: TemplateNode]

        func rewrite(_ node: TemplateNode) -> TemplateNode {
            switch node.kind {
            case .scalar, .null:
                return node
            case .sequence(let items):
                return TemplateNode(kind: .sequence(items.map(rewrite)), location: node.location)
            case .mapping(let entries):
                if entries.count == 1, let call = entries.first {
                    switch call.key {
                    case "Ref":
                        if let name = call.value.scalar {
                            if let bound = bindings[name] { return bound }
                            if resources.contains(name) { return renamedCall(call, TemplateNode(kind: .scalar(prefix + name), location: call.value.location), in: node) }
                        }
                    case "Fn::GetAtt":
                        if case .sequence(let items) = call.value.kind, let name = items.first?.scalar, resources.contains(name) {
                            let arguments = [TemplateNode(kind: .scalar(prefix + name), location: items[0].location)] + items.dropFirst().map(rewrite)
                            return renamedCall(call, TemplateNode(kind: .sequence(arguments), location: call.value.location), in: node)
                        }
                    case "Fn::Sub":
                        return sub(call, in: node)
                    default:
                        break
                    }
                }
                return TemplateNode(kind: .mapping(entries.map { .init(key: $0.key, keyLocation: $0.keyLocation, value: rewrite($0.value)) }), location: node.location)
            }
        }

        /// `DependsOn: Name` or a list of names, renamed where they are module resources.
        func renamed(_ node: TemplateNode) -> TemplateNode {
            switch node.kind {
            case .scalar(let name) where resources.contains(name): return TemplateNode(kind: .scalar(prefix + name), location: node.location)
            case .sequence(let items): return TemplateNode(kind: .sequence(items.map(renamed)), location: node.location)
            default: return node
            }
        }

        private func renamedCall(_ call: TemplateNode.Entry, _ argument: TemplateNode, in node: TemplateNode) -> TemplateNode {
            TemplateNode(kind: .mapping([.init(key: call.key, keyLocation: call.keyLocation, value: argument)]), location: node.location)
        }

        /// `Fn::Sub`: `${Resource}` and `${Resource.Attribute}` renamed; `${Parameter}` given its
        /// value through the variables map (its own variables are kept as they are).
        private func sub(_ call: TemplateNode.Entry, in node: TemplateNode) -> TemplateNode {
            let text: String
            var variables: [TemplateNode.Entry] = []
            if let scalar = call.value.scalar {
                text = scalar
            } else if case .sequence(let items) = call.value.kind, items.count == 2, let scalar = items[0].scalar, let entries = items[1].entries {
                text = scalar
                variables = entries.map { .init(key: $0.key, keyLocation: $0.keyLocation, value: rewrite($0.value)) }
            } else {
                return TemplateNode(kind: .mapping([.init(key: call.key, keyLocation: call.keyLocation, value: rewrite(call.value))]), location: node.location)
            }
            let own = Set(variables.map(\.key))
            var result = ""
            var rest = Substring(text)
            while let open = rest.firstRange(of: "${") {
                result += rest[..<open.upperBound]
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: "}"), !after.hasPrefix("!") else {
                    rest = after
                    continue
                }
                let name = after[..<close].trimmingSpaces()
                let head = String(name.prefix { $0 != "." })
                if !own.contains(name), resources.contains(head) {
                    result += prefix + name
                } else {
                    result += after[..<close]
                    if !own.contains(name), let bound = bindings[name], !variables.contains(where: { $0.key == name }) {
                        variables.append(.init(key: name, keyLocation: call.keyLocation, value: bound))
                    }
                }
                rest = after[close...]
            }
            result += rest
            let textNode = TemplateNode(kind: .scalar(result), location: call.value.location)
            let argument = variables.isEmpty ? textNode
                : TemplateNode(kind: .sequence([textNode, TemplateNode(kind: .mapping(variables), location: call.value.location)]), location: call.value.location)
            return TemplateNode(kind: .mapping([.init(key: call.key, keyLocation: call.keyLocation, value: argument)]), location: node.location)
        }
    }
}
