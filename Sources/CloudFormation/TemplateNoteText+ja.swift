internal import Localization
extension TemplateNoteText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .yamlAliases(let file, let line):
            "\(file) は YAML エイリアスを使っています（最初のものは \(line) 行目）が、CloudFormation はこれを受け付けません。`aws cloudformation package` か `sam build` が書き出すテンプレートをデプロイしてください。これらのツールは、albdoctor と同じようにエイリアスを展開します。"
        case .exportedTwice(let name, let others):
            "エクスポート名 '\(name)' は \(others.joined(separator: "、")) もエクスポートしています。エクスポート名はリージョン内で一意なので、CloudFormation は後から作成するほうのスタックを拒否します。どちらかのエクスポートの名前を変えるか、もうデプロイされていないスタックのテンプレートを対象から外してください。"
        case .rainModuleNotRead(let module, let path, let reason):
            "Rain モジュール \(module)（\(path)）のリソースは未確認です: " + JapaneseSpacing.sentence(reason(.ja))
        case .registryModuleNotRead(let module, let stack, let reason):
            "\(module) のリソースは未確認です: \(JapaneseSpacing.sentenceBeforeMore(reason(.ja)))これらをチェックするには、処理済みのテンプレート（`aws cloudformation get-template --stack-name \(stack) --template-stage Processed`）を lint してください。"
        case .regionNotKnown(let region, let stacks, let written):
            "\(Self.environmentAgnostic(stacks: stacks, written: written).japanese)。そのため、アベイラビリティーゾーンと AWS::Region は、デフォルトのリージョン \(region) で読んでいます。デプロイ先のリージョンを --region REGION で指定するか、CDK アプリでスタックに env を指定してください。"
        case .environmentAgnostic(let stacks, let written):
            "スタック \(stacks.joined(separator: "、")) は環境に依存しない（\(written)）ため、リージョンはデプロイ時に決まります"
        case .conditionNotEvaluated(let condition, let error, let resources):
            "条件 \(condition) を評価できない（\(error(.ja))）ため、\(resources.joined(separator: "、")) は作成されるものとしてチェックしています。条件を修正するまで、これらは未確認です。"
        }
    }
}
