/// `--parameter KEY=VALUE` (every stack) and `--parameter STACK.KEY=VALUE` (one stack).
struct ParameterAssignments {
    private var global: [String: String] = [:]
    private var perStack: [String: [String: String]] = [:]

    init(_ assignments: [String], stacks: [(String, Template)]) throws(TemplateError) {
        let stackNames = Set(stacks.map(\.0))
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw TemplateError.usage(.parameterNotKeyValue(assignment: assignment))
            }
            let key = String(assignment[..<equals])
            let value = String(assignment[assignment.index(after: equals)...])
            if !key.hasPrefix("AWS::"), let dot = key.firstIndex(of: ".") {
                let stack = String(key[..<dot])
                let name = String(key[key.index(after: dot)...])
                guard stackNames.contains(stack) else {
                    throw TemplateError.usage(.parameterForMissingStack(assignment: assignment, stack: stack, stacks: stackNames.sorted()))
                }
                guard stacks.first(where: { $0.0 == stack })?.1.parameters[name] != nil else {
                    throw TemplateError.usage(.parameterNotDeclaredByStack(assignment: assignment, stack: stack, parameter: name))
                }
                perStack[stack, default: [:]][name] = value
            } else {
                guard key.hasPrefix("AWS::") || stacks.contains(where: { $0.1.parameters[key] != nil }) else {
                    throw TemplateError.usage(.parameterNotDeclared(assignment: assignment, parameter: key))
                }
                global[key] = value
            }
        }
    }

    /// The value given for `name` in `stack`, if any.
    func value(_ name: String, stack: String) -> String? {
        perStack[stack]?[name] ?? global[name]
    }
}
