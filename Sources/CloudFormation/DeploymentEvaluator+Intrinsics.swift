internal import Addresses
internal import Foundation
internal import Findings
internal import Localization
internal import Topology

extension DeploymentEvaluator {
    /// Runs one intrinsic function.
    func intrinsic(_ name: String, _ argument: TemplateNode, at location: Location, in stack: Int) throws(TemplateError) -> Value {
        let arguments: [TemplateNode]
        if case .sequence(let items) = argument.kind { arguments = items } else { arguments = [argument] }
        func expect(_ count: Int, _ shapes: String...) throws(TemplateError) {
            guard case .sequence = argument.kind, arguments.count == count else {
                let items: Int? = argument.kind.isSequence ? arguments.count : nil
                throw TemplateError.invalid(.intrinsicShape(function: name, shapes: shapes, found: argument.kindName, items: items), at: location)
            }
        }
        switch name {
        case "Ref":
            guard let target = argument.scalar else { throw TemplateError.invalid(.refExpectsName(found: argument.kindName), at: location) }
            return try reference(target, in: stack, at: location)

        case "Fn::GetAtt":
            try expect(2, "[Resource, Attribute]", "Resource.Attribute")
            guard let resource = arguments[0].scalar else { throw TemplateError.invalid(.getAttExpectsResourceFirst, at: location) }
            let attributeValue = evaluate(arguments[1], in: stack)
            guard case .string(let attribute) = attributeValue.kind else {
                return .unknown(.attributeNameUnknown(resource: resource), at: location)
            }
            return try attributeOf(resource, attribute, in: stack, at: location)

        case "Fn::ImportValue":
            let exportName = evaluate(argument, in: stack)
            switch exportName.kind {
            case .string(let text) where !PhysicalID.containsToken(text): return try importValue(text, into: stack, at: location)
            case .unknown(let reason): return .unknown(.exportNameUnknown(reason: reason), at: location)
            default: throw TemplateError.invalid(.importValueExpectsName(found: exportName.display), at: location)
            }

        case "Fn::Sub":
            let text: String
            var variables: [String: Value] = [:]
            if let scalar = argument.scalar {
                text = scalar
            } else if case .sequence = argument.kind, arguments.count == 2, let scalar = arguments[0].scalar, let entries = arguments[1].entries {
                text = scalar
                for entry in entries { variables[entry.key] = evaluate(entry.value, in: stack) }
            } else {
                throw TemplateError.invalid(.subShape(found: argument.kindName), at: location)
            }
            var result = ""
            for piece in SubTemplate.pieces(of: text) {
                switch piece {
                case .text(let literal):
                    result += literal
                case .variable(let variable):
                    let value = try subVariable(variable, variables: variables, in: stack, at: location)
                    switch value.kind {
                    case .string(let part): result += part
                    case .unknown(let reason): return .unknown(reason, at: location)
                    default: throw TemplateError.invalid(.subVariableNotString(variable: variable, value: value.display), at: location)
                    }
                }
            }
            return .string(result, at: location)

        case "Fn::Join":
            try expect(2, "[delimiter, [values]]")
            guard let delimiter = arguments[0].scalar else { throw TemplateError.invalid(.joinExpectsDelimiter, at: location) }
            let list = evaluate(arguments[1], in: stack)
            if case .unknown(let reason) = list.kind { return .unknown(reason, at: location) }
            guard let items = list.items else { throw TemplateError.invalid(.joinExpectsList(found: list.display), at: location) }
            var parts: [String] = []
            for item in items {
                switch item.kind {
                case .string(let text): parts.append(text)
                case .unknown(let reason): return .unknown(reason, at: location)
                default: throw TemplateError.invalid(.joinExpectsStrings(found: item.display), at: item.location)
                }
            }
            return .string(parts.joined(separator: delimiter), at: location)

        case "Fn::Split":
            try expect(2, "[delimiter, string]")
            guard let delimiter = arguments[0].scalar, !delimiter.isEmpty else { throw TemplateError.invalid(.splitExpectsDelimiter, at: location) }
            let source = evaluate(arguments[1], in: stack)
            switch source.kind {
            case .string(let text):
                let parts = text.split(separator: delimiter, omittingEmptySubsequences: false)
                return Value(kind: .list(parts.map { .string(String($0), at: location) }), location: location)
            case .unknown(let reason):
                return .unknown(reason, at: location)
            default:
                throw TemplateError.invalid(.splitExpectsString(found: source.display), at: location)
            }

        case "Fn::Select":
            try expect(2, "[index, list]")
            let indexValue = evaluate(arguments[0], in: stack)
            let list = evaluate(arguments[1], in: stack)
            if case .unknown(let reason) = indexValue.kind { return .unknown(reason, at: location) }
            if case .unknown(let reason) = list.kind { return .unknown(reason, at: location) }
            guard case .string(let indexText) = indexValue.kind, let index = Int(indexText), index >= 0 else {
                throw TemplateError.invalid(.selectExpectsIndex(found: indexValue.display), at: location)
            }
            guard let items = list.items else { throw TemplateError.invalid(.selectExpectsList(found: list.display), at: location) }
            guard index < items.count else {
                throw TemplateError.invalid(.selectOutOfRange(index: index, count: items.count), at: location)
            }
            return Value(kind: items[index].kind, location: location)

        case "Fn::GetAZs":
            let regionValue = evaluate(argument, in: stack)
            guard case .string(let requested) = regionValue.kind else { return .unknown(.getAZsRegionUnknown, at: location) }
            let zones = AvailabilityZones.names(in: requested.isEmpty ? stacks[stack].region : requested)
            return Value(kind: .list(zones.map { .string($0, at: location) }), location: location)

        case "Fn::If":
            try expect(3, "[condition, value if true, value if false]")
            guard let conditionName = arguments[0].scalar else { throw TemplateError.invalid(.ifExpectsConditionFirst, at: location) }
            switch try condition(conditionName, in: stack, at: location) {
            case .value(let value):
                return evaluate(arguments[value ? 1 : 2], in: stack)
            case .unknown(let reason):
                let whenTrue = evaluate(arguments[1], in: stack)
                let whenFalse = evaluate(arguments[2], in: stack)
                if whenTrue.display == whenFalse.display { return whenTrue }
                return .unknown(.dependsOnCondition(condition: conditionName, reason: reason), at: location)
            }

        case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not":
            let node = TemplateNode(kind: .mapping([.init(key: name, keyLocation: location, value: argument)]), location: location)
            switch try conditionExpression(node, in: stack) {
            case .value(let value): return .string(value ? "true" : "false", at: location)
            case .unknown(let reason): return .unknown(reason, at: location)
            }

        case "Fn::FindInMap":
            guard case .sequence = argument.kind, (3...4).contains(arguments.count) else {
                throw TemplateError.invalid(.findInMapShape, at: location)
            }
            var keys: [String] = []
            for node in arguments.prefix(3) {
                let value = evaluate(node, in: stack)
                switch value.kind {
                case .string(let text): keys.append(text)
                case .unknown(let reason): return .unknown(reason, at: location)
                default: throw TemplateError.invalid(.findInMapExpectsStrings(found: value.display), at: node.location)
                }
            }
            guard let map = stacks[stack].template.mappings[keys[0]] else {
                throw TemplateError.invalid(.findInMapNoMapping(mapping: keys[0]), at: location)
            }
            guard let found = map[keys[1]]?[keys[2]] else {
                if arguments.count == 4, let fallback = arguments[3]["DefaultValue"] { return evaluate(fallback, in: stack) }
                throw TemplateError.invalid(.findInMapNoEntry(mapping: keys[0], topLevelKey: keys[1], secondLevelKey: keys[2]), at: location)
            }
            return evaluate(found, in: stack)

        case "Fn::Base64":
            let value = evaluate(argument, in: stack)
            guard case .string(let text) = value.kind else { return value }
            return .string(Data(text.utf8).base64EncodedString(), at: location)

        case "Fn::Cidr":
            try expect(3, "[ipBlock, count, cidrBits]")
            var texts: [String] = []
            for node in arguments {
                let value = evaluate(node, in: stack)
                switch value.kind {
                case .string(let text): texts.append(text)
                case .unknown(let reason): return .unknown(reason, at: location)
                default: throw TemplateError.invalid(.cidrExpectsStrings(found: value.display), at: node.location)
                }
            }
            if texts[0].contains(":") { return .unknown(.cidrOverIPv6(block: texts[0]), at: location) }
            if PhysicalID.containsToken(texts[0]) { return .unknown(.blockKnownAfterDeployment(block: PhysicalID.display(texts[0])), at: location) }
            guard let block = IPv4Network(texts[0]), let count = Int(texts[1]), let bits = Int(texts[2]),
                  let blocks = block.subdivide(count: count, hostBits: bits)
            else {
                throw TemplateError.invalid(.cidrCannotCut(count: texts[1], hostBits: texts[2], block: texts[0]), at: location)
            }
            return Value(kind: .list(blocks.map { .string($0.description, at: location) }), location: location)

        case "Fn::Length":
            let value = evaluate(argument, in: stack)
            if case .unknown(let reason) = value.kind { return .unknown(reason, at: location) }
            guard let items = value.items else { throw TemplateError.invalid(.lengthExpectsList, at: location) }
            return .string(String(items.count), at: location)

        case "Fn::ToJsonString":
            let value = evaluate(argument, in: stack)
            if let reason = value.firstUnknown { return .unknown(reason, at: location) }
            return .string(value.json, at: location)

        case "Fn::Transform", "Fn::GetStackOutput":
            return .unknown(.evaluatedAtDeployTime(function: name), at: location)

        default:
            // A macro's function (Fn::Rain::…), a newer one, or a typo: unknown, never a refusal.
            return .unknown(TemplateError.unknownIntrinsic(name, at: location).message, at: location)
        }
    }

    private func subVariable(_ variable: String, variables: [String: Value], in stack: Int, at location: Location) throws(TemplateError) -> Value {
        if let value = variables[variable] { return value }
        if let dot = variable.firstIndex(of: "."), !variable.hasPrefix("AWS::") {
            return try attributeOf(String(variable[..<dot]), String(variable[variable.index(after: dot)...]), in: stack, at: location)
        }
        if variable.hasPrefix("AWS::") || stacks[stack].parameters[variable] != nil || stacks[stack].inherited[variable] != nil
            || stacks[stack].template.resource(variable) != nil
            || ServerlessNames.isGenerated(variable, in: stacks[stack].template) {
            return try reference(variable, in: stack, at: location)
        }
        throw TemplateError.invalid(.subUnknownVariable(variable: variable, stack: stacks[stack].name), at: location)
    }

    /// `Fn::GetAtt`: ids come back as the resource's token; a few attributes are read from the
    /// resource's own properties; the rest are tokens with the attribute.
    func attributeOf(_ logicalID: String, _ attribute: String, in stack: Int, at location: Location) throws(TemplateError) -> Value {
        guard let resource = stacks[stack].template.resource(logicalID) else {
            if ServerlessNames.isGenerated(logicalID, in: stacks[stack].template) {
                return .string(PhysicalID.token(stack: stacks[stack].name, logicalID: logicalID, attribute: attribute), at: location)
            }
            if let reason = moduleHint(logicalID, in: stack) { return .unknown(reason, at: location) }
            throw TemplateError.invalid(.getAttNotAResource(logicalID: logicalID, stack: stacks[stack].name, loops: unexpandedLoopReasons), at: location)
        }
        if NestedStack.isNestedStack(resource.type), attribute.hasPrefix("Outputs.") {
            return try nestedOutput(logicalID, String(attribute.dropFirst("Outputs.".count)), in: stack, at: location)
        }
        let typeName = resource.type.split(separator: ":").last.map(String.init) ?? ""
        let idAttributes: Set<String> = ["Id", "GroupId", "Arn", "\(typeName)Id", "\(typeName)Arn"]
        if idAttributes.contains(attribute) || (resource.type == "AWS::EC2::VPC" && attribute == "VpcId") || (resource.type == "AWS::EC2::EIP" && attribute == "AllocationId") {
            return .string(PhysicalID.token(stack: stacks[stack].name, logicalID: logicalID), at: location)
        }
        if resource.type == "AWS::NetworkFirewall::Firewall" && attribute == "EndpointIds" {
            return firewallEndpoints(logicalID, resource.properties?["SubnetMappings"], in: stack, at: location)
        }
        let propertyBacked: [String: Set<String>] = [
            "AWS::EC2::VPC": ["CidrBlock"],
            "AWS::EC2::Subnet": ["AvailabilityZone", "VpcId", "CidrBlock"],
            "AWS::EC2::SecurityGroup": ["VpcId"],
        ]
        if propertyBacked[resource.type]?.contains(attribute) == true {
            guard let node = resource.properties?[attribute] else {
                return .unknown(.chosenByAWS(resource: logicalID, attribute: attribute), at: location)
            }
            return try guarding("\(stacks[stack].name).\(logicalID).\(attribute)", at: location) { () -> Value in
                Value(kind: evaluate(node, in: stack).kind, location: location)
            }
        }
        return .string(PhysicalID.token(stack: stacks[stack].name, logicalID: logicalID, attribute: attribute), at: location)
    }
}

extension DeploymentEvaluator {
    /// A Network Firewall's `EndpointIds`: one `"zone:endpoint-id"` per subnet mapping, in an
    /// order AWS does not promise. Each is written with tokens that name the firewall and the
    /// position (`Firewall.EndpointIds[0]`), so `!Select [1, !Split [":", !Select [0, …]]]`
    /// names the same endpoint wherever it is written.
    func firewallEndpoints(_ logicalID: String, _ mappings: TemplateNode?, in stack: Int, at location: Location) -> Value {
        guard let mappings else { return .unknown(.firewallWithoutSubnetMappings(firewall: logicalID), at: location) }
        let evaluated = evaluate(mappings, in: stack)
        guard let items = evaluated.items else {
            let reason = evaluated.firstUnknown ?? LocalizedText(sameInEveryLanguage: evaluated.display)
            return .unknown(.firewallSubnetMappingsUnknown(firewall: logicalID, reason: reason), at: location)
        }
        let name = stacks[stack].name
        return Value(kind: .list(items.indices.map { index -> Value in
            let zone = PhysicalID.token(stack: name, logicalID: logicalID, attribute: "EndpointIds[\(index)].AvailabilityZone")
            let endpoint = PhysicalID.token(stack: name, logicalID: logicalID, attribute: "EndpointIds[\(index)]")
            return .string("\(zone):\(endpoint)", at: location)
        }), location: location)
    }
}

extension TemplateNode.Kind {
    var isSequence: Bool {
        if case .sequence = self { return true }
        return false
    }
}
