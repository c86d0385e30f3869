internal import Findings
internal import Localization

/// `Fn::ForEach` of the AWS::LanguageExtensions transform, expanded as CloudFormation expands it:
/// for each value of the collection, the fragment's keys and values with `${Identifier}` (and
/// `&{Identifier}`, alphanumerics only) replaced and `Ref: Identifier` turned into the value;
/// nested loops expand in turn. The collection is evaluated like any value (a list, a
/// `CommaDelimitedList` parameter, `Fn::FindInMap`, …).
extension DeploymentEvaluator {
    /// Expands every loop of stack `stack` into its Resources, Outputs and Conditions.
    func expandForEach(in stack: Int) throws(TemplateError) {
        for block in stacks[stack].template.forEach {
            for entry in expand(block.name, block.node, at: block.location, in: stack) {
                switch block.section {
                case .resources: try stacks[stack].template.addResource(entry)
                case .outputs: try stacks[stack].template.addOutput(entry)
                case .conditions: stacks[stack].template.conditions[entry.key] = entry.value
                }
            }
        }
    }

    private func expand(_ name: String, _ node: TemplateNode, at location: Location, in stack: Int) -> [TemplateNode.Entry] {
        guard case .sequence(let items) = node.kind, items.count == 3, let identifier = items[0].scalar, let fragment = items[2].entries else {
            unexpandedLoops[name] = LocalizedText(EvaluationReason.loopNotShaped(loop: name, location: "\(location)"))
            return []
        }
        let collection = evaluate(items[1], in: stack)
        var values: [String] = []
        for item in collection.items ?? [] {
            guard case .string(let text) = item.kind else { values = []; break }
            values.append(text)
        }
        if collection.items == nil || values.count != collection.items?.count {
            let reason: LocalizedText = if case .unknown(let why) = collection.kind { why } else { LocalizedText(EvaluationReason.notListOfStrings(found: collection.display)) }
            unexpandedLoops[name] = LocalizedText(EvaluationReason.loopCollectionUnknown(loop: name, location: "\(location)", reason: reason))
            return []
        }
        var entries: [TemplateNode.Entry] = []
        for value in values {
            for entry in fragment {
                let key = Self.substitute(entry.key, identifier: identifier, value: value)
                let body = Self.replacing(entry.value, identifier: identifier, value: value)
                if key.hasPrefix("Fn::ForEach::") {
                    entries += expand(key, body, at: entry.keyLocation, in: stack)
                } else {
                    entries.append(TemplateNode.Entry(key: key, keyLocation: entry.keyLocation, value: body))
                }
            }
        }
        return entries
    }

    /// `${Identifier}` → value, `&{Identifier}` → value without non-alphanumeric characters.
    static func substitute(_ text: String, identifier: String, value: String) -> String {
        guard text.contains("{\(identifier)}") else { return text }
        return text.replacingOccurrences(of: "${\(identifier)}", with: value)
            .replacingOccurrences(of: "&{\(identifier)}", with: String(value.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    static func replacing(_ node: TemplateNode, identifier: String, value: String) -> TemplateNode {
        switch node.kind {
        case .null:
            return node
        case .scalar(let text):
            return TemplateNode(kind: .scalar(substitute(text, identifier: identifier, value: value)), location: node.location)
        case .sequence(let items):
            return TemplateNode(kind: .sequence(items.map { replacing($0, identifier: identifier, value: value) }), location: node.location)
        case .mapping(let entries):
            if entries.count == 1, entries[0].key == "Ref", entries[0].value.scalar == identifier {
                return TemplateNode(kind: .scalar(value), location: node.location)
            }
            return TemplateNode(kind: .mapping(entries.map { entry in
                TemplateNode.Entry(
                    key: substitute(entry.key, identifier: identifier, value: value), keyLocation: entry.keyLocation,
                    value: replacing(entry.value, identifier: identifier, value: value))
            }), location: node.location)
        }
    }
}
