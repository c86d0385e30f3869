public import Findings

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
    }

    struct Output: Sendable {
        var name: String
        var value: TemplateNode
        var exportName: TemplateNode?
        var condition: String?
        var location: Location
    }

    var file: String
    var parameters: [String: Parameter] = [:]
    var mappings: [String: TemplateNode] = [:]
    var conditions: [String: TemplateNode] = [:]
    var resources: [Resource] = []
    var resourceIndex: [String: Int] = [:]
    var outputs: [Output] = []

    func resource(_ logicalID: String) -> Resource? { resourceIndex[logicalID].map { resources[$0] } }

    /// Reads a template, JSON or YAML by content (a leading `{` means JSON).
    static func parse(_ text: String, file: String) throws(TemplateError) -> Template {
        let isJSON = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.first == "{"
        let root: TemplateNode?
        if isJSON {
            root = try JSONTemplateReader.read(text, file: file)
        } else {
            root = try YAMLTemplateReader.read(text, file: file)
        }
        guard let root, case .mapping = root.kind else {
            throw TemplateError.notATemplate(
                "expected a CloudFormation template (a mapping with a Resources section), found \(root?.kindName ?? "an empty document")",
                at: root?.location, file: file)
        }
        guard let resources = root["Resources"] else {
            throw TemplateError.notATemplate("expected a CloudFormation template: there is no Resources section", at: root.location, file: file)
        }
        var template = Template(file: file)
        for entry in try mapping(root["Parameters"], "Parameters") {
            let type = entry.value["Type"]?.scalar ?? "String"
            template.parameters[entry.key] = Parameter(name: entry.key, type: type, defaultValue: entry.value["Default"], location: entry.keyLocation)
        }
        for entry in try mapping(root["Mappings"], "Mappings") { template.mappings[entry.key] = entry.value }
        for entry in try mapping(root["Conditions"], "Conditions") { template.conditions[entry.key] = entry.value }
        for entry in try mapping(resources, "Resources") {
            if entry.key.hasPrefix("Fn::ForEach") {
                throw TemplateError.invalid(
                    "\(entry.key) (the AWS::LanguageExtensions transform) is not expanded by albdoctor; lint the processed template instead (aws cloudformation get-template --template-stage Processed)",
                    at: entry.keyLocation)
            }
            guard case .mapping = entry.value.kind else {
                throw TemplateError.invalid("resource \(entry.key) must be a mapping with a Type, found \(entry.value.kindName)", at: entry.keyLocation)
            }
            guard let type = entry.value["Type"]?.scalar else {
                throw TemplateError.invalid("resource \(entry.key) has no Type; expected e.g. Type: AWS::EC2::Subnet", at: entry.keyLocation)
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
                default: throw TemplateError.invalid("Properties of \(entry.key) must be a mapping, found \(properties.kindName)", at: properties.location)
                }
            }
            template.resourceIndex[entry.key] = template.resources.count
            template.resources.append(Resource(
                logicalID: entry.key, type: type, properties: entry.value["Properties"],
                condition: entry.value["Condition"]?.scalar, dependsOn: dependsOn, location: entry.keyLocation))
        }
        for entry in try mapping(root["Outputs"], "Outputs") {
            guard let value = entry.value["Value"] else {
                throw TemplateError.invalid("output \(entry.key) has no Value", at: entry.keyLocation)
            }
            template.outputs.append(Output(
                name: entry.key, value: value, exportName: entry.value["Export"]?["Name"],
                condition: entry.value["Condition"]?.scalar, location: entry.keyLocation))
        }
        try template.checkDependencyCycles()
        return template
    }

    private static func mapping(_ node: TemplateNode?, _ section: String) throws(TemplateError) -> [TemplateNode.Entry] {
        guard let node else { return [] }
        if case .null = node.kind { return [] }
        guard let entries = node.entries else {
            throw TemplateError.invalid("the \(section) section must be a mapping, found \(node.kindName)", at: node.location)
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
        var state: [String: Int] = [:] // 1 visiting, 2 done
        var path: [String] = []
        func visit(_ name: String) -> [String]? {
            if state[name] == 2 { return nil }
            if state[name] == 1 { return Array(path[(path.firstIndex(of: name) ?? 0)...]) + [name] }
            state[name] = 1
            path.append(name)
            for next in edges[name] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            path.removeLast()
            state[name] = 2
            return nil
        }
        for resource in resources {
            if let cycle = visit(resource.logicalID), let first = self.resource(cycle[0]) {
                throw TemplateError.circular("circular dependency between resources: \(cycle.joined(separator: " → ")); CloudFormation cannot order them", at: first.location)
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
