internal import HCL
internal import Localization

extension TerraformErrorReason {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .cannotBeOpened: "ファイルを開けません"
        case .noSuchFileOrFolder: "そのようなファイルもフォルダーもありません"
        case .notUTF8: "UTF-8 のテキストではありません"
        case .notModuleManifest:
            "terraform init が書くモジュールのマニフェスト（{\"Modules\": [{\"Key\", \"Source\", \"Dir\"}…]}）ではありません。terraform init をもう一度実行してください"
        case .notKeyValue: "KEY=VALUE の形式が必要です"
        case .notAnExpression(let type, let error):
            "\(JapaneseSpacing.before(type))型の変数の値は HCL の式でなければなりません: \(error.localizedMessage(.ja))"
        case .endsEarly: "JSON が終わる前にファイルが終わっています"
        case .unexpectedCharacter(let character): "予期しない文字 '\(character)' があります"
        case .malformed: "その位置の JSON が正しくありません"
        case .stateFormat(let version):
            "形式 \(version) のステートで、albdoctor はこれを読めません（読めるのは 3 と 4 です）。最新の Terraform で `terraform show -json > state.json` を実行して、state.json を lint してください"
        case .noStateFormatVersion: "ステートの形式のバージョンがありません"
        case .planFormat(let version):
            "format_version \(version) のプランの JSON で、albdoctor はまだこれを読めません（読めるのは 0.x と 1.x です）。代わりに .tf のフォルダーを lint してください"
        case .neitherPlanNorState:
            "JSON ですが、Terraform のプラン（terraform show -json PLAN）でもステート（terraform.tfstate）でもありません。そのどちらか、または .tf のフォルダーを指定してください"
        }
    }
}
