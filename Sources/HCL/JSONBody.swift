/// HCL's JSON syntax (`.tf.json`): a JSON object whose properties are attributes or blocks.
///
/// JSON is read with the native expression parser (a JSON document is an HCL object
/// expression; its strings are templates, as the JSON syntax says), then mapped onto the same
/// ``Body`` as native files. Which properties are blocks, and how many labels they have, is
/// the caller's schema: at the top level a property named in `blockLabels` is a block type
/// whose nested objects give the labels, one level per label.
public enum JSONBody {
    public static func parse(_ text: String, file: String, blockLabels: [String: Int]) throws(HCLError) -> Body {
        let root = try HCLParser.parseExpression(text, file: file)
        guard case .object(let items) = root.kind else {
            throw HCLError(position: root.position, expected: .jsonObjectAtTop, found: .anotherValue)
        }
        var body = Body(position: root.position)
        for item in items {
            let name = try keyText(item.key)
            if name == "//" { continue }
            guard let labels = blockLabels[name] else {
                body.attributes.append(Attribute(name: name, value: item.value, position: item.key.position))
                continue
            }
            body.blocks += try blocks(type: name, labels: labels, value: item.value, prefix: [], at: item.key.position)
        }
        return body
    }

    /// A block's content: an object (or a list of objects, for repeated blocks) whose
    /// properties are its attributes.
    public static func attributes(of value: Expression) throws(HCLError) -> Body {
        guard case .object(let items) = value.kind else {
            throw HCLError(position: value.position, expected: .jsonObjectForBlockContent, found: .anotherValue)
        }
        var body = Body(position: value.position)
        for item in items {
            let name = try keyText(item.key)
            if name == "//" { continue }
            body.attributes.append(Attribute(name: name, value: item.value, position: item.key.position))
        }
        return body
    }

    private static func blocks(type: String, labels: Int, value: Expression, prefix: [String], at position: Position) throws(HCLError) -> [Block] {
        if case .tuple(let elements) = value.kind {
            var result: [Block] = []
            for element in elements { result += try blocks(type: type, labels: labels, value: element, prefix: prefix, at: position) }
            return result
        }
        if prefix.count == labels {
            return [Block(type: type, labels: prefix, body: try attributes(of: value), position: position)]
        }
        guard case .object(let items) = value.kind else {
            throw HCLError(position: value.position, expected: .jsonObjectKeyedByLabels(blockType: type), found: .anotherValue)
        }
        var result: [Block] = []
        for item in items {
            let label = try keyText(item.key)
            if label == "//" { continue }
            result += try blocks(type: type, labels: labels, value: item.value, prefix: prefix + [label], at: item.key.position)
        }
        return result
    }

    private static func keyText(_ key: Expression) throws(HCLError) -> String {
        if case .template(let parts) = key.kind {
            var text = ""
            for part in parts {
                guard case .literal(let literal) = part else { return "" }
                text += literal
            }
            return text
        }
        throw HCLError(position: key.position, expected: .jsonStringAsPropertyName, found: .anotherValue)
    }
}
