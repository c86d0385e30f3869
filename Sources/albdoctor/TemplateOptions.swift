import ArgumentParser
import LintPipeline

/// How templates are deployed: the flags `lint` and `diagnose` share, parsed once into values.
struct TemplateOptions: ParsableArguments {
    @Option(name: .customLong("stack"), help: ArgumentHelp("A template deployed under a given stack name.", valueName: "name=path"))
    var stacks: [PathAssignment] = []

    @Option(name: .customLong("parameter"), help: ArgumentHelp(
        "A parameter value for every stack (KEY=VALUE) or one stack (STACK.KEY=VALUE); pseudo parameters too (AWS::AccountId=…).",
        valueName: "[stack.]key=value"))
    var parameters: [String] = []

    @Option(name: .customLong("template-url"), help: ArgumentHelp(
        "The local template of a nested stack's TemplateURL, when its path does not end like the file's.", valueName: "url=path"))
    var templateURLs: [PathAssignment] = []

    /// The pipeline for `paths` and these stacks, in `region` (nil: the default region).
    func lint(paths: [String], region given: String?) -> TemplateLint {
        TemplateLint(
            paths: paths, named: stacks.map { (name: $0.key, path: $0.path) }, parameters: parameters,
            templateURLs: Dictionary(templateURLs.map { ($0.key, $0.path) }, uniquingKeysWith: { _, last in last }),
            region: given ?? "us-east-1", regionIsDefault: given == nil)
    }
}
