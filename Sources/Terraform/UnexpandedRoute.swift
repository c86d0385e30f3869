internal import Findings
internal import HCL
internal import Localization
internal import Topology

/// An `aws_route` block whose `count` or `for_each` is unknown: its routes may be in the route
/// tables its `route_table_id` names. Each such table gets one route of unknown destination in
/// their place, so that no rule reads the table as without them.
struct UnexpandedRoute {
    /// The tables it may add routes to.
    private enum Tables {
        /// The one its `route_table_id` names whatever the instance (`aws_route_table.edge.id`).
        case one(ResourceID)
        /// Every instance of one table block (`aws_route_table.public[count.index].id`).
        case instances(of: String)
        /// Every table of its module and the modules below, when the expression says no more.
        case module(path: String)
    }

    private let tables: Tables
    let placeholder: Route

    init(block: Block, address: String, reason: LocalizedText, location: Location, module: Evaluator) {
        let why = LocalizedText(TerraformModelReason.mayAddRoutes(address: address, reason: reason))
        placeholder = Route(id: ResourceID(address), location: location, destination: .unknown(reason: why), target: .unknown(reason: why))
        let expression = block.body.attribute("route_table_id")?.value
        // The instance's count.index or each is what is unknown: evaluated with them unknown,
        // an expression that does not use them still names its table.
        let unknownInstance: TerraformValue = .unknown(reason)
        let scope: [String: TerraformValue] = ["count": .object(["index": unknownInstance]), "each": .object(["key": unknownInstance, "value": unknownInstance])]
        if let expression, case .known(let id) = module.evaluate(expression, scope).resourceID(.argument("route_table_id", of: address)) {
            tables = .one(id)
        } else if let names = expression.flatMap(Self.rootNames), names.count >= 2, !["module", "var", "local"].contains(names[0]) {
            tables = .instances(of: module.path + names[0] + "." + names[1])
        } else {
            tables = .module(path: module.path)
        }
    }

    /// Whether the route table `id` may hold these routes.
    func mayBeIn(_ id: ResourceID) -> Bool {
        switch tables {
        case .one(let table): id == table
        case .instances(let block): id.name == block || id.name.hasPrefix(block + "[")
        case .module(let path): id.name.hasPrefix(path)
        }
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
