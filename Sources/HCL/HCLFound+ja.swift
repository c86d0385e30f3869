extension HCLFound {
    /// The Japanese of every entry: a noun phrase, as `…がありました` reads it.
    public var japanese: String {
        switch self {
        case .code(let text): "`\(text)`"
        case .escape(let text): "エスケープ \(text)"
        case .string: "文字列"
        case .lineBreak: "改行"
        case .endOfInput: "入力の終わり"
        case .anotherValue: "別の種類の値"
        case .oneMoreDirective: "さらに 1 段深い `%{`"
        case .endOfTemplate: "テンプレートの終わり"
        case .elseOutsideIf: "`%{ if }` の外の `%{ else }`"
        case .endifOutsideIf: "`%{ if }` の外の `%{ endif }`"
        case .endforOutsideFor: "`%{ for }` の外の `%{ endfor }`"
        }
    }
}
