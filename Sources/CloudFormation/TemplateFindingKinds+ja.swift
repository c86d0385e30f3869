internal import Findings

extension KindTranslation {
    /// CFN001 (`template-uses-yaml-aliases`) in Japanese.
    static let cfn001 = KindTranslation(
        title: "YAML エイリアスを使うテンプレート",
        summary: "テンプレートが YAML のアンカーとエイリアス（`&name` … `*name`）を使っています。CloudFormation はこれらを受け付けません。`aws cloudformation package` と `sam build` はデプロイ前にこれらを展開し、albdoctor もこれらのツールと同じようにテンプレートを読みます。展開すると albdoctor の上限（2,000,000 個の値。いわゆるエイリアス爆弾）を超えるエイリアスは、展開せずに拒否します。",
        howToFix: "このテンプレートではなく、パッケージ化したテンプレート（`aws cloudformation package`、`sam build`）をデプロイするか、繰り返している部分をすべて書き下してください。")

    /// CFN002 (`export-name-exported-twice`) in Japanese.
    static let cfn002 = KindTranslation(
        title: "同じ名前をエクスポートする 2 つのスタック",
        summary: "まとめて lint した 2 つのテンプレートが、同じ名前（`Outputs.*.Export.Name`）をエクスポートしています。エクスポート名はリージョン内で一意なので、CloudFormation は後から作成するほうのスタックの作成を拒否します。つまり、これらのスタックは一緒にはデプロイできません。この指摘はエクスポートごとに報告されます。その名前の `Fn::ImportValue` は、どちらの値を受け取るかわからないため未確認です。よくある原因は、もうデプロイされていないスタックのテンプレートが残っていることです（`cdk.out` の場合はフォルダーを lint してください。そのマニフェストがデプロイするスタックだけが読み込まれます）。",
        howToFix: "どちらかのエクスポートの名前を変えるか、もうデプロイされていないスタックのテンプレートを lint の対象から外してください。")

    /// CFN003 (`module-resources-unverified`) in Japanese.
    static let cfn003 = KindTranslation(
        title: "モジュール内の未確認リソース",
        summary: "あるリソースがモジュールで、albdoctor はそのモジュールのリソースを持っていません。該当するのは、ファイルが指定したフォルダーの下にない、存在しない、または URL である Rain モジュール（`Type: !Rain::Module PATH`）と、デプロイ時に CloudFormation がレジストリからリソースを追加する CloudFormation レジストリモジュール（`Type: Org::Service::Name::MODULE`）です。そのモジュールのリソースへの参照（モジュール `Network` の `NetworkVPC`）は未確認です。",
        howToFix: "Rain モジュールの場合は、テンプレートとモジュールファイルの両方を含むフォルダー（または `rain pkg` が書き出すテンプレート）を lint してください。レジストリモジュールの場合は、処理済みのテンプレート（`aws cloudformation get-template --stack-name STACK --template-stage Processed`）を lint してください。")

    /// CFN004 (`stack-region-not-known`) in Japanese.
    static let cfn004 = KindTranslation(
        title: "リージョンが不明なスタック",
        summary: "CDK のクラウドアセンブリが、そのスタックを環境に依存しない（`aws://unknown-account/unknown-region`）としています。つまり、リージョンはデプロイ時に決まります。albdoctor は `Fn::GetAZs` と `AWS::Region` を指定された `--region`（指定がなければそのデフォルト）で読むため、チェックするアベイラビリティーゾーンが、実際にデプロイするリージョンのものではない可能性があります。",
        howToFix: "デプロイ先のリージョンを `--region` で指定するか、CDK アプリでスタックに `env`（アカウントとリージョン）を指定してください。")

    /// CFN005 (`condition-cannot-be-evaluated`) in Japanese.
    static let cfn005 = KindTranslation(
        title: "評価できない条件",
        summary: "リソースの `Condition` が、Conditions セクションにない条件か、式が条件関数（`Fn::Equals`、`Fn::And`、`Fn::Or`、`Fn::Not`、`Condition`）ではない条件を指しています。CloudFormation はこのようなテンプレートを拒否します。albdoctor はその条件を使うリソースを作成されるものとしてチェックするため、それらのリソースについての指摘は未確認です。",
        howToFix: "Conditions セクションで条件を定義するか、その式を修正してから、もう一度 lint してください。")
}
