public import Findings

/// A template value as written, with where it was written. YAML short-form tags are already
/// turned into their long form (`!Ref X` is the mapping `{Ref: X}`), so YAML and JSON templates
/// read the same from here on.
public struct TemplateNode: Sendable {
    public enum Kind: Sendable {
        /// Strings, numbers and booleans, kept as written (`80`, `true`).
        case scalar(String)
        case null
        case sequence([TemplateNode])
        case mapping([Entry])
    }

    /// One key of a mapping, with the key's own location.
    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: Location
        public var value: TemplateNode
    }

    public var kind: Kind
    public var location: Location

    /// The value under `key` when this is a mapping.
    public subscript(key: String) -> TemplateNode? {
        guard case .mapping(let entries) = kind else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// The entries when this is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = kind { return entries }
        return nil
    }

    /// The text when this is a scalar.
    public var scalar: String? {
        if case .scalar(let text) = kind { return text }
        return nil
    }

    /// What this node is, for error messages ("a mapping", "a list", …).
    var kindName: NodeKindName {
        switch kind {
        case .scalar: .scalar
        case .null: .null
        case .sequence: .list
        case .mapping: .mapping
        }
    }
}
