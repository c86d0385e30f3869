import ArgumentParser
import LintPipeline
import Localization
import Reports

/// How templates are deployed: the flags `lint` and `diagnose` share, parsed once into values.
struct TemplateOptions: ParsableArguments {
    @Option(name: .customLong("stack"), help: Help.argument(OptionGroupHelp.stack, valueName: "name=path"))
    var stacks: [PathAssignment] = []

    @Option(name: .customLong("parameter"), help: Help.argument(OptionGroupHelp.parameter, valueName: "[stack.]key=value"))
    var parameters: [String] = []

    @Option(name: .customLong("template-url"), help: Help.argument(OptionGroupHelp.templateURL, valueName: "url=path"))
    var templateURLs: [PathAssignment] = []

    /// The pipeline for `paths` and these stacks, in `region` (nil: the default region).
    func lint(paths: [String], region given: String?) -> TemplateLint {
        TemplateLint(
            paths: paths, named: stacks.map { (name: $0.key, path: $0.path) }, parameters: parameters,
            templateURLs: Dictionary(templateURLs.map { ($0.key, $0.path) }, uniquingKeysWith: { _, last in last }),
            region: given ?? "us-east-1", regionIsDefault: given == nil)
    }
}
