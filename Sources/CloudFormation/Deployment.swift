internal import Foundation
public import Findings
public import Localization
public import Topology

/// One template as given: the stack name it deploys as, the file it came from and its text.
public struct StackSource: Sendable {
    public var name: String
    public var file: String
    public var text: String
    /// Where the stack deploys, when its project says (a cloud assembly's `environment`);
    /// nil parts are the command's `--region` and account.
    public var environment: StackEnvironment
    /// Found by listing a folder rather than named: a file that is not a template is skipped
    /// (and reported in the summary) instead of refused.
    public var isListed: Bool
    /// Construct paths by logical id, from a cloud assembly's manifest (the template's own
    /// `aws:cdk:path` metadata wins where it is written).
    public var constructPaths: [String: String]

    public init(name: String, file: String, text: String, environment: StackEnvironment = .init(), isListed: Bool = false, constructPaths: [String: String] = [:]) {
        self.name = name
        self.file = file
        self.text = text
        self.environment = environment
        self.isListed = isListed
        self.constructPaths = constructPaths
    }
}

/// The account and region a stack deploys to, as far as its project says.
public struct StackEnvironment: Sendable, Hashable {
    public var account: String?
    public var region: String?
    /// How the project wrote it, e.g. `aws://unknown-account/unknown-region`; nil when it says nothing.
    public var written: String?

    public init(account: String? = nil, region: String? = nil, written: String? = nil) {
        self.account = account
        self.region = region
        self.written = written
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
    /// Whether `region` is only the default (no `--region`, `AWS_REGION` or `AWS_DEFAULT_REGION`):
    /// then an environment-agnostic stack's region is unverified.
    public var regionIsDefault: Bool
    /// Where nested stacks' templates may be read; nil reads none (they stay unverified).
    public var nested: NestedTemplates?

    /// Nested stacks deeper than this are not followed (CloudFormation's own limit is lower in practice).
    static let maximumNesting = 10

    public init(stacks: [StackSource], parameters: [String] = [], region: String = "us-east-1", regionIsDefault: Bool = false, nested: NestedTemplates? = nil) {
        self.stacks = stacks
        self.parameters = parameters
        self.region = region
        self.regionIsDefault = regionIsDefault
        self.nested = nested
    }

    /// A template of the deployment, parsed, with the nested-stack resource that deploys it.
    struct Parsed {
        var name: String
        var file: String
        var template: Template
        var text: String
        var parent: NestedLink?
        var environment = StackEnvironment()
        var constructPaths: [String: String] = [:]
        var isListed = false
        /// The same template in another format in the same folder shares this (X.yaml, X.json).
        var formatGroup: String?
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
        /// The Rain modules read, by file, with their text (findings may point into them).
        public var modules: [String: String] = [:]
        /// Files found in the folders given that are not templates, with why; not linted.
        public var skipped: [(file: String, reason: LocalizedText)] = []
        /// The construct path (CDK's `aws:cdk:path`) of each resource that has one, by where the
        /// resource is written.
        public var constructPaths: [Location: String] = [:]
    }

    /// The network model, the stacks, and notes about the templates.
    public func evaluate() throws(TemplateError) -> Evaluation {
        var children = ChildTemplates(nested: nested)
        var parsed: [Parsed] = []
        var skipped: [(file: String, reason: LocalizedText)] = []
        for stack in stacks {
            do {
                var template = try Template.parse(stack.text, file: stack.file)
                try children.expandModules(in: &template)
                parsed.append(Parsed(name: stack.name, file: stack.file, template: template, text: stack.text, environment: stack.environment, constructPaths: stack.constructPaths, isListed: stack.isListed))
            } catch {
                guard stack.isListed, let reason = error.notATemplateReason(text: stack.text) else { throw error }
                skipped.append((stack.file, reason))
            }
        }
        if parsed.isEmpty, !skipped.isEmpty {
            throw TemplateError.usage(.noTemplateGiven(skipped: skipped))
        }
        // Files of one folder that would deploy as the same stack (X.yaml and X.json: one template
        // written in both formats) are both linted, told apart by their format (X-yaml, X-json);
        // they are alternatives, so their exports are not counted twice.
        let listedNames = Dictionary(grouping: parsed.indices.filter { parsed[$0].isListed }) { parsed[$0].name }
        for (name, indices) in listedNames where indices.count > 1 {
            for index in indices {
                parsed[index].formatGroup = (parsed[index].file as NSString).deletingLastPathComponent + "/" + name
                parsed[index].name += "-" + (parsed[index].file as NSString).pathExtension.lowercased()
            }
        }
        var names: Set<String> = []
        for stack in parsed where !names.insert(stack.name).inserted {
            throw TemplateError.usage(.sameStackName(stack: stack.name))
        }
        // A template that another given template deploys as its child is linted as that child only;
        // children are read and parsed once, whichever pass meets them first.
        let childFiles = Set(try withChildren(parsed, &children).filter { $0.parent != nil }.map { NestedTemplates.absolute($0.file) })
        parsed.removeAll { childFiles.contains(NestedTemplates.absolute($0.file)) }
        parsed = try withChildren(parsed, &children)
        let named = parsed.map { ($0.name, $0.template) }
        let assignments = try ParameterAssignments(parameters, stacks: named)
        let evaluator = try DeploymentEvaluator(stacks: parsed, assignments: assignments, region: region)
        var notes = parsed.compactMap { stack -> Finding? in
            guard let alias = stack.template.firstAlias else { return nil }
            return TemplateFindingKinds.aliases.finding(
                message: LocalizedText(TemplateNoteText.yamlAliases(file: stack.file, line: alias.line)),
                subject: .stack(stack.name), location: alias)
        }
        notes += evaluator.unevaluableConditions().map { unevaluable in
            let stack = parsed[unevaluable.stack].name
            return TemplateFindingKinds.unevaluableCondition.finding(
                message: LocalizedText(TemplateNoteText.conditionNotEvaluated(
                    condition: unevaluable.condition, error: unevaluable.error.message, resources: unevaluable.resources)),
                subject: .template(.condition, stack: stack, name: unevaluable.condition), related: unevaluable.resources.map { .template(.resource, stack: stack, name: $0) },
                location: unevaluable.error.location)
        }
        notes += evaluator.duplicateExportFindings()
        notes += moduleNotes(parsed)
        notes += environmentNotes(parsed)
        var constructPaths: [Location: String] = [:]
        for stack in parsed {
            for resource in stack.template.resources {
                if let path = resource.constructPath ?? stack.constructPaths[resource.logicalID] { constructPaths[resource.location] = path }
            }
        }
        return Evaluation(
            topology: TopologyBuilder(evaluator: evaluator).build(), stacks: parsed.map { StackSource(name: $0.name, file: $0.file, text: $0.text) }, notes: notes,
            modules: children.modules, skipped: skipped, constructPaths: constructPaths)
    }

    /// An unverified note for each module whose resources albdoctor does not have: a Rain
    /// module it could not read, a registry module.
    private func moduleNotes(_ parsed: [Parsed]) -> [Finding] {
        var notes: [Finding] = []
        for stack in parsed {
            for use in stack.template.moduleUses {
                guard let reason = stack.template.unreadModules[use.logicalID] else { continue }
                notes.append(TemplateFindingKinds.moduleNotRead.finding(
                    message: LocalizedText(TemplateNoteText.rainModuleNotRead(module: use.logicalID, path: use.path, reason: reason)),
                    subject: .template(.module, stack: stack.name, name: use.logicalID), location: use.location, evidence: .unverified(because: reason)))
            }
            for resource in stack.template.resources where RainModule.isRegistryModule(resource.type) {
                guard let reason = stack.template.unreadModules[resource.logicalID] else { continue }
                notes.append(TemplateFindingKinds.moduleNotRead.finding(
                    message: LocalizedText(TemplateNoteText.registryModuleNotRead(module: resource.logicalID, stack: stack.name, reason: reason)),
                    subject: .template(.module, stack: stack.name, name: resource.logicalID), location: resource.location, evidence: .unverified(because: reason)))
            }
        }
        return notes
    }

    /// One unverified note for the stacks whose project says their region is not known
    /// (CDK's environment-agnostic `aws://unknown-account/unknown-region`).
    private func environmentNotes(_ parsed: [Parsed]) -> [Finding] {
        // A region the user gave (--region, AWS_REGION) is where they deploy: nothing to verify.
        guard regionIsDefault else { return [] }
        let agnostic = parsed.filter { $0.parent == nil && $0.environment.written != nil && $0.environment.region == nil }
        guard let first = agnostic.first, let written = first.environment.written else { return [] }
        let names = agnostic.map(\.name)
        var evidence = Evidence.unverified(because: LocalizedText(TemplateNoteText.environmentAgnostic(stacks: names, written: written)))
        evidence.append("region", region)
        return [TemplateFindingKinds.environmentNotKnown.finding(
            message: LocalizedText(TemplateNoteText.regionNotKnown(region: region, stacks: names, written: written)),
            subject: .stack(first.name), evidence: evidence)]
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
                        link.unmatched = LocalizedText(EvaluationReason.nestedInItself(location: location, stack: stack.name))
                    } else if depth >= Self.maximumNesting {
                        link.unmatched = LocalizedText(EvaluationReason.nestedTooDeep(location: location, levels: Self.maximumNesting))
                    } else {
                        let child = try children.template(at: path, for: resource.logicalID, of: stack.file)
                        link.child = all.count
                        all.append(Parsed(name: "\(stack.name)-\(resource.logicalID)", file: child.file, template: child.template, text: child.text, parent: link, environment: stack.environment))
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
        /// The Rain modules read, by file as displayed, with their text.
        private(set) var modules: [String: String] = [:]

        init(nested: NestedTemplates?) { self.nested = nested }

        mutating func resolve(_ location: String, parentFile: String) -> NestedTemplates.Resolution {
            guard let nested else { return .unmatched(LocalizedText(EvaluationReason.nestedTemplatesNotRead)) }
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
                throw TemplateError.unreadable(file, .nestedTemplateUnreadable(logicalID: logicalID, parentFile: parentFile, error: error.localizedDescription))
            }
            var template = try Template.parse(text, file: file)
            try expandModules(in: &template)
            let child = (file, template, text)
            parsed[path] = child
            return child
        }

        /// Puts the resources of each Rain module `template` uses into it; a module that cannot
        /// be read is recorded in `unreadModules` with why.
        mutating func expandModules(in template: inout Template) throws(TemplateError) {
            for use in template.moduleUses {
                switch try moduleContent(use.path, from: template.file, depth: 1) {
                case .unread(let reason):
                    template.unreadModules[use.logicalID] = reason
                case .read(let module):
                    let expansion = try RainModule.expand(use, moduleFile: module.file, parameters: module.parameters, moduleResources: module.resources)
                    for entry in expansion.resources where template.resource(entry.key) == nil { try template.addResource(entry) }
                    template.unboundModuleParameters.merge(expansion.unbound.merging(module.unbound) { first, _ in first }) { first, _ in first }
                    for (id, reason) in module.unread { template.unreadModules[use.logicalID + id] = reason }
                }
            }
        }

        /// A module's parameters and resources, its own modules expanded.
        private struct ModuleContent {
            var file: String
            var parameters: [TemplateNode.Entry]
            var resources: [TemplateNode.Entry]
            var unbound: [String: LocalizedText]
            var unread: [String: LocalizedText]
        }

        private enum ModuleReading {
            case read(ModuleContent)
            case unread(LocalizedText)
        }

        private mutating func moduleContent(_ path: String, from file: String, depth: Int) throws(TemplateError) -> ModuleReading {
            guard depth <= Deployment.maximumNesting else { return .unread(LocalizedText(EvaluationReason.moduleTooDeep(path: path, levels: Deployment.maximumNesting))) }
            guard !path.contains("://") else { return .unread(LocalizedText(EvaluationReason.remoteModule(path: path))) }
            guard let nested else { return .unread(LocalizedText(EvaluationReason.modulesNotRead)) }
            let location: String
            switch nested.resolve(path, parentFile: file, candidates: []) {
            case .unmatched(let reason): return .unread(reason)
            case .file(let found): location = found
            }
            let display = Self.display(location)
            let text: String
            do {
                text = try String(contentsOfFile: location, encoding: .utf8)
            } catch {
                return .unread(LocalizedText(EvaluationReason.moduleUnreadable(file: display, error: error.localizedDescription)))
            }
            modules[display] = text
            guard let root = try Template.document(text, file: display).root, let resources = root["Resources"]?.entries else {
                return .unread(LocalizedText(EvaluationReason.notAModule(file: display)))
            }
            var content = ModuleContent(file: display, parameters: root["Parameters"]?.entries ?? [], resources: [], unbound: [:], unread: [:])
            for entry in resources {
                guard let inner = RainModule.path(ofType: entry.value["Type"]) else {
                    content.resources.append(entry)
                    continue
                }
                let use = Template.ModuleUse(logicalID: entry.key, path: inner, node: entry.value, location: entry.keyLocation)
                switch try moduleContent(inner, from: location, depth: depth + 1) {
                case .unread(let reason):
                    content.unread[entry.key] = reason
                case .read(let module):
                    let expansion = try RainModule.expand(use, moduleFile: module.file, parameters: module.parameters, moduleResources: module.resources)
                    content.resources += expansion.resources
                    content.unbound.merge(expansion.unbound.merging(module.unbound) { first, _ in first }) { first, _ in first }
                    for (id, reason) in module.unread { content.unread[entry.key + id] = reason }
                }
            }
            return .read(content)
        }

        /// A path as users read it: relative to the working folder when below it.
        private static func display(_ path: String) -> String {
            let current = NestedTemplates.absolute(FileManager.default.currentDirectoryPath) + "/"
            return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
        }
    }
}
