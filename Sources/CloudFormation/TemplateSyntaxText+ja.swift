internal import Localization

extension TemplateSyntaxText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .yamlSyntax(let detail): "YAML の構文エラーです: \(detail)"
        case .notUTF8Text(let problem): "ファイルを UTF-8 のテキストとして読めません: \(problem)"
        case .duplicateKeysInMapping(let keys): "マッピングのキー \(keys.joined(separator: "、")) が重複しています。各キーは 1 回しか書けません"
        case .yamlError(let error): "YAML のエラーです: \(error)"
        case .unreadableYAML(let error): "YAML として読めません: \(error)"
        case .aliasBomb(let limit, let anchor):
            "YAML エイリアスを展開すると、このテンプレートは \(limit) 個の値を超えます\(anchor.map { "（&\($0) のエイリアスによる）" } ?? "")。CloudFormation はエイリアスを受け付けません。これほど大きなテンプレートはエイリアス爆弾です"
        case .keyNotPlain(let found): "プレーンなキーが必要ですが、キーとして\(JapaneseSpacing.after(found.japanese))が使われています"
        case .aliasesNotSupported: "CloudFormation は YAML エイリアスに対応していません"
        case .getAttShorthand(let found): "!GetAtt には Resource.Attribute の形が必要ですが、'\(found)' がありました"
        case .jsonDuplicateKey(let key): "オブジェクトのキー \"\(key)\" が重複しています。各キーは 1 回しか書けません"
        case .json(let expected, let found):
            "JSON の構文エラーです: \(JapaneseSpacing.before(expected.japanese))が必要ですが、\(Self.japaneseFound(found))がありました"
        case .jsonTooDeep(let levels, let found):
            "JSON の構文エラーです: 入れ子が \(levels) 段より深くなっています（\(Self.japaneseFound(found))がありました）"
        case .notATemplate(let found): "CloudFormation テンプレート（Resources セクションを持つマッピング）が必要ですが、\(found.japanese)がありました"
        case .noResourcesSection: "CloudFormation テンプレートが必要ですが、Resources セクションがありません"
        case .resourceNotMapping(let resource, let found): "リソース \(resource) は Type を持つマッピングでなければなりませんが、\(found.japanese)です"
        case .resourceWithoutType(let resource): "リソース \(resource) に Type がありません。Type: AWS::EC2::Subnet のように書いてください"
        case .propertiesNotMapping(let resource, let found): "\(resource) の Properties はマッピングでなければなりませんが、\(found.japanese)です"
        case .outputWithoutValue(let output): "出力 \(output) に Value がありません"
        case .sectionNotMapping(let section, let found): "\(section) セクションはマッピングでなければなりませんが、\(found.japanese)です"
        case .dependencyCycle(let resources):
            "リソースの間に循環する依存関係があります: \(resources.joined(separator: " → "))。CloudFormation はこれらを作成する順序を決められません"
        case .overridesNotMapping(let resource, let module, let found):
            "\(module) の Overrides.\(resource) は、モジュールのリソース \(resource) のうち変更する部分のマッピング（例: DependsOn: X）でなければなりませんが、\(found.japanese)です"
        }
    }

    /// The character a JSON syntax error found, or the end of the file, before `が`.
    private static func japaneseFound(_ found: String?) -> String {
        found.map { "'\($0)' " } ?? "ファイルの終わり"
    }
}
