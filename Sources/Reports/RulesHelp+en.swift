extension RulesHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "List every rule and finding id, or explain one (what, why, how to fix, examples)."
        case .discussion:
            """
            ALB rules come from `lint` and `aws`, PRB findings from `probe`, LOG findings from `logs`.

            Examples:
              albdoctor rules
              albdoctor rules ALB001
              albdoctor rules lb-subnet-without-internet-route
              albdoctor rules PRB001
              albdoctor rules --lang ja ALB001
              albdoctor rules --write-docs docs/rules
              albdoctor rules --lang ja --write-docs docs/rules/ja
            """
        case .rule: "An id (ALB001, PRB001, LOG001) or name (lb-subnet-without-internet-route)."
        case .writeDocs: "Write one Markdown page per rule, and an index, into this folder."
        }
    }
}
