internal import Foundation
internal import Findings
internal import Localization

/// Evaluates templates the way CloudFormation would at deploy time, with what is known before:
/// parameters, pseudo parameters, conditions, mappings, exports of the other given stacks.
/// What is not known becomes an unknown value with the reason, never a guess.
final class DeploymentEvaluator {
    struct Stack {
        var name: String
        var template: Template
        var parameters: [String: Value] = [:]
        /// For a nested stack: the resource of the parent that deploys it.
        var parent: NestedLink?
        /// For a nested stack: the parameter values the parent passes (its `Parameters`
        /// property), evaluated in the parent when read.
        var inherited: [String: TemplateNode] = [:]
        /// Where it deploys: its project's environment, else the command's region and account.
        var region: String
        var accountID: String
        /// Shared with the same template in another format (X.yaml beside X.json), whose exports
        /// are not a second stack's.
        var formatGroup: String?
    }

    private struct Export {
        var stack: Int
        var output: Template.Output
    }

    /// Export names are unique per account and region: stacks of a CDK Pipelines app deployed to
    /// other accounts or regions may export the same name.
    private struct ExportKey: Hashable, Comparable {
        var account: String
        var region: String
        var name: String

        static func < (a: ExportKey, b: ExportKey) -> Bool { (a.name, a.region, a.account) < (b.name, b.region, b.account) }
    }

    private func exportKey(_ name: String, of stack: Int) -> ExportKey {
        ExportKey(account: stacks[stack].accountID, region: stacks[stack].region, name: name)
    }

    /// The stacks; their templates grow by the entries `Fn::ForEach` expands to.
    var stacks: [Stack]
    /// The region of the stacks whose project does not say theirs.
    let region: String
    private var exports: [ExportKey: Export] = [:]
    /// Export names more than one stack of one account and region exports, with every output that does.
    private var duplicateExports: [ExportKey: [Export]] = [:]
    private var importCache: [ExportKey: Value] = [:]
    private var conditionCache: [String: Known] = [:]
    private var inProgress: [String] = []
    /// `Fn::ForEach` loops that could not be expanded, and why, by loop name.
    var unexpandedLoops: [String: LocalizedText] = [:]

    /// The account when neither `--parameter AWS::AccountId=…` nor the project says it: a
    /// deploy-time value like a physical id — a token that compares equal to itself, shows as
    /// `AWS::AccountId`, and is never a made-up number.
    static let deployTimeAccount = PhysicalID.token(stack: "", logicalID: "AWS::AccountId")

    /// A condition's value: true, false or unknown with the reason.
    enum Known {
        case value(Bool)
        case unknown(LocalizedText)
    }

    init(stacks: [Deployment.Parsed], assignments: ParameterAssignments, region: String) throws(TemplateError) {
        let accountID = assignments.value("AWS::AccountId", stack: "")
        self.stacks = stacks.map { parsed in
            var stack = Stack(name: parsed.name, template: parsed.template, parent: parsed.parent,
                              region: parsed.environment.region ?? region,
                              accountID: assignments.value("AWS::AccountId", stack: parsed.name) ?? parsed.environment.account ?? accountID ?? Self.deployTimeAccount,
                              formatGroup: parsed.formatGroup)
            if let link = parsed.parent, let resource = stacks[link.stack].template.resource(link.logicalID) {
                for entry in resource.properties?["Parameters"]?.entries ?? [] { stack.inherited[entry.key] = entry.value }
            }
            return stack
        }
        self.region = region
        for index in self.stacks.indices {
            let stack = self.stacks[index]
            for (name, parameter) in stack.template.parameters where stack.inherited[name] == nil {
                self.stacks[index].parameters[name] = parameterValue(parameter, stack: stack.name, given: assignments.value(name, stack: stack.name))
            }
        }
        for index in self.stacks.indices { try expandForEach(in: index) }
        for index in self.stacks.indices {
            for output in self.stacks[index].template.outputs {
                guard let nameNode = output.exportName else { continue }
                guard isCreated(condition: output.condition, in: index, at: output.location) else { continue }
                guard case .string(let name) = evaluate(nameNode, in: index).kind, !PhysicalID.containsToken(name) else { continue }
                let export = Export(stack: index, output: output)
                let key = exportKey(name, of: index)
                if let first = exports[key] {
                    if let group = stacks[index].formatGroup, stacks[first.stack].formatGroup == group { continue }
                    duplicateExports[key, default: [first]].append(export)
                } else {
                    exports[key] = export
                }
            }
        }
    }

    /// An error on every output that exports a name another stack of the deployment exports too:
    /// CloudFormation refuses the second stack, so they cannot be deployed together.
    func duplicateExportFindings() -> [Finding] {
        duplicateExports.keys.sorted().flatMap { key -> [Finding] in
            let name = key.name
            let all = duplicateExports[key] ?? []
            return all.map { export in
                let others = all.filter { $0.stack != export.stack || $0.output.name != export.output.name }
                    .map { "\(stacks[$0.stack].name) (\($0.output.exportName?.location ?? $0.output.location))" }
                let location = export.output.exportName?.location ?? export.output.location
                return TemplateFindingKinds.duplicateExport.finding(
                    message: LocalizedText(TemplateNoteText.exportedTwice(name: name, others: others)),
                    subject: .template(.output, stack: stacks[export.stack].name, name: export.output.name),
                    related: all.filter { $0.stack != export.stack }.map { .template(.output, stack: stacks[$0.stack].name, name: $0.output.name) },
                    location: location, evidence: ["export": name])
            }
        }
    }

    private func parameterValue(_ parameter: Template.Parameter, stack: String, given: String?) -> Value {
        let location = parameter.location
        let text: String
        if let given {
            text = given
        } else if let node = parameter.defaultValue, let scalar = node.scalar {
            text = scalar
        } else if let node = parameter.defaultValue, case .sequence(let items) = node.kind {
            text = items.compactMap(\.scalar).joined(separator: ",")
        } else if parameter.type.hasPrefix("AWS::SSM::Parameter::Value") {
            return .unknown(.parameterFromSSM(parameter: parameter.name, stack: stack), at: location)
        } else {
            return .unknown(.parameterWithoutValue(parameter: parameter.name, stack: stack), at: location)
        }
        return Self.typed(.string(text, at: location), as: parameter)
    }

    /// A parameter's value as its type reads it: list types split a string at commas, as
    /// CloudFormation does with the text it is given.
    static func typed(_ value: Value, as parameter: Template.Parameter?) -> Value {
        guard let parameter, parameter.type.hasPrefix("List<") || parameter.type == "CommaDelimitedList",
              case .string(let text) = value.kind else { return value }
        let parts = text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false)
        return Value(kind: .list(parts.map { .string($0.trimmingSpaces(), at: value.location) }), location: value.location)
    }

    // MARK: - Evaluation

    /// Evaluates a node of stack `stack`. Never fails: an intrinsic function that cannot be
    /// evaluated (unknown to albdoctor, a macro's, malformed, circular) becomes an unknown value
    /// that says why and where, so rules that need it report *unverified* and the rest of the
    /// template is still checked.
    func evaluate(_ node: TemplateNode, in stack: Int) -> Value {
        switch node.kind {
        case .null:
            return Value(kind: .noValue, location: node.location)
        case .scalar(let text):
            return .string(text, at: node.location)
        case .sequence(let items):
            var values: [Value] = []
            for item in items {
                let value = evaluate(item, in: stack)
                if !value.isAbsent { values.append(value) }
            }
            return Value(kind: .list(values), location: node.location)
        case .mapping(let entries):
            if entries.count == 1, let call = entries.first, Intrinsic.isCall(call.key) {
                do {
                    return try intrinsic(call.key, call.value, at: call.keyLocation, in: stack)
                } catch {
                    let place = error.location.map(String.init(describing:)) ?? "\(call.keyLocation)"
                    return .unknown(.located(reason: error.message, location: place), at: call.keyLocation)
                }
            }
            var values: [(key: String, value: Value)] = []
            for entry in entries {
                if Intrinsic.isCall(entry.key) {
                    return .unknown(.intrinsicNotAlone(function: entry.key, location: "\(entry.keyLocation)"), at: entry.keyLocation)
                }
                let value = evaluate(entry.value, in: stack)
                if !value.isAbsent { values.append((entry.key, value)) }
            }
            return Value(kind: .map(values), location: node.location)
        }
    }

    /// Runs `body` with `key` marked in progress, failing on a cycle.
    func guarding<T>(_ key: String, at location: Location, _ body: () throws(TemplateError) -> T) throws(TemplateError) -> T {
        if let start = inProgress.firstIndex(of: key) {
            let cycle = inProgress[start...].map { $0 } + [key]
            throw TemplateError.circular(.circularReference(cycle: cycle), at: location)
        }
        inProgress.append(key)
        defer { inProgress.removeLast() }
        return try body()
    }

    /// `Fn::ImportValue`: the export's value, evaluated in the exporting stack.
    func importValue(_ name: String, into stack: Int, at location: Location) throws(TemplateError) -> Value {
        let key = exportKey(name, of: stack)
        if let cached = importCache[key] { return Value(kind: cached.kind, location: location) }
        if let all = duplicateExports[key] {
            return .unknown(.exportedByMany(name: name, stacks: all.map { stacks[$0.stack].name }), at: location)
        }
        guard let export = exports[key] else {
            if let elsewhere = exports.first(where: { $0.key.name == name }) {
                let exporter = stacks[elsewhere.value.stack]
                return .unknown(.exportedElsewhere(
                    name: name, exporter: exporter.name, exporterPlace: "\(PhysicalID.display(elsewhere.key.account))/\(elsewhere.key.region)",
                    stack: stacks[stack].name, place: "\(PhysicalID.display(key.account))/\(key.region)"), at: location)
            }
            let near = exports.keys.filter { $0.account == key.account && $0.region == key.region && $0.name.lowercased() == name.lowercased() }.first?.name
            let reason: EvaluationReason = near.map { .notExportedDidYouMean(name: name, near: $0) } ?? .notExported(name: name)
            return .unknown(reason, at: location)
        }
        let value = try guarding("export \(name)", at: location) { () -> Value in
            evaluate(export.output.value, in: export.stack)
        }
        importCache[key] = value
        return Value(kind: value.kind, location: location)
    }

    /// Evaluates a named condition of a stack.
    func condition(_ name: String, in stack: Int, at location: Location) throws(TemplateError) -> Known {
        let key = "\(stacks[stack].name)|\(name)"
        if let cached = conditionCache[key] { return cached }
        guard let node = stacks[stack].template.conditions[name] else {
            throw TemplateError.invalid(.conditionNotDefined(name: name, stack: stacks[stack].name), at: location)
        }
        let result = try guarding("condition \(name)", at: location) { () throws(TemplateError) -> Known in
            try conditionExpression(node, in: stack)
        }
        conditionCache[key] = result
        return result
    }

    /// Evaluates a condition expression: `Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`.
    func conditionExpression(_ node: TemplateNode, in stack: Int) throws(TemplateError) -> Known {
        guard let entries = node.entries, entries.count == 1, let call = entries.first else {
            if let text = node.scalar, text == "true" || text == "false" { return .value(text == "true") }
            throw TemplateError.invalid(.conditionExpected(found: node.kindName), at: node.location)
        }
        let arguments: [TemplateNode]
        if case .sequence(let items) = call.value.kind { arguments = items } else { arguments = [call.value] }
        switch call.key {
        case "Condition":
            guard let name = call.value.scalar else { throw TemplateError.invalid(.conditionExpectsName, at: call.keyLocation) }
            return try condition(name, in: stack, at: call.keyLocation)
        case "Fn::Equals":
            guard arguments.count == 2 else { throw TemplateError.invalid(.equalsShape(items: arguments.count), at: call.keyLocation) }
            let left = evaluate(arguments[0], in: stack)
            let right = evaluate(arguments[1], in: stack)
            if case .unknown(let reason) = left.kind { return .unknown(reason) }
            if case .unknown(let reason) = right.kind { return .unknown(reason) }
            return .value(left.display == right.display)
        case "Fn::Not":
            guard arguments.count == 1 else { throw TemplateError.invalid(.notShape, at: call.keyLocation) }
            switch try conditionExpression(arguments[0], in: stack) {
            case .value(let value): return .value(!value)
            case .unknown(let reason): return .unknown(reason)
            }
        case "Fn::And", "Fn::Or":
            guard (2...10).contains(arguments.count) else {
                throw TemplateError.invalid(.conditionCount(function: call.key, count: arguments.count), at: call.keyLocation)
            }
            let decisive = call.key == "Fn::Or"
            var unknown: LocalizedText?
            for argument in arguments {
                switch try conditionExpression(argument, in: stack) {
                case .value(let value) where value == decisive: return .value(decisive)
                case .value: continue
                case .unknown(let reason): unknown = unknown ?? reason
                }
            }
            return unknown.map { .unknown($0) } ?? .value(!decisive)
        default:
            throw TemplateError.invalid(.conditionFunctionExpected(found: call.key), at: call.keyLocation)
        }
    }

    /// Whether a resource or output with this `Condition` is created: a condition whose value is
    /// unknown (a parameter without a value) or that cannot be evaluated counts as created; the
    /// latter is said in a note (``unevaluableConditions()``).
    func isCreated(condition: String?, in stack: Int, at location: Location) -> Bool {
        guard let condition else { return true }
        if case .value(false)? = try? self.condition(condition, in: stack, at: location) { return false }
        return true
    }

    /// The conditions that resources use and that cannot be evaluated (not defined, not a
    /// condition function), with why and the resources checked as if created because of them.
    func unevaluableConditions() -> [(condition: String, stack: Int, error: TemplateError, resources: [String])] {
        var found: [(condition: String, stack: Int, error: TemplateError, resources: [String])] = []
        for index in stacks.indices {
            // Each condition with the first resource's place and every resource that uses it.
            var users: [String: (location: Location, resources: [String])] = [:]
            for resource in stacks[index].template.resources {
                guard let name = resource.condition else { continue }
                users[name, default: (resource.location, [])].resources.append(resource.logicalID)
            }
            for (name, use) in users.sorted(by: { $0.key < $1.key }) {
                do {
                    _ = try condition(name, in: index, at: use.location)
                } catch {
                    found.append((name, index, error, use.resources))
                }
            }
        }
        return found
    }

    // MARK: - Pseudo parameters and references

    func pseudoParameter(_ name: String, in stack: Int, at location: Location) -> Value? {
        let region = stacks[stack].region
        let accountID = stacks[stack].accountID
        let partition = region.hasPrefix("cn-") ? "aws-cn" : region.hasPrefix("us-gov-") ? "aws-us-gov" : "aws"
        switch name {
        case "AWS::Region": return .string(region, at: location)
        case "AWS::AccountId": return .string(accountID, at: location)
        case "AWS::StackName": return .string(stacks[stack].name, at: location)
        case "AWS::StackId":
            return .string("arn:\(partition):cloudformation:\(region):\(accountID):stack/\(stacks[stack].name)/00000000-0000-0000-0000-000000000000", at: location)
        case "AWS::Partition": return .string(partition, at: location)
        case "AWS::URLSuffix": return .string(partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com", at: location)
        case "AWS::NoValue": return Value(kind: .noValue, location: location)
        case "AWS::NotificationARNs": return Value(kind: .list([]), location: location)
        default: return nil
        }
    }

    /// `Ref NAME`: a pseudo parameter, a parameter, or a resource's physical id.
    func reference(_ name: String, in stack: Int, at location: Location) throws(TemplateError) -> Value {
        if let pseudo = pseudoParameter(name, in: stack, at: location) { return pseudo }
        if let parameter = stacks[stack].parameters[name] { return Value(kind: parameter.kind, location: location) }
        if let node = stacks[stack].inherited[name], let parent = stacks[stack].parent {
            return try guarding("parameter \(name) of stack \(stacks[stack].name)", at: location) { () -> Value in
                Self.typed(Value(kind: evaluate(node, in: parent.stack).kind, location: location), as: stacks[stack].template.parameters[name])
            }
        }
        if stacks[stack].template.resource(name) != nil || ServerlessNames.isGenerated(name, in: stacks[stack].template) {
            return .string(PhysicalID.token(stack: stacks[stack].name, logicalID: name), at: location)
        }
        if let reason = stacks[stack].template.unboundModuleParameters[name] { return .unknown(reason, at: location) }
        if let reason = moduleHint(name, in: stack) { return .unknown(reason, at: location) }
        throw TemplateError.invalid(.refNotFound(name: name, stack: stacks[stack].name, loops: unexpandedLoopReasons), at: location)
    }

    /// Whether stack `index` is deployed: a nested stack is when its parent's resource is.
    func isStackCreated(_ index: Int) -> Bool {
        guard let link = stacks[index].parent, let resource = stacks[link.stack].template.resource(link.logicalID) else { return true }
        return isCreated(condition: resource.condition, in: link.stack, at: resource.location) && isStackCreated(link.stack)
    }

    /// `Fn::GetAtt Child.Outputs.Name` of a nested stack: the child's output, evaluated in the child.
    func nestedOutput(_ logicalID: String, _ output: String, in stack: Int, at location: Location) throws(TemplateError) -> Value {
        guard let link = stacks[stack].template.nestedStacks[logicalID] else {
            return .unknown(.nestedTemplateNotKnown(logicalID: logicalID), at: location)
        }
        guard let child = link.child else {
            let reason = link.unmatched ?? LocalizedText(EvaluationReason.unspecified)
            return .unknown(.nestedTemplateNotRead(logicalID: logicalID, output: output, reason: reason), at: location)
        }
        guard let found = stacks[child].template.outputs.first(where: { $0.name == output }) else {
            return .unknown(.nestedOutputMissing(logicalID: logicalID, file: stacks[child].template.file, output: output), at: location)
        }
        return try guarding("\(stacks[stack].name).\(logicalID).Outputs.\(output)", at: location) { () -> Value in
            Value(kind: evaluate(found.value, in: child).kind, location: location)
        }
    }

    /// Why a name that is not in the template may be the resource of a module albdoctor did not
    /// read (`NetworkVPC` of module `Network`).
    func moduleHint(_ name: String, in stack: Int) -> LocalizedText? {
        let template = stacks[stack].template
        guard let module = template.unreadModules.keys.filter({ name.hasPrefix($0) }).max(by: { $0.count < $1.count }),
              let reason = template.unreadModules[module] else { return nil }
        return LocalizedText(EvaluationReason.unreadModuleResource(name: name, module: module, reason: reason))
    }

    /// Why names may be missing: why each loop that could not be expanded was not, by loop name.
    var unexpandedLoopReasons: [LocalizedText] {
        unexpandedLoops.keys.sorted().compactMap { unexpandedLoops[$0] }
    }
}
