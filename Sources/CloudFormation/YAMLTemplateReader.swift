internal import Findings
internal import Yams

/// Reads a YAML template into `TemplateNode`s, with 1-based line/column marks and every
/// CloudFormation short-form tag turned into its long form.
///
/// Aliases (`*name`) are resolved by reference: the YAML library gives the anchored node
/// itself, not a copy, and the walk below counts the values it produces. Past
/// ``maximumValues`` — a template that large is refused by CloudFormation anyway (1 MB at most),
/// so only an alias bomb gets there — reading stops with an error at the anchor that expands.
enum YAMLTemplateReader {
    /// The most values (scalars, lists, mappings) a template may expand to.
    static let maximumValues = 2_000_000

    /// What a read found besides the nodes.
    struct Reading {
        var root: TemplateNode?
        /// Where the first alias points (its anchor), when the template uses aliases.
        var firstAlias: Location?
    }

    static func reading(_ text: String, file: String) throws(TemplateError) -> Reading {
        let root: Node?
        do {
            // No implicit-type regexes: CloudFormation reads every scalar as text; nulls are
            // recognised below. This is most of the parsing time saved.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw translate(error, file: file)
        } catch {
            throw TemplateError.syntax(.unreadableYAML(error: "\(error)"), at: Location(file: file, line: 1, column: 1))
        }
        guard let root else { return Reading(root: nil) }
        var walk = Walk(file: file)
        let node = try walk.convert(root)
        return Reading(root: node, firstAlias: walk.firstAlias)
    }

    /// The plain scalars YAML reads as null.
    private static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

    private static func location(_ mark: Mark?, file: String) -> Location {
        Location(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// One walk over the composed document, counting what it produces.
    private struct Walk {
        let file: String
        var values = 0
        /// Where the lists and mappings already walked start: every node of the document starts
        /// at its own place, so meeting a place again is an alias of the node there.
        var walked: Set<Int> = []
        var firstAlias: Location?

        init(file: String) { self.file = file }

        mutating func convert(_ node: Node) throws(TemplateError) -> TemplateNode {
            values += 1
            if firstAlias == nil, let mark = node.mark, !node.isScalar, !walked.insert(mark.line << 24 | mark.column).inserted {
                firstAlias = YAMLTemplateReader.location(mark, file: file)
            }
            if values > YAMLTemplateReader.maximumValues {
                throw TemplateError.syntax(
                    .aliasBomb(limit: YAMLTemplateReader.maximumValues, anchor: node.anchor?.rawValue),
                    at: YAMLTemplateReader.location(node.mark, file: file))
            }
            return try YAMLTemplateReader.convert(node, file: file, walk: &self)
        }
    }

    private static func convert(_ node: Node, file: String, walk: inout Walk) throws(TemplateError) -> TemplateNode {
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
            for item in sequence { items.append(try walk.convert(item)) }
            plain = TemplateNode(kind: .sequence(items), location: here)
        case .mapping(let mapping):
            var entries: [TemplateNode.Entry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw TemplateError.syntax(.keyNotPlain(found: key.isMapping ? .mapping : .list), at: location(key.mark, file: file))
                }
                entries.append(TemplateNode.Entry(key: keyScalar.string, keyLocation: location(key.mark, file: file), value: try walk.convert(value)))
            }
            plain = TemplateNode(kind: .mapping(entries), location: here)
        case .alias:
            throw TemplateError.syntax(.aliasesNotSupported, at: here)
        }
        guard tag.hasPrefix("!"), !tag.hasPrefix("!!") else { return plain }
        let name = String(tag.dropFirst())
        let longName = (name == "Ref" || name == "Condition") ? name : "Fn::\(name)"
        var argument = plain
        if name == "GetAtt", case .scalar(let text) = plain.kind {
            // `!GetAtt Resource.Attribute` is the list form's shorthand.
            guard let dot = text.firstIndex(of: ".") else {
                throw TemplateError.invalid(.getAttShorthand(found: text), at: here)
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
            return .syntax(.yamlSyntax(detail: detail), at: location(mark, file: file))
        case .reader(let problem, _, _, _):
            return .syntax(.notUTF8Text(problem: problem), at: Location(file: file, line: 1, column: 1))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .syntax(.duplicateKeysInMapping(keys: duplicates), at: location(context.mark, file: file))
        default:
            return .syntax(.yamlError(error: "\(error)"), at: Location(file: file, line: 1, column: 1))
        }
    }
}

extension Node {
    fileprivate var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }

    fileprivate var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }
}
