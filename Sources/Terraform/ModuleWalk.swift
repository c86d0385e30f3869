internal import Findings
internal import HCL
internal import Localization

/// Every module instance of a configuration, from the root down, and the module calls whose
/// resources are not in the model: code not read, or instances not known.
struct ModuleWalk {
    var evaluators: [Evaluator] = []
    /// A call whose code is not read: its address, source and why, where it is written.
    var notRead: [(address: String, source: String, reason: LocalizedText, location: Location)] = []
    /// A call whose `count` or `for_each` is unknown.
    var unexpanded: [(address: String, reason: LocalizedText, location: Location)] = []

    init(root: Evaluator) {
        visit(root)
    }

    /// No modules: resources read from plans or states.
    init() {}

    private mutating func visit(_ evaluator: Evaluator) {
        evaluators.append(evaluator)
        for name in evaluator.node.calls.keys.sorted() {
            guard let call = evaluator.node.calls[name] else { continue }
            let address = evaluator.path + "module.\(name)"
            let location = Location(call.block.position)
            if case .notRead(let reason) = call.resolution {
                notRead.append((address, call.source, reason, location))
                continue
            }
            let (instances, unknown) = evaluator.moduleInstances(call)
            if let unknown { unexpanded.append((address, unknown, location)) }
            for instance in instances {
                if let child = evaluator.child(instance, of: call) { visit(child) }
            }
        }
    }
}
