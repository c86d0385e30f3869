internal import Localization

extension TemplateNoteText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .yamlAliases(let file, let line):
            "\(file) uses YAML aliases (the first at line \(line)), which CloudFormation does not accept; deploy the template `aws cloudformation package` or `sam build` writes, which resolves them as albdoctor did."
        case .exportedTwice(let name, let others):
            "Export name '\(name)' is also exported by \(others.joined(separator: ", ")); export names are unique in a region, so CloudFormation refuses whichever stack comes second: rename one export, or drop the template of the stack that is no longer deployed."
        case .rainModuleNotRead(let module, let path, let reason):
            "The resources of Rain module \(module) (\(path)) are unverified: \(reason.english)."
        case .registryModuleNotRead(let module, let stack, let reason):
            "The resources of \(module) are unverified: \(reason.english); lint the processed template (`aws cloudformation get-template --stack-name \(stack) --template-stage Processed`) to check them."
        case .regionNotKnown(let region, let stacks, let written):
            "Availability Zones and AWS::Region are read for \(region), the default region, because \(Self.environmentAgnostic(stacks: stacks, written: written).english); pass --region REGION for the region you deploy to, or give the stack an env in the CDK app."
        case .environmentAgnostic(let stacks, let written):
            "\(stacks.count == 1 ? "stack" : "stacks") \(stacks.joined(separator: ", ")) \(stacks.count == 1 ? "is" : "are") environment-agnostic (\(written)), so the region is chosen when deploying"
        case .conditionNotEvaluated(let condition, let error, let resources):
            "Condition \(condition) cannot be evaluated (\(error.english)), so \(resources.joined(separator: ", ")) \(resources.count == 1 ? "is" : "are") checked as if created; unverified until the condition is fixed."
        }
    }
}
