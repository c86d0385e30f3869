extension LintHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract: "デプロイ前に CloudFormation テンプレートや Terraform を検査し、ロードバランサーのすべてのノードに到達できるかを確かめます。"
        case .discussion:
            """
            デプロイするスタックはすべて一度に指定してください。スタックはエクスポートでつながり、\
            Fn::ImportValue が解決されます。ファイルはファイル名のスタック、フォルダーはその中のすべてのテンプレートに\
            なります（テンプレートでないファイルは読み飛ばし、集計で名前を示します）。CDK のクラウドアセンブリ\
            （cdk.out、またはそれを含むプロジェクトのフォルダー）は、そのマニフェストがデプロイするスタックに\
            なります。ステージのアセンブリも含め、それぞれのスタック名とリージョンで読み、指摘ではコンストラクトの\
            パスを示します。指定したフォルダーの下にある Rain モジュール（!Rain::Module PATH）は rain pkg と\
            同じように展開します。分からないこと（指定していないスタックからのインポート、値のないパラメーター）は\
            未確認として報告し、何を渡せばよいかを示します。

            ネストされたスタック（AWS::CloudFormation::Stack）もたどります。TemplateURL がローカルのパスか、\
            指定したフォルダー（ファイルを指定した場合はそのフォルダー）の下のテンプレートとパスの末尾が一致する \
            URL なら、それを子スタックとして読みます。子スタックには親の Parameters が渡され、\
            Fn::GetAtt Child.Outputs.X が解決されます。これらのフォルダーの外のテンプレートは読みません。\
            AWS::LanguageExtensions（Fn::ForEach、Fn::Length、Fn::FindInMap のデフォルト値）は展開し、SAM \
            テンプレートは SAM が生成するリソースとともに読みます。

            Terraform かどうかは内容で判別します。.tf か .tf.json のファイルを含むフォルダー（またはそのファイル）は \
            1 つのルートモジュールとして、plan より先に読みます。変数はデフォルト値、terraform.tfvars、\
            *.auto.tfvars、--var-file、--var から取り、count、for_each、locals、for 式、スプラット、\
            data "aws_availability_zones"（--region のゾーン）を評価します。指摘ではリソースアドレス\
            （aws_subnet.public[1]）を示し、修正は HCL で示します。apply の後か AWS からしか分からないこと\
            （ほかのデータソース、読んでいないモジュール）は未確認です。

            例:
              albdoctor lint fixtures/unrouted-alb-subnet/
              albdoctor lint fixtures/terraform/unrouted-alb-subnet/
              albdoctor lint infra/ --var environment=prod --var-file prod.tfvars
              albdoctor lint cdk.out/
              albdoctor lint network.yaml alb.yaml --region ap-northeast-1
              albdoctor lint --stack prod-net=network.yaml --stack prod-app=alb.yaml --parameter ProjectName=prod
              albdoctor lint templates/ --format sarif > albdoctor.sarif
              albdoctor lint parent.yaml --template-url https://bucket.s3.amazonaws.com/vpc.yaml=stacks/vpc.yaml
            """
        case .paths:
            "テンプレートのファイルかフォルダー。ファイルはそれぞれファイル名のスタックになり（X.template.json は X）、CDK のクラウドアセンブリ（cdk.out）はそのマニフェストがデプロイするスタックになります。Terraform も指定でき、内容で判別します: 設定のフォルダー、plan の JSON（terraform show -json）、ステートファイル、プランとステートを入れたフォルダー。"
        case .variable: "Terraform の入力変数（KEY=VALUE）。"
        case .variableFile: "Terraform の .tfvars ファイル。"
        case .region: "スタックのデプロイ先のリージョン（Fn::GetAZs、AWS::Region）。デフォルトは AWS_REGION、AWS_DEFAULT_REGION、どちらもなければ us-east-1 です。"
        }
    }
}
