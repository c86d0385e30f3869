internal import Localization

/// The messages of the errors met before any template is read, by typed key: files and folders
/// that cannot be read, CDK cloud assemblies, `--parameter` and `--stack`, and why a file of a
/// folder is skipped as not a template. English in `TemplateLoadText+en.swift`, Japanese in
/// `TemplateLoadText+ja.swift`. Foundation's own error texts are shown as they are.
enum TemplateLoadText: CatalogEntry {
    // MARK: files and folders

    /// A path given that does not exist.
    case noSuchFileOrFolder
    /// A folder whose entries cannot be listed (`error`: Foundation's text).
    case cannotListFolder(error: String)
    /// A folder without a template in it or in its subfolders.
    case folderHoldsNoTemplate
    /// A folder without a template of its own whose `subfolders` hold some (sorted): each is a
    /// deployment of its own, to lint one at a time (`example`: the path of the first).
    case templatesInSubfolders(subfolders: [String], example: String)
    /// A template path that is a folder.
    case isAFolder
    /// A file that exists but cannot be read.
    case cannotBeRead
    /// A template path that does not exist.
    case noSuchFile
    /// A file that is not UTF-8 text.
    case notUTF8
    /// The template of nested stack `logicalID` of `parentFile` cannot be read (`error`:
    /// Foundation's text).
    case nestedTemplateUnreadable(logicalID: String, parentFile: String, error: String)

    // MARK: CDK cloud assemblies

    /// A stack artifact of a `manifest.json` without its template file.
    case stackArtifactWithoutTemplate(id: String)
    /// A stage assembly whose folder holds no `manifest.json`.
    case stageWithoutManifest(id: String, folder: String)
    /// A `manifest.json` that is not a JSON object.
    case manifestNotAnObject

    // MARK: the command's arguments

    /// Every file given was skipped as not a template: each with why.
    case noTemplateGiven(skipped: [(file: String, reason: LocalizedText)])
    /// Two templates that would deploy as the same stack.
    case sameStackName(stack: String)
    /// A `--parameter` without `=`, or with nothing before it.
    case parameterNotKeyValue(assignment: String)
    /// A `--parameter STACK.KEY=VALUE` for a stack not given (`stacks`: those given, sorted).
    case parameterForMissingStack(assignment: String, stack: String, stacks: [String])
    /// A `--parameter STACK.KEY=VALUE` for a parameter the stack does not declare.
    case parameterNotDeclaredByStack(assignment: String, stack: String, parameter: String)
    /// A `--parameter KEY=VALUE` for a parameter no stack declares.
    case parameterNotDeclared(assignment: String, parameter: String)

    // MARK: files of a folder skipped as not templates

    /// The document is not a mapping: `found` is what it is.
    case skippedNotAMapping(found: NodeKindName)
    /// The mapping has no Resources section.
    case skippedNoResources
    /// The file is not YAML or JSON, and nothing in it looks like a template.
    case skippedNotYAMLOrJSON
}
