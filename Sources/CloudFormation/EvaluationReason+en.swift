internal import Localization

extension EvaluationReason {
    /// The English of every entry.
    var english: String {
        switch self {
        case .knownAfterDeployment(let value):
            "'\(value)' is known only after deployment"
        case .blockKnownAfterDeployment(let block):
            "the block \(block) is known only after deployment"
        case .noValue:
            "no value"
        case .notSingleValue(let found):
            "expected a single value, found \(found)"
        case .notResourceID(let found):
            "expected a resource id, found \(found)"
        case .located(let reason, let location):
            "\(reason.english) (\(location))"
        case .notWholeNumber(let text):
            "'\(text)' is not a whole number"
        case .notIPv4Block(let text):
            "'\(text)' is not an IPv4 CIDR block"
        case .notCIDRBlock(let text):
            "'\(text)' is not a CIDR block"
        case .unspecified:
            "unknown"
        case .parameterFromSSM(let parameter, let stack):
            "parameter \(parameter) of stack \(stack) is read from SSM Parameter Store at deploy time; pass --parameter \(stack).\(parameter)=VALUE"
        case .parameterWithoutValue(let parameter, let stack):
            "parameter \(parameter) of stack \(stack) has no value; pass --parameter \(stack).\(parameter)=VALUE"
        case .moduleParameterWithoutValue(let parameter, let module, let file):
            "parameter \(parameter) of Rain module \(module) (\(file)) has no value; give it in the Properties of \(module)"
        case .intrinsicNotAlone(let function, let location):
            "\(function) must be the only key of its mapping (\(location))"
        case .attributeNameUnknown(let resource):
            "the attribute name of Fn::GetAtt \(resource) is not known"
        case .exportNameUnknown(let reason):
            "the export name is unknown (\(reason.english))"
        case .getAZsRegionUnknown:
            "the region of Fn::GetAZs is unknown"
        case .dependsOnCondition(let condition, let reason):
            "it depends on condition \(condition), which is unknown: \(reason.english)"
        case .cidrOverIPv6(let block):
            "Fn::Cidr over the IPv6 block \(block) is not evaluated"
        case .evaluatedAtDeployTime(let function):
            "\(function) is evaluated by CloudFormation (or a macro) at deploy time, not by albdoctor"
        case .chosenByAWS(let resource, let attribute):
            "\(resource).\(attribute) is chosen by AWS at deploy time"
        case .firewallWithoutSubnetMappings(let firewall):
            "\(firewall) has no SubnetMappings, so its endpoints are unknown"
        case .firewallSubnetMappingsUnknown(let firewall, let reason):
            "the endpoints of \(firewall) follow its SubnetMappings, which are unknown (\(reason.english))"
        case .exportedByMany(let name, let stacks):
            "'\(name)' is exported by more than one stack (\(stacks.joined(separator: ", "))), so which value it imports is not known"
        case .exportedElsewhere(let name, let exporter, let exporterPlace, let stack, let place):
            "'\(name)' is exported by \(exporter), which deploys to \(exporterPlace), not where \(stack) deploys (\(place)); an import reads only its own account and region"
        case .notExportedDidYouMean(let name, let near):
            "no given stack exports '\(name)'; did you mean '\(near)'?"
        case .notExported(let name):
            "no given stack exports '\(name)'; pass the stack that exports it (a template path or --stack NAME=PATH)"
        case .nestedTemplateNotKnown(let logicalID):
            "the template of nested stack \(logicalID) is not known"
        case .nestedTemplateNotRead(let logicalID, let output, let reason):
            "\(logicalID).Outputs.\(output) comes from the template of nested stack \(logicalID), which albdoctor did not read: \(reason.english)"
        case .nestedOutputMissing(let logicalID, let file, let output):
            "the template of nested stack \(logicalID) (\(file)) has no output \(output)"
        case .nestedInItself(let location, let stack):
            "\(location) is the template of \(stack) itself or of a stack that contains it"
        case .nestedTooDeep(let location, let levels):
            "\(location) is nested more than \(levels) levels deep"
        case .nestedTemplatesNotRead:
            "nested templates are not read here"
        case .templateURLOutside(let url, let path):
            "--template-url \(url)=\(path) names a file outside the folders given"
        case .urlNamesNoFile(let url):
            "the URL \(url) names no file"
        case .noTemplateEndsWith(let suffix, let url):
            "no template below the folders given ends with \(suffix) (from \(url)); lint the folder that holds it or pass --template-url \(url)=PATH"
        case .outsideFolders(let location):
            "\(location) is outside the folders given; albdoctor reads no template there"
        case .fileMissing(let location, let absolute, let otherEnding):
            "\(location) does not exist (looked for \(absolute))" + (otherEnding.map { "; \($0) does: is that the one meant?" } ?? "")
        case .loopNotShaped(let loop, let location):
            "\(loop) at \(location) is not [Identifier, Collection, {OutputKey: OutputValue}]"
        case .notListOfStrings(let found):
            "it is \(found), not a list of strings"
        case .loopCollectionUnknown(let loop, let location, let reason):
            "the collection of \(loop) at \(location) cannot be evaluated: \(reason.english)"
        case .unreadModuleResource(let name, let module, let reason):
            "\(name) is taken to be a resource of module \(module), whose resources are unverified: \(reason.english)"
        case .registryModule(let type):
            "CloudFormation adds them from the registry module \(type) at deploy time, and albdoctor does not read the registry"
        case .moduleTooDeep(let path, let levels):
            "\(path) is nested more than \(levels) modules deep"
        case .remoteModule(let path):
            "albdoctor reads modules only from files below the folders given, not from \(path)"
        case .modulesNotRead:
            "modules are not read here"
        case .moduleUnreadable(let file, let error):
            "\(file) cannot be read: \(error)"
        case .notAModule(let file):
            "\(file) is not a module: it has no Resources section"
        }
    }
}
