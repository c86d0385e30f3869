extension HCLFound {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .code(let text): "`\(text)`"
        case .escape(let text): text
        case .string: "a string"
        case .lineBreak: "a line break"
        case .endOfInput: "the end of the input"
        case .anotherValue: "another value"
        case .oneMoreDirective: "one more `%{`"
        case .endOfTemplate: "the end of the template"
        case .elseOutsideIf: "`%{ else }` outside an `%{ if }`"
        case .endifOutsideIf: "`%{ endif }` outside an `%{ if }`"
        case .endforOutsideFor: "`%{ endfor }` outside a `%{ for }`"
        }
    }
}
