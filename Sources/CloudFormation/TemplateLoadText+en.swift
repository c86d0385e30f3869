internal import Localization

extension TemplateLoadText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .noSuchFileOrFolder: "no such file or folder"
        case .cannotListFolder(let error): "cannot list the folder: \(error)"
        case .folderHoldsNoTemplate: "the folder holds no template (.yaml, .yml, .json or .template files)"
        case .templatesInSubfolders(let subfolders, let example):
            Self.folderHoldsNoTemplate.english
                + "; its subfolders \(Self.shown(subfolders)) do, each a deployment of its own: lint them one at a time, e.g. `albdoctor lint \(example)`"
        case .isAFolder: "is a folder, expected a template file"
        case .cannotBeRead: "cannot be read (permissions?)"
        case .noSuchFile: "no such file"
        case .notUTF8: "is not UTF-8 text, so it cannot be a template"
        case .nestedTemplateUnreadable(let logicalID, let parentFile, let error):
            "cannot be read as the template of nested stack \(logicalID) (\(parentFile)): \(error)"
        case .stackArtifactWithoutTemplate(let id): "stack artifact '\(id)' has no properties.templateFile; expected the manifest `cdk synth` writes"
        case .stageWithoutManifest(let id, let folder): "stage assembly '\(id)' names the folder \(folder), which holds no manifest.json"
        case .manifestNotAnObject: "is not a JSON object; expected the cloud assembly manifest `cdk synth` writes"
        case .noTemplateGiven(let skipped):
            "no file given is a CloudFormation template: " + skipped.map { "\($0.file) (\($0.reason.english))" }.joined(separator: ", ")
        case .sameStackName(let stack): "two templates deploy as stack '\(stack)'; name one with --stack NAME=PATH"
        case .parameterNotKeyValue(let assignment): "--parameter '\(assignment)': expected KEY=VALUE or STACK.KEY=VALUE"
        case .parameterForMissingStack(let assignment, let stack, let stacks):
            "--parameter '\(assignment)': there is no stack '\(stack)'; stacks are \(stacks.joined(separator: ", "))"
        case .parameterNotDeclaredByStack(let assignment, let stack, let parameter):
            "--parameter '\(assignment)': stack '\(stack)' declares no parameter '\(parameter)'"
        case .parameterNotDeclared(let assignment, let parameter): "--parameter '\(assignment)': no stack declares a parameter '\(parameter)'"
        case .skippedNotAMapping(let found): "not a template (a mapping with a Resources section), found \(found.english)"
        case .skippedNoResources: "not a template: there is no Resources section"
        case .skippedNotYAMLOrJSON: "not YAML or JSON that CloudFormation reads"
        }
    }

    /// The first three subfolders, and how many more.
    private static func shown(_ subfolders: [String]) -> String {
        subfolders.prefix(3).joined(separator: ", ") + (subfolders.count > 3 ? " and \(subfolders.count - 3) more" : "")
    }
}
