public import Foundation
internal import Findings
internal import HCL
public import Topology

/// `lint`'s reader for what Terraform wrote: plan JSON (`terraform show -json PLAN`), state
/// shown as JSON, and state files (`terraform.tfstate`, format 3 or 4). Every file given is one
/// deployment (teams split state per layer): resources link by their deployed ids across files.
/// With the configuration's folder too, findings point at `.tf` lines and a plan's values known
/// only after apply are followed through the expressions that set them.
public struct DeploymentReader: Sendable {
    /// Plan and state files.
    public var documents: [String]
    /// `.tf` folders or files of the root module, for locations; may be empty.
    public var configurationPaths: [String]
    public var variables: [String]
    public var variableFiles: [String]
    public var region: String

    public init(documents: [String], configurationPaths: [String] = [], variables: [String] = [], variableFiles: [String] = [], region: String) {
        self.documents = documents
        self.configurationPaths = configurationPaths
        self.variables = variables
        self.variableFiles = variableFiles
        self.region = region
    }

    public func read() throws(TerraformError) -> TerraformReader.Result {
        var parsed: [(file: String, document: JSONValue)] = []
        for file in documents { parsed.append((file, try TerraformDocument.read(file))) }
        var planVariables: [String: TerraformValue] = [:]
        for (file, document) in parsed where PlanReader.recognizes(document) {
            planVariables.merge(PlanReader(file: file, document: document).variables) { first, _ in first }
        }
        let configuration = try configurationEvaluator(planVariables: planVariables)

        let resources = try Self.resources(of: parsed, configuration: configuration?.evaluator)
        let topology = Self.topology(of: resources, locations: configuration?.locations ?? [:], region: region)
        return TerraformReader.Result(
            topology: topology, files: configuration?.files ?? [], resourceCount: resources.count,
            modulesNotRead: [], notes: [])
    }

    /// One plan or state given as bytes (what the fuzz target feeds), alone: its network model.
    public static func topology(of data: Data, file: String, region: String) throws(TerraformError) -> Topology {
        let resources = try resources(of: [(file, try TerraformDocument.decode(data, file: file))], configuration: nil)
        return topology(of: resources, locations: [:], region: region)
    }

    /// The managed resources of every document, as one deployment.
    private static func resources(of parsed: [(file: String, document: JSONValue)], configuration: Evaluator?) throws(TerraformError) -> [DeployedResource] {
        var resources: [DeployedResource] = []
        var seen: [String: Int] = [:]
        for (file, document) in parsed {
            let read: [DeployedResource]
            if PlanReader.recognizes(document) {
                var reader = PlanReader(file: file, document: document)
                if let configuration { reader.configurationValue = { address, attribute in Self.value(of: address, attribute, in: configuration) } }
                read = try reader.resources()
            } else if StateReader.recognizes(document) {
                read = try StateReader(file: file, document: document).resources()
            } else {
                throw .unsupported(file: file, reason: .neitherPlanNorState)
            }
            for var resource in read {
                if let earlier = seen[resource.address] {
                    // The same address in two files (two layers naming a resource alike), or the
                    // same resource in a plan and a state: one deployment keeps the first.
                    if resources[earlier].values["id"] == resource.values["id"] || resource.values["id"] == nil { continue }
                    resource.address += " (\((file as NSString).lastPathComponent))"
                }
                seen[resource.address] = resources.count
                resources.append(resource)
            }
        }
        return resources
    }

    /// `locations`: where each resource block is written, by its address without instance keys
    /// (`module.network.aws_subnet.public`).
    private static func topology(of resources: [DeployedResource], locations: [String: Location], region: String) -> Topology {
        let linked = DeploymentLinks(resources)
        let instances = resources.map { resource in
            ResourceInstance(address: resource.address, type: resource.type, location: locations[resource.blockAddress], values: linked.values(of: resource))
        }
        return TopologyReader(region: region).build(instances)
    }

    /// The configuration given with the plan or state: its root module evaluated with the plan's
    /// variables, where every resource block is written — in the root module and in the modules
    /// whose code is read (local paths, modules installed by `terraform init`) — and the files.
    private func configurationEvaluator(planVariables: [String: TerraformValue]) throws(TerraformError) -> (evaluator: Evaluator, locations: [String: Location], files: [(file: String, text: String)])? {
        guard !configurationPaths.isEmpty else { return nil }
        let configuration = try Configuration.load(paths: configurationPaths)
        let folders = Configuration.folders(of: configurationPaths)
        var inputs = try VariableValues.resolve(configuration, folders: folders, assignments: variables, varFiles: variableFiles)
        inputs.merge(planVariables) { _, plan in plan }
        let (root, files) = try ModuleLoader.tree(of: configuration, roots: folders, rootFolder: folders.first ?? ".")
        return (Evaluator(configuration: configuration, inputs: inputs, region: region), Self.blockLocations(root), files)
    }

    /// Where each resource block of `node` and of the modules it calls is written. A registry
    /// module albdoctor models has no file of the user's to point at.
    private static func blockLocations(_ node: ModuleNode, path: String = "") -> [String: Location] {
        var result: [String: Location] = [:]
        if node.model == nil {
            for block in node.configuration.resources where block.labels.count == 2 {
                result[path + block.labels[0] + "." + block.labels[1]] = result[path + block.labels[0] + "." + block.labels[1]] ?? Location(block.position)
            }
        }
        for (name, call) in node.calls {
            guard case .read(let child) = call.resolution else { continue }
            result.merge(blockLocations(child, path: path + "module.\(name).")) { first, _ in first }
        }
        return result
    }

    /// An attribute of a root-module instance, evaluated from its block: the resource it names
    /// when it names one (`aws_subnet.public[count.index].id`), or its text.
    private static func value(of address: String, _ attribute: String, in evaluator: Evaluator) -> TerraformValue? {
        guard let instance = evaluator.instance(at: address), let expression = instance.block.body.attribute(attribute) else { return nil }
        return linkable(evaluator.evaluate(expression.value, instance.scope))
    }

    /// A value of the configuration as the plan would have it once applied: references, text,
    /// and lists of them; nil for anything still unknown.
    private static func linkable(_ value: TerraformValue) -> TerraformValue? {
        switch value {
        case .reference: return value
        case .resource(let target, _, _): return .reference(address: target, attribute: "id")
        case .string, .number, .bool: return value
        case .list(let items):
            let linked = items.compactMap(linkable)
            return linked.count == items.count ? .list(linked) : nil
        default: return nil
        }
    }
}
