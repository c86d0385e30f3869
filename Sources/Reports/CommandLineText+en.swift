internal import Localization

extension CommandLineText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .errorPrefix: "albdoctor: error: "
        case .warningPrefix: "albdoctor: warning: "
        case .notTerraform(let other, let terraform):
            "\(other) is not Terraform, but \(terraform) is: lint CloudFormation templates and Terraform in separate runs"
        case .noLogFiles(let paths, let skipped):
            "no log files in \(paths.joined(separator: ", ")) (expected .log or .log.gz files; \(skipped) other files skipped)"
        case .noLogEntries(let paths, let problems):
            "no log entries in \(paths.joined(separator: ", "))\(problems.isEmpty ? "" : ": " + problems.map(\.english).joined(separator: "; "))"
        case .cannotWriteDocs(let folder, let reason): "cannot write the docs into \(folder): \(reason)"
        case .noSuchRule(let name): "no rule '\(name)'; `albdoctor rules` lists them"
        case .cannotWriteSnapshot(let file, let reason): "cannot write the snapshot to \(file): \(reason)"
        case .configUnreadable(let file): "\(file): no such file or unreadable"
        }
    }
}
