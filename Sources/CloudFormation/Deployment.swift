internal import Foundation
public import Findings
public import Topology

/// One template as given: the stack name it deploys as, the file it came from and its text.
public struct StackSource: Sendable {
    public var name: String
    public var file: String
    public var text: String

    public init(name: String, file: String, text: String) {
        self.name = name
        self.file = file
        self.text = text
    }
}

/// Several stacks deployed together, joined by their exports and by nested stacks: what
/// `albdoctor lint` checks.
public struct Deployment: Sendable {
    public var stacks: [StackSource]
    /// `KEY=VALUE` for every stack, `STACK.KEY=VALUE` for one; pseudo parameters such as
    /// `AWS::AccountId=…` too.
    public var parameters: [String]
    public var region: String
    /// Where nested stacks' templates may be read; nil reads none (they stay unverified).
    public var nested: NestedTemplates?

    /// Nested stacks deeper than this are not followed (CloudFormation's own limit is lower in practice).
    static let maximumNesting = 10

    public init(stacks: [StackSource], parameters: [String] = [], region: String = "us-east-1", nested: NestedTemplates? = nil) {
        self.stacks = stacks
        self.parameters = parameters
        self.region = region
        self.nested = nested
    }

    /// A template of the deployment, parsed, with the nested-stack resource that deploys it.
    struct Parsed {
        var name: String
        var file: String
        var template: Template
        var text: String
        var parent: NestedLink?
    }

    /// Reads every template (and the templates of nested stacks), evaluates them and builds the
    /// network model.
    public func topology() throws(TemplateError) -> Topology { try evaluate().topology }

    /// What linting a deployment starts from.
    public struct Evaluation: Sendable {
        /// The network model the rules check.
        public var topology: Topology
        /// Every stack it was built from: those given and the nested stacks found through them.
        public var stacks: [StackSource]
        /// Findings about the templates themselves (``TemplateFindingKinds``).
        public var notes: [Finding]
    }

    /// The network model, the stacks, and notes about the templates.
    public func evaluate() throws(TemplateError) -> Evaluation {
        var names: Set<String> = []
        for stack in stacks where !names.insert(stack.name).inserted {
            throw TemplateError.usage("two templates deploy as stack '\(stack.name)'; name one with --stack NAME=PATH")
        }
        var parsed: [Parsed] = []
        for stack in stacks { parsed.append(Parsed(name: stack.name, file: stack.file, template: try Template.parse(stack.text, file: stack.file), text: stack.text)) }
        // A template that another given template deploys as its child is linted as that child only;
        // children are read and parsed once, whichever pass meets them first.
        var children = ChildTemplates(nested: nested)
        let childFiles = Set(try withChildren(parsed, &children).filter { $0.parent != nil }.map { NestedTemplates.absolute($0.file) })
        parsed.removeAll { childFiles.contains(NestedTemplates.absolute($0.file)) }
        parsed = try withChildren(parsed, &children)
        let named = parsed.map { ($0.name, $0.template) }
        let assignments = try ParameterAssignments(parameters, stacks: named)
        let evaluator = try DeploymentEvaluator(stacks: parsed, assignments: assignments, region: region)
        var notes = parsed.compactMap { stack -> Finding? in
            guard let alias = stack.template.firstAlias else { return nil }
            return TemplateFindingKinds.aliases.finding(
                message: "\(stack.file) uses YAML aliases (the first at line \(alias.line)), which CloudFormation does not accept; deploy the template `aws cloudformation package` or `sam build` writes, which resolves them as albdoctor did.",
                subject: stack.name, location: alias)
        }
        notes += evaluator.unevaluableConditions().map { unevaluable in
            let stack = parsed[unevaluable.stack].name
            let resources = unevaluable.resources.joined(separator: ", ")
            return TemplateFindingKinds.unevaluableCondition.finding(
                message: "Condition \(unevaluable.condition) cannot be evaluated (\(unevaluable.error.message)), so \(resources) \(unevaluable.resources.count == 1 ? "is" : "are") checked as if created; unverified until the condition is fixed.",
                subject: "\(stack)/\(unevaluable.condition)", related: unevaluable.resources.map { "\(stack)/\($0)" },
                location: unevaluable.error.location)
        }
        return Evaluation(topology: TopologyBuilder(evaluator: evaluator).build(), stacks: parsed.map { StackSource(name: $0.name, file: $0.file, text: $0.text) }, notes: notes)
    }

    /// The templates with, after each, the templates its nested stacks deploy (recursively).
    private func withChildren(_ roots: [Parsed], _ children: inout ChildTemplates) throws(TemplateError) -> [Parsed] {
        var all = roots
        var index = 0
        while index < all.count {
            let stack = all[index]
            for resource in stack.template.resources where NestedStack.isNestedStack(resource.type) {
                guard let location = NestedStack.templateLocation(of: resource) else { continue }
                var link = NestedLink(stack: index, logicalID: resource.logicalID, location: location, child: nil, unmatched: nil)
                switch children.resolve(location, parentFile: stack.file) {
                case .unmatched(let reason):
                    link.unmatched = reason
                case .file(let path):
                    var depth = 0
                    var ancestor: Int? = index
                    var isCycle = false
                    while let current = ancestor {
                        depth += 1
                        if NestedTemplates.absolute(all[current].file) == NestedTemplates.absolute(path) { isCycle = true }
                        ancestor = all[current].parent?.stack
                    }
                    if isCycle {
                        link.unmatched = "\(location) is the template of \(stack.name) itself or of a stack that contains it"
                    } else if depth >= Self.maximumNesting {
                        link.unmatched = "\(location) is nested more than \(Self.maximumNesting) levels deep"
                    } else {
                        let child = try children.template(at: path, for: resource.logicalID, of: stack.file)
                        link.child = all.count
                        all.append(Parsed(name: "\(stack.name)-\(resource.logicalID)", file: child.file, template: child.template, text: child.text, parent: link))
                    }
                }
                all[index].template.nestedStacks[resource.logicalID] = link
            }
            index += 1
        }
        return all
    }

    /// The templates of nested stacks, each read and parsed once, and the files they may be
    /// matched against, listed once.
    private struct ChildTemplates {
        let nested: NestedTemplates?
        private var parsed: [String: (file: String, template: Template, text: String)] = [:]
        private var candidates: [String]?

        init(nested: NestedTemplates?) { self.nested = nested }

        mutating func resolve(_ location: String, parentFile: String) -> NestedTemplates.Resolution {
            guard let nested else { return .unmatched("nested templates are not read here") }
            if candidates == nil && location.contains("://") { candidates = nested.candidates() }
            return nested.resolve(location, parentFile: parentFile, candidates: candidates ?? [])
        }

        mutating func template(at path: String, for logicalID: String, of parentFile: String) throws(TemplateError) -> (file: String, template: Template, text: String) {
            if let known = parsed[path] { return known }
            let file = Self.display(path)
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw TemplateError.unreadable(file, "cannot be read as the template of nested stack \(logicalID) (\(parentFile)): \(error.localizedDescription)")
            }
            let child = (file, try Template.parse(text, file: file), text)
            parsed[path] = child
            return child
        }

        /// A path as users read it: relative to the working folder when below it.
        private static func display(_ path: String) -> String {
            let current = NestedTemplates.absolute(FileManager.default.currentDirectoryPath) + "/"
            return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
        }
    }
}
