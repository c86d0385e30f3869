internal import Findings
internal import HCL
internal import Topology

/// An `aws_route` block whose `count` or `for_each` is unknown: its routes may be in the route
/// tables its `route_table_id` names. Each such table gets one route of unknown destination in
/// their place, so that no rule reads the table as without them.
struct UnexpandedRoute {
    /// The table it names (`aws_route_table.edge.id`), when one instance names it whatever
    /// the count.
    private var table: ResourceID?
    /// Else the address every table it may name starts with: its block's
    /// (`aws_route_table.public` for `aws_route_table.public[count.index].id`), or its module's.
    private var tablePrefix: String
    let placeholder: Route

    init(block: Block, address: String, reason: String, location: Location, module: Evaluator) {
        let why = "\(address) may add routes here, but \(reason)"
        placeholder = Route(id: ResourceID(address), location: location, destination: .unknown(reason: why), target: .unknown(reason: why))
        let expression = block.body.attribute("route_table_id")?.value
        // The instance's count.index or each is what is unknown: evaluated with them unknown,
        // an expression that does not use them still names its table.
        let unknownInstance: TerraformValue = .unknown(reason)
        let scope: [String: TerraformValue] = ["count": .object(["index": unknownInstance]), "each": .object(["key": unknownInstance, "value": unknownInstance])]
        if let expression, case .known(let id) = module.evaluate(expression, scope).resourceID("route_table_id of \(address)") {
            table = id
            tablePrefix = id.name
        } else if let names = expression.flatMap(Self.rootNames), names.count >= 2, names[0] != "module", names[0] != "var", names[0] != "local" {
            tablePrefix = module.path + names[0] + "." + names[1]
        } else {
            tablePrefix = module.path
        }
    }

    /// Whether the route table `id` may hold these routes.
    func mayBeIn(_ id: ResourceID) -> Bool {
        if let table { return id == table }
        guard id.name.hasPrefix(tablePrefix) else { return false }
        let rest = id.name.dropFirst(tablePrefix.count)
        return tablePrefix.isEmpty || tablePrefix.hasSuffix(".") || rest.isEmpty || rest.hasPrefix("[")
    }

    /// The names of a traversal from its root, indexes left out:
    /// `aws_route_table.public[count.index].id` → aws_route_table, public, id.
    private static func rootNames(_ expression: Expression) -> [String]? {
        switch expression.kind {
        case .variable(let name): return [name]
        case .attribute(let base, let name): return rootNames(base).map { $0 + [name] }
        case .index(let base, _): return rootNames(base)
        default: return nil
        }
    }
}
