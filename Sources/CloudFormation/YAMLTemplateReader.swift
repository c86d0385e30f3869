public import Findings
internal import Yams

/// Reads a YAML template into `TemplateNode`s, with 1-based line/column marks and every
/// CloudFormation short-form tag turned into its long form.
enum YAMLTemplateReader {
    static func read(_ text: String, file: String) throws(TemplateError) -> TemplateNode? {
        let root: Node?
        do {
            // No implicit-type regexes: CloudFormation reads every scalar as text; nulls are
            // recognised below. This is most of the parsing time saved.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw translate(error, file: file)
        } catch {
            throw TemplateError.syntax("\(error)", at: Location(file: file, line: 1, column: 1))
        }
        guard let root else { return nil }
        return try convert(root, file: file)
    }

    /// The plain scalars YAML reads as null.
    private static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    private static func location(_ mark: Mark?, file: String) -> Location {
        Location(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, file: String) throws(TemplateError) -> TemplateNode {
        let here = location(node.mark, file: file)
        let tag = node.tag.description
        let plain: TemplateNode
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, YAMLTemplateReader.nullSpellings.contains(scalar.string) {
                plain = TemplateNode(kind: .null, location: here)
            } else {
                plain = TemplateNode(kind: .scalar(scalar.string), location: here)
            }
        case .sequence(let sequence):
            var items: [TemplateNode] = []
            for item in sequence { items.append(try convert(item, file: file)) }
            plain = TemplateNode(kind: .sequence(items), location: here)
        case .mapping(let mapping):
            var entries: [TemplateNode.Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw TemplateError.syntax("expected a plain key, found a \(key.isMapping ? "mapping" : "list") used as a key", at: location(key.mark, file: file))
                }
                entries.append(TemplateNode.Entry(key: keyScalar.string, keyLocation: location(key.mark, file: file), value: try convert(value, file: file)))
            }
            plain = TemplateNode(kind: .mapping(entries), location: here)
        case .alias:
            throw TemplateError.syntax("YAML aliases are not supported by CloudFormation", at: here)
        }
        guard tag.hasPrefix("!"), !tag.hasPrefix("!!") else { return plain }
        let name = String(tag.dropFirst())
        let longName = (name == "Ref" || name == "Condition") ? name : "Fn::\(name)"
        var argument = plain
        if name == "GetAtt", case .scalar(let text) = plain.kind {
            // `!GetAtt Resource.Attribute` is the list form's shorthand.
            guard let dot = text.firstIndex(of: ".") else {
                throw TemplateError.invalid("!GetAtt expects Resource.Attribute, found '\(text)'", at: here)
            }
            argument = TemplateNode(kind: .sequence([
                TemplateNode(kind: .scalar(String(text[..<dot])), location: here),
                TemplateNode(kind: .scalar(String(text[text.index(after: dot)...])), location: here),
            ]), location: here)
        }
        return TemplateNode(kind: .mapping([.init(key: longName, keyLocation: here, value: argument)]), location: here)
    }

    private static func translate(_ error: YamlError, file: String) -> TemplateError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .syntax("YAML syntax error: \(detail)", at: location(mark, file: file))
        case .reader(let problem, _, _, _):
            return .syntax("cannot read the file as UTF-8 text: \(problem)", at: Location(file: file, line: 1, column: 1))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax("duplicate key \(duplicates.joined(separator: ", ")) in a mapping; each key may appear once", at: location(context.mark, file: file))
        default:
            return .syntax("YAML error: \(error)", at: Location(file: file, line: 1, column: 1))
        }
    }
}

extension Node {
    fileprivate var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }
}
