internal import Localization
internal import Topology

/// Why a template value cannot be known before deployment (a parameter without a value, an
/// import of a stack not given, an attribute AWS chooses) or why a nested template or a module
/// was not read, by typed key. English in `EvaluationReason+en.swift`, Japanese in
/// `EvaluationReason+ja.swift`. Rules show it inside their *unverified* notes.
enum EvaluationReason: CatalogEntry {
    // MARK: Values

    /// A physical id (`value`, tokens shown as logical ids) exists only once the stack is deployed.
    case knownAfterDeployment(value: String)
    /// `Fn::Cidr` over a block that holds a physical id.
    case blockKnownAfterDeployment(block: String)
    /// The value is absent (`AWS::NoValue`, a null) where one is read.
    case noValue
    /// A list or a mapping (`found`, as displayed) where one value is read.
    case notSingleValue(found: String)
    /// A list or a mapping (`found`, as displayed) where a resource id is read.
    case notResourceID(found: String)
    /// `reason` with where the value comes from (`file:line:column`).
    case located(reason: LocalizedText, location: String)
    /// `text` where a whole number is read (a port, a rule number).
    case notWholeNumber(text: String)
    /// `text` where an IPv4 CIDR block is read.
    case notIPv4Block(text: String)
    /// `text` where an IPv4 or IPv6 CIDR block is read.
    case notCIDRBlock(text: String)
    /// A value that is neither given nor explained (a nested stack link without a reason).
    case unspecified

    // MARK: Parameters

    /// An `AWS::SSM::Parameter::Value<…>` parameter without a default or a given value.
    case parameterFromSSM(parameter: String, stack: String)
    /// A parameter without a default or a given value.
    case parameterWithoutValue(parameter: String, stack: String)
    /// A parameter of a Rain module (`module`, read from `file`) that the using resource gives no value.
    case moduleParameterWithoutValue(parameter: String, module: String, file: String)

    // MARK: Intrinsic functions

    /// An intrinsic function (`function`) beside other keys in one mapping, at `location`.
    case intrinsicNotAlone(function: String, location: String)
    /// `Fn::GetAtt` whose attribute name is not known.
    case attributeNameUnknown(resource: String)
    /// `Fn::ImportValue` whose export name is unknown.
    case exportNameUnknown(reason: LocalizedText)
    /// `Fn::GetAZs` whose region is not known.
    case getAZsRegionUnknown
    /// `Fn::If` whose condition is unknown and whose two values differ.
    case dependsOnCondition(condition: String, reason: LocalizedText)
    /// `Fn::Cidr` over an IPv6 block, which albdoctor does not evaluate.
    case cidrOverIPv6(block: String)
    /// `Fn::Transform`, `Fn::GetStackOutput`: functions CloudFormation or a macro runs.
    case evaluatedAtDeployTime(function: String)
    /// `Fn::GetAtt` of an attribute AWS chooses when the resource's property is absent.
    case chosenByAWS(resource: String, attribute: String)
    /// `Fn::GetAtt Firewall.EndpointIds` of a firewall without `SubnetMappings`.
    case firewallWithoutSubnetMappings(firewall: String)
    /// `Fn::GetAtt Firewall.EndpointIds` of a firewall whose `SubnetMappings` are unknown.
    case firewallSubnetMappingsUnknown(firewall: String, reason: LocalizedText)

    // MARK: Imports

    /// An export name that more than one given stack exports (`stacks`).
    case exportedByMany(name: String, stacks: [String])
    /// An export of a stack deployed to another account or region (`exporterPlace`,
    /// `ACCOUNT/REGION`) than the importing `stack` (`place`).
    case exportedElsewhere(name: String, exporter: String, exporterPlace: String, stack: String, place: String)
    /// An export no given stack makes, and a name one does that differs only in case.
    case notExportedDidYouMean(name: String, near: String)
    /// An export no given stack makes.
    case notExported(name: String)

    // MARK: Nested stacks and loops

    /// `Fn::GetAtt X.Outputs.Y` of a nested stack albdoctor has no link for.
    case nestedTemplateNotKnown(logicalID: String)
    /// `Fn::GetAtt X.Outputs.Y` of a nested stack whose template was not read, and why.
    case nestedTemplateNotRead(logicalID: String, output: String, reason: LocalizedText)
    /// `Fn::GetAtt X.Outputs.Y` of a nested stack whose template (`file`) has no such output.
    case nestedOutputMissing(logicalID: String, file: String, output: String)
    /// A nested stack whose template (`location`) is its own or an ancestor's.
    case nestedInItself(location: String, stack: String)
    /// A nested stack more than `levels` deep.
    case nestedTooDeep(location: String, levels: Int)
    /// Nested templates are not looked for (no folders to look in).
    case nestedTemplatesNotRead
    /// `--template-url URL=PATH` naming a file outside the folders linted.
    case templateURLOutside(url: String, path: String)
    /// A template URL without a file name.
    case urlNamesNoFile(url: String)
    /// A template URL whose last path components (`suffix`) no template below the folders has.
    case noTemplateEndsWith(suffix: String, url: String)
    /// A template path outside the folders linted.
    case outsideFolders(location: String)
    /// A template path that does not exist (`absolute`), and the file with the other YAML
    /// ending (`otherEnding`) when that one exists.
    case fileMissing(location: String, absolute: String, otherEnding: String?)
    /// A `Fn::ForEach` loop (`loop`, at `location`) not written as its three parts.
    case loopNotShaped(loop: String, location: String)
    /// A `Fn::ForEach` collection that is a value (`found`) but not a list of strings.
    case notListOfStrings(found: String)
    /// A `Fn::ForEach` loop whose collection cannot be evaluated.
    case loopCollectionUnknown(loop: String, location: String, reason: LocalizedText)

    // MARK: Modules

    /// A name taken to be a resource of a module that was not read.
    case unreadModuleResource(name: String, module: String, reason: LocalizedText)
    /// A registry module (`type`), whose resources CloudFormation adds at deploy time.
    case registryModule(type: String)
    /// A Rain module (`path`) more than `levels` modules deep.
    case moduleTooDeep(path: String, levels: Int)
    /// A Rain module at a URL (`path`), not in a file below the folders given.
    case remoteModule(path: String)
    /// Modules are not read (no folders to read them from).
    case modulesNotRead
    /// A Rain module file that cannot be read (`error`, as the system says it).
    case moduleUnreadable(file: String, error: String)
    /// A Rain module file without a `Resources` section.
    case notAModule(file: String)
}

extension Known {
    /// An unknown whose reason is `reason`.
    static func unknown(_ reason: EvaluationReason) -> Known { .unknown(reason: LocalizedText(reason)) }
}
