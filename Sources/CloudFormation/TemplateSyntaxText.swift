internal import Localization

/// The messages of the errors met reading a template: YAML and JSON that cannot be read, and a
/// document that is not a CloudFormation template or whose sections are not shaped as one. By
/// typed key; English in `TemplateSyntaxText+en.swift`, Japanese in `TemplateSyntaxText+ja.swift`.
/// The YAML library's own texts (its problem and context) are shown as they are.
enum TemplateSyntaxText: CatalogEntry {
    // MARK: YAML

    /// The YAML library's scanner, parser or composer refused the text (`detail`: its words).
    case yamlSyntax(detail: String)
    /// The YAML library could not read the bytes as UTF-8 (`problem`: its words).
    case notUTF8Text(problem: String)
    /// A mapping with the same key twice.
    case duplicateKeysInMapping(keys: [String])
    /// Another error of the YAML library (`error`: its words).
    case yamlError(error: String)
    /// An error from reading the YAML that is not the library's own kind (`error`: its text).
    case unreadableYAML(error: String)
    /// YAML aliases that expand past `limit` values (`anchor`: the anchor whose alias did it).
    case aliasBomb(limit: Int, anchor: String?)
    /// A mapping or a list used as a key (`found`).
    case keyNotPlain(found: NodeKindName)
    /// An alias the YAML library gave as such.
    case aliasesNotSupported
    /// `!GetAtt text` whose text has no dot.
    case getAttShorthand(found: String)

    // MARK: JSON

    /// An object with the same key twice.
    case jsonDuplicateKey(key: String)
    /// JSON syntax: what was expected, and the character found (nil at the end of the file).
    case json(expected: JSONExpectation, found: String?)
    /// JSON nested deeper than `levels` (`found`: the character that went deeper).
    case jsonTooDeep(levels: Int, found: String?)

    // MARK: the template's shape

    /// A document that is not a mapping: `found` is what it is.
    case notATemplate(found: NodeKindName)
    /// A mapping without a Resources section.
    case noResourcesSection
    /// A resource that is not a mapping.
    case resourceNotMapping(resource: String, found: NodeKindName)
    /// A resource without a Type.
    case resourceWithoutType(resource: String)
    /// A resource's Properties that are not a mapping.
    case propertiesNotMapping(resource: String, found: NodeKindName)
    /// An output without a Value.
    case outputWithoutValue(output: String)
    /// A section (Parameters, Mappings, …) that is not a mapping.
    case sectionNotMapping(section: String, found: NodeKindName)
    /// Resources that depend on each other in a circle, in order, the first again at the end.
    case dependencyCycle(resources: [String])
    /// `Overrides.resource` of the Rain module used as `module` that is not a mapping.
    case overridesNotMapping(resource: String, module: String, found: NodeKindName)
}
