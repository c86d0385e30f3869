internal import Findings
internal import HCL
internal import Localization

/// One nested block of a resource (`route`, `ingress`, `subnet_mapping`, …): its arguments,
/// evaluated in the instance's scope, and where it is written.
typealias NestedBlock = (arguments: [String: TerraformValue], location: Location?)

extension Evaluator {
    /// The nested blocks of one type in an instance's block, `dynamic` ones expanded, or the
    /// same written as an attribute (`route = [...]`, as `.tf.json` writes blocks); and why some
    /// are not known, when a `dynamic` block's `for_each` (or the attribute) is unknown.
    func nestedBlocks(_ type: String, of instance: Instance) -> (blocks: [NestedBlock], unknown: LocalizedText?) {
        var result: [NestedBlock] = []
        var unknown: LocalizedText?
        for block in instance.block.body.blocks(type) {
            result.append((arguments(of: block.body, instance.scope), Location(block.position)))
        }
        for block in instance.block.body.blocks("dynamic") where block.labels == [type] {
            guard let content = block.body.blocks("content").first, let forEach = block.body.attribute("for_each") else { continue }
            let collection = evaluate(forEach.value, instance.scope)
            if let reason = collection.unknownReason {
                unknown = LocalizedText(TerraformValueReason.dynamicForEachUnknown(type: type, position: "\(forEach.position)", reason: reason))
                continue
            }
            let iterator = block.body.attribute("iterator")?.value.traversal?.first ?? type
            for (key, element) in pairs(collection) {
                var scope = instance.scope
                scope[iterator] = .object(["key": key, "value": element])
                result.append((arguments(of: content.body, scope), Location(block.position)))
            }
        }
        if let attribute = instance.block.body.attribute(type) {
            let value = evaluate(attribute.value, instance.scope)
            if let reason = value.unknownReason { unknown = LocalizedText(TerraformValueReason.blockAttributeUnknown(type: type, position: "\(attribute.position)", reason: reason)) }
            result += TerraformValue.objects(value).map { ($0, Location(attribute.position)) }
        }
        return (result, unknown)
    }

    private func arguments(of body: Body, _ scope: [String: TerraformValue]) -> [String: TerraformValue] {
        var arguments: [String: TerraformValue] = [:]
        for attribute in body.attributes { arguments[attribute.name] = evaluate(attribute.value, scope) }
        return arguments
    }
}
