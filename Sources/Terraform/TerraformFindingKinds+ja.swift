internal import Findings

extension KindTranslation {
    /// TF001 (`terraform-module-not-read`) in Japanese.
    static let tf001 = KindTranslation(
        title: "読み込まれていないモジュール",
        summary: "構成が、albdoctor の手元にコードがないモジュール（`module \"NAME\" { source = … }`）を呼び出しています。指定したフォルダーの外にあるローカルパス（albdoctor はフォルダーの外を一切読みません）か、`terraform init` がインストールしていない（`.terraform/modules/modules.json` に載っていない）レジストリまたは Git のモジュールで、albdoctor がドキュメント化された入力からモデル化するモジュール（`terraform-aws-modules/vpc/aws`、`terraform-aws-modules/alb/aws`）のどれでもないものです。そのモジュールが作成するロードバランサー、サブネット、ルートはチェックされず、ほかの場所で使われるその出力も不明なため、それらについてのルールの指摘は未確認です。",
        howToFix: "ローカルモジュールの場合は、そのフォルダーも含めて lint してください（`albdoctor lint ROOT MODULE_FOLDER`）。それ以外のモジュールの場合は、ルートモジュールのフォルダーで `terraform init` を実行して `.terraform/modules/modules.json` にそのモジュールが載るようにしてから、もう一度 lint してください。")

    /// TF002 (`terraform-resource-not-expanded`) in Japanese.
    static let tf002 = KindTranslation(
        title: "インスタンスが不明なリソース",
        summary: "リソース（またはモジュール呼び出し）の `count` か `for_each` が、albdoctor には知り得ない値（値のない変数、データソース、apply 後にしかわからない属性）に依存しているため、インスタンスの数もそのアドレスもわかりません。このリソースはモデルに含まれず、それについてのルールの指摘は未確認です。",
        howToFix: "`--var NAME=VALUE` か `--var-file FILE` で値を与えてから、もう一度 lint してください。")
}
