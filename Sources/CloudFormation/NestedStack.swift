internal import Localization

/// A nested-stack resource and the stack its template became: the child's index in the
/// deployment, or why its template was not found.
struct NestedLink: Sendable {
    /// The parent stack's index.
    var stack: Int
    /// The nested-stack resource in the parent.
    var logicalID: String
    /// Its `TemplateURL` (or `Location`) as written.
    var location: String
    var child: Int?
    var unmatched: LocalizedText?
}

/// What albdoctor reads of a nested-stack resource: its type and where its template is.
enum NestedStack {
    /// `AWS::CloudFormation::Stack`, and SAM's `AWS::Serverless::Application` with a local `Location`.
    static func isNestedStack(_ type: String) -> Bool {
        type == "AWS::CloudFormation::Stack" || type == "AWS::Serverless::Application"
    }

    /// The `TemplateURL` (or `Location`) as written: a literal, or the literal parts of an
    /// `Fn::Sub` or `Fn::Join` with `${…}` where a part is not literal, which is enough to match
    /// a URL's path to a file. Nil when there is no such property (an application from the
    /// Serverless Application Repository, `{ApplicationId, SemanticVersion}`).
    ///
    /// A CDK nested stack names its template in its metadata (`aws:asset:path`, a file beside
    /// the parent's in `cdk.out`); that path is used, since the URL names only the asset's hash.
    static func templateLocation(of resource: Template.Resource) -> String? {
        if let asset = resource.metadata?["aws:asset:path"]?.scalar, resource.metadata?["aws:asset:property"]?.scalar == "TemplateURL" {
            return asset
        }
        guard let node = resource.properties?["TemplateURL"] ?? resource.properties?["Location"] else { return nil }
        return literal(node)
    }

    private static func literal(_ node: TemplateNode) -> String? {
        if let text = node.scalar { return text }
        guard let entry = node.entries?.first, node.entries?.count == 1 else { return nil }
        switch entry.key {
        case "Fn::Sub":
            if let text = entry.value.scalar { return text }
            if case .sequence(let items) = entry.value.kind { return items.first?.scalar }
            return nil
        case "Fn::Join":
            guard case .sequence(let items) = entry.value.kind, items.count == 2, let delimiter = items[0].scalar,
                  case .sequence(let parts) = items[1].kind else { return nil }
            return parts.map { $0.scalar ?? "${?}" }.joined(separator: delimiter)
        default:
            return nil
        }
    }
}
