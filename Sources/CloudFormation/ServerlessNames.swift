/// The resources the SAM transform (`AWS::Serverless-2016-10-31`) generates, which templates
/// may `Ref` and `Fn::GetAtt` without declaring them: for a function `F`, `FRole`, `FVersion`,
/// `FAlias…`, `F…Permission`; for an API `A`, `A…Deployment…` and `A…Stage`; for a state
/// machine `S`, `SRole`; and the implicit APIs `ServerlessRestApi…` and `ServerlessHttpApi…`.
/// Names are matched by the prefix SAM builds them from, since suffixes carry event names, stage
/// names and hashes that only the transform computes.
enum ServerlessNames {
    /// Prefixes of the implicit resources SAM adds when events need an API.
    static let implicitPrefixes = ["ServerlessRestApi", "ServerlessHttpApi"]

    /// Whether `name` is a resource the SAM transform generates for `template`.
    static func isGenerated(_ name: String, in template: Template) -> Bool {
        guard template.isServerless, template.resource(name) == nil else { return false }
        if implicitPrefixes.contains(where: name.hasPrefix) { return true }
        return template.resources.contains { resource in
            resource.type.hasPrefix("AWS::Serverless::") && name.count > resource.logicalID.count && name.hasPrefix(resource.logicalID)
        }
    }
}
