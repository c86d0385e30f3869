internal import Localization

/// What a template node is, as an error names what it found ("found a list"): a typed key of
/// the catalog. English in `NodeKindName+en.swift`, Japanese in `NodeKindName+ja.swift`.
enum NodeKindName: CatalogEntry {
    /// A scalar (text, a number, a boolean).
    case scalar
    /// A null (`~`, `null` or nothing).
    case null
    /// A list.
    case list
    /// A mapping.
    case mapping
    /// A document with no node at all.
    case emptyDocument
}
