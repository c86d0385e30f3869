internal import Findings
internal import Localization

/// The sections of one template that albdoctor reads, each item with its location.
struct Template: Sendable {
    struct Parameter: Sendable {
        var name: String
        var type: String
        var defaultValue: TemplateNode?
        var location: Location
    }

    struct Resource: Sendable {
        var logicalID: String
        var type: String
        var properties: TemplateNode?
        var condition: String?
        var dependsOn: [String]
        var location: Location
        /// The resource's `Metadata`, where CDK writes `aws:cdk:path` and `aws:asset:path`.
        var metadata: TemplateNode? = nil

        /// The construct path CDK wrote (`MyStack/Vpc/PublicSubnet1/Subnet`), if any.
        var constructPath: String? { metadata?["aws:cdk:path"]?.scalar }
    }

    /// A resource whose `Type` is `!Rain::Module PATH` (JSON: `{"Rain::Module": PATH}`): Rain
    /// replaces it with the module's resources before deploying (``RainModule``).
    struct ModuleUse: Sendable {
        var logicalID: String
        var path: String
        /// The whole resource as written (`Properties`, `Overrides`, …).
        var node: TemplateNode
        var location: Location
    }

    struct Output: Sendable {
        var name: String
        var value: TemplateNode
        var exportName: TemplateNode?
        var condition: String?
        var location: Location
    }

    /// A `Fn::ForEach::Name: [Identifier, Collection, {KeyTemplate: Fragment}]` entry of
    /// Resources, Outputs or Conditions (AWS::LanguageExtensions), expanded once its collection
    /// can be evaluated (``DeploymentEvaluator``).
    struct ForEach: Sendable {
        enum Section: Sendable { case resources, outputs, conditions }
        var section: Section
        var name: String
        var node: TemplateNode
        var location: Location
    }

    var file: String
    var parameters: [String: Parameter] = [:]
    var mappings: [String: TemplateNode] = [:]
    var conditions: [String: TemplateNode] = [:]
    var resources: [Resource] = []
    var resourceIndex: [String: Int] = [:]
    var outputs: [Output] = []
    var forEach: [ForEach] = []
    /// The nested stacks of this template, by logical id (filled in by ``Deployment``).
    var nestedStacks: [String: NestedLink] = [:]
    /// Where the template first uses a YAML alias, if it does.
    var firstAlias: Location?
    /// The `Transform` names the template declares (`AWS::Serverless-2016-10-31`, macros).
    var transforms: [String] = []
    /// Rain modules used in Resources, in the order written; expanded into `resources` by
    /// ``Deployment`` where their files can be read.
    var moduleUses: [ModuleUse] = []
    /// Modules whose resources are not in the template, by the logical id that uses them, with
    /// why: a reference to one of their resources (`NetworkVPC` of module `Network`) is unknown.
    var unreadModules: [String: LocalizedText] = [:]
    /// Parameters of expanded Rain modules that were given no value (`Module.Parameter`), with why.
    var unboundModuleParameters: [String: LocalizedText] = [:]

    func resource(_ logicalID: String) -> Resource? { resourceIndex[logicalID].map { resources[$0] } }

    /// Whether the template is a SAM template, whose resources the SAM transform expands.
    var isServerless: Bool { transforms.contains("AWS::Serverless-2016-10-31") }

    /// Reads a document, JSON or YAML by content (a leading `{` means JSON): its root node and
    /// where it first uses a YAML alias.
    static func document(_ text: String, file: String) throws(TemplateError) -> (root: TemplateNode?, firstAlias: Location?) {
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "{" {
            return (try JSONTemplateReader.read(text, file: file), nil)
        }
        let reading = try YAMLTemplateReader.reading(text, file: file)
        return (reading.root, reading.firstAlias)
    }

    /// Reads a template, JSON or YAML by content (a leading `{` means JSON).
    static func parse(_ text: String, file: String) throws(TemplateError) -> Template {
        let (root, firstAlias) = try document(text, file: file)
        guard let root, case .mapping = root.kind else {
            let found = root?.kindName ?? .emptyDocument
            throw TemplateError.notATemplate(.notATemplate(found: found), skipped: .skippedNotAMapping(found: found), at: root?.location, file: file)
        }
        guard let resources = root["Resources"] else {
            throw TemplateError.notATemplate(.noResourcesSection, skipped: .skippedNoResources, at: root.location, file: file)
        }
        var template = Template(file: file)
        template.firstAlias = firstAlias
        switch root["Transform"]?.kind {
        case .scalar(let name): template.transforms = [name]
        case .sequence(let items): template.transforms = items.compactMap(\.scalar)
        default: break
        }
        for entry in try mapping(root["Parameters"], "Parameters") {
            let type = entry.value["Type"]?.scalar ?? "String"
            template.parameters[entry.key] = Parameter(name: entry.key, type: type, defaultValue: entry.value["Default"], location: entry.keyLocation)
        }
        for entry in try mapping(root["Mappings"], "Mappings") { template.mappings[entry.key] = entry.value }
        for entry in try mapping(root["Conditions"], "Conditions") {
            if entry.key.hasPrefix("Fn::ForEach::") {
                template.forEach.append(ForEach(section: .conditions, name: entry.key, node: entry.value, location: entry.keyLocation))
            } else {
                template.conditions[entry.key] = entry.value
            }
        }
        for entry in try mapping(resources, "Resources") {
            if entry.key.hasPrefix("Fn::ForEach::") {
                template.forEach.append(ForEach(section: .resources, name: entry.key, node: entry.value, location: entry.keyLocation))
            } else {
                try template.addResource(entry)
            }
        }
        for entry in try mapping(root["Outputs"], "Outputs") {
            if entry.key.hasPrefix("Fn::ForEach::") {
                template.forEach.append(ForEach(section: .outputs, name: entry.key, node: entry.value, location: entry.keyLocation))
            } else {
                try template.addOutput(entry)
            }
        }
        // A transformed template (SAM, macros) is checked by CloudFormation after the transform,
        // which adds and rewires resources: a cycle in the text as written may not be one.
        if template.transforms.isEmpty { try template.checkDependencyCycles() }
        return template
    }

    /// Adds one entry of the Resources section.
    mutating func addResource(_ entry: TemplateNode.Entry) throws(TemplateError) {
        guard case .mapping = entry.value.kind else {
            throw TemplateError.invalid(.resourceNotMapping(resource: entry.key, found: entry.value.kindName), at: entry.keyLocation)
        }
        if let path = RainModule.path(ofType: entry.value["Type"]) {
            moduleUses.append(ModuleUse(logicalID: entry.key, path: path, node: entry.value, location: entry.keyLocation))
            return
        }
        guard let type = entry.value["Type"]?.scalar else {
            throw TemplateError.invalid(.resourceWithoutType(resource: entry.key), at: entry.keyLocation)
        }
        var dependsOn: [String] = []
        switch entry.value["DependsOn"]?.kind {
        case .scalar(let name): dependsOn = [name]
        case .sequence(let items): dependsOn = items.compactMap(\.scalar)
        default: break
        }
        if let properties = entry.value["Properties"] {
            switch properties.kind {
            case .mapping, .null: break
            default: throw TemplateError.invalid(.propertiesNotMapping(resource: entry.key, found: properties.kindName), at: properties.location)
            }
        }
        if RainModule.isRegistryModule(type) {
            unreadModules[entry.key] = LocalizedText(EvaluationReason.registryModule(type: type))
        }
        resourceIndex[entry.key] = resources.count
        resources.append(Resource(
            logicalID: entry.key, type: type, properties: entry.value["Properties"],
            condition: entry.value["Condition"]?.scalar, dependsOn: dependsOn, location: entry.keyLocation, metadata: entry.value["Metadata"]))
    }

    /// Adds one entry of the Outputs section.
    mutating func addOutput(_ entry: TemplateNode.Entry) throws(TemplateError) {
        guard let value = entry.value["Value"] else {
            throw TemplateError.invalid(.outputWithoutValue(output: entry.key), at: entry.keyLocation)
        }
        outputs.append(Output(
            name: entry.key, value: value, exportName: entry.value["Export"]?["Name"],
            condition: entry.value["Condition"]?.scalar, location: entry.keyLocation))
    }

    private static func mapping(_ node: TemplateNode?, _ section: String) throws(TemplateError) -> [TemplateNode.Entry] {
        guard let node else { return [] }
        if case .null = node.kind { return [] }
        guard let entries = node.entries else {
            throw TemplateError.invalid(.sectionNotMapping(section: section, found: node.kindName), at: node.location)
        }
        return entries
    }

    /// CloudFormation refuses templates whose resources depend on each other in a circle
    /// (through `Ref`, `Fn::GetAtt`, `Fn::Sub` or `DependsOn`).
    private func checkDependencyCycles() throws(TemplateError) {
        var edges: [String: [String]] = [:]
        for resource in resources {
            var names = Set(resource.dependsOn)
            if let properties = resource.properties { Template.collectReferences(properties, into: &names) }
            edges[resource.logicalID] = names.filter { resourceIndex[$0] != nil && $0 != resource.logicalID }.sorted()
        }
        enum Visit { case inProgress, done }
        var state: [String: Visit] = [:]
        var path: [String] = []
        func visit(_ name: String) -> [String]? {
            switch state[name] {
            case .done: return nil
            case .inProgress: return Array(path[(path.firstIndex(of: name) ?? 0)...]) + [name]
            case nil: break
            }
            state[name] = .inProgress
            path.append(name)
            for next in edges[name] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            path.removeLast()
            state[name] = .done
            return nil
        }
        for resource in resources {
            if let cycle = visit(resource.logicalID), let first = self.resource(cycle[0]) {
                throw TemplateError.circular(.dependencyCycle(resources: cycle), at: first.location)
            }
        }
    }

    private static func collectReferences(_ node: TemplateNode, into names: inout Set<String>) {
        switch node.kind {
        case .scalar, .null:
            return
        case .sequence(let items):
            for item in items { collectReferences(item, into: &names) }
        case .mapping(let entries):
            if entries.count == 1, let entry = entries.first {
                switch entry.key {
                case "Ref":
                    if let name = entry.value.scalar { names.insert(name) }
                case "Fn::GetAtt":
                    if case .sequence(let items) = entry.value.kind, let name = items.first?.scalar { names.insert(name) }
                case "Fn::Sub":
                    let text = entry.value.scalar ?? { if case .sequence(let items) = entry.value.kind { return items.first?.scalar } else { return nil } }()
                    if let text {
                        for variable in SubTemplate.variables(in: text) { names.insert(String(variable.split(separator: ".").first ?? "")) }
                    }
                default:
                    break
                }
            }
            for entry in entries { collectReferences(entry.value, into: &names) }
        }
    }
}
