extension TemplateSyntaxText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .yamlSyntax(let detail): "YAML syntax error: \(detail)"
        case .notUTF8Text(let problem): "cannot read the file as UTF-8 text: \(problem)"
        case .duplicateKeysInMapping(let keys): "duplicate key \(keys.joined(separator: ", ")) in a mapping; each key may appear once"
        case .yamlError(let error): "YAML error: \(error)"
        case .unreadableYAML(let error): error
        case .aliasBomb(let limit, let anchor):
            "YAML aliases expand this template past \(limit) values\(anchor.map { " (through the alias of &\($0))" } ?? ""); CloudFormation does not accept aliases, and a template this large is an alias bomb"
        case .keyNotPlain(let found): "expected a plain key, found \(found.english) used as a key"
        case .aliasesNotSupported: "YAML aliases are not supported by CloudFormation"
        case .getAttShorthand(let found): "!GetAtt expects Resource.Attribute, found '\(found)'"
        case .jsonDuplicateKey(let key): "duplicate key \"\(key)\" in an object; each key may appear once"
        case .json(let expected, let found): "JSON syntax error: expected \(expected.english), found \(Self.englishFound(found))"
        case .jsonTooDeep(let levels, let found): "JSON syntax error: nesting deeper than \(levels) levels, found \(Self.englishFound(found))"
        case .notATemplate(let found): "expected a CloudFormation template (a mapping with a Resources section), found \(found.english)"
        case .noResourcesSection: "expected a CloudFormation template: there is no Resources section"
        case .resourceNotMapping(let resource, let found): "resource \(resource) must be a mapping with a Type, found \(found.english)"
        case .resourceWithoutType(let resource): "resource \(resource) has no Type; expected e.g. Type: AWS::EC2::Subnet"
        case .propertiesNotMapping(let resource, let found): "Properties of \(resource) must be a mapping, found \(found.english)"
        case .outputWithoutValue(let output): "output \(output) has no Value"
        case .sectionNotMapping(let section, let found): "the \(section) section must be a mapping, found \(found.english)"
        case .dependencyCycle(let resources):
            "circular dependency between resources: \(resources.joined(separator: " → ")); CloudFormation cannot order them"
        case .overridesNotMapping(let resource, let module, let found):
            "Overrides.\(resource) of \(module) must be a mapping of the parts of the module's resource \(resource) to change (e.g. DependsOn: X), found \(found.english)"
        }
    }

    /// The character a JSON syntax error found, or the end of the file.
    private static func englishFound(_ found: String?) -> String {
        found.map { "'\($0)'" } ?? "the end of the file"
    }
}
