internal import Findings

extension KindTranslation {
    /// ALB009 (`redirect-to-missing-https-listener`) in Japanese.
    static let alb009 = KindTranslation(
        title: "HTTPS リスナーのない HTTPS ポートへの HTTP リダイレクト",
        summary: """
            `HTTPS` のポート P へリダイレクトするリスナーには、同じロードバランサーのポート P に HTTPS リスナーが\
            必要です。
            """,
        howToFix: """
            リダイレクト先のポートに証明書付きの HTTPS リスナーを追加するか、リダイレクトのポートを修正します。
            """,
        rationale: """
            到達できない HTTPS ノードと同じ症状が出ます。アクセスログには、ロードバランサー自身が返した https://…:443/ への \
            301 が記録され、その後そのクライアントからは何も記録されません。リダイレクト先のポートにリスナーがなければ、\
            リダイレクトされたリクエストはまったく接続できません。
            """
    )

    /// ALB010 (`https-listener-without-certificate`) in Japanese.
    static let alb010 = KindTranslation(
        title: "証明書のない HTTPS リスナー",
        summary: """
            HTTPS（または TLS）リスナーには、`Certificates` にデフォルト証明書が必要です。
            """,
        howToFix: """
            サイトの名前に対する ACM 証明書を指定した `Certificates: [{ CertificateArn: … }]` を追加します。
            """,
        rationale: """
            証明書がなければ CloudFormation はリスナーを拒否します。誤った証明書ではクライアントが TLS ハンドシェイクに\
            失敗し、そのことはアクセスログには一切残りません。
            """
    )

    /// ALB011 (`target-security-group-blocks-lb`) in Japanese.
    static let alb011 = KindTranslation(
        title: "ロードバランサーを許可していないターゲットのセキュリティグループ",
        summary: """
            ロードバランサーの転送先となるターゲットのセキュリティグループは、ターゲットポートでロードバランサーの\
            セキュリティグループ（またはそのサブネットのアドレス）を許可する必要があります。
            """,
        howToFix: """
            ターゲットポートに、`SourceSecurityGroupId` をロードバランサーのセキュリティグループにしたインバウンドルールを\
            追加します。
            """,
        rationale: """
            許可していないとヘルスチェックが失敗してターゲットが異常（unhealthy）になり、ロードバランサーは 502 または \
            503 を返します。
            """
    )

    /// ALB012 (`lb-without-connection-logs`) in Japanese.
    static let alb012 = KindTranslation(
        title: "接続ログのないインターネット向けロードバランサー",
        summary: """
            インターネット向けの Application Load Balancer では、`connection_logs.s3.enabled` を `true` に\
            設定するべきです。
            """,
        howToFix: """
            属性 `connection_logs.s3.enabled: 'true'` と `connection_logs.s3.bucket` を設定します。
            """,
        rationale: """
            アクセスログには、TLS ハンドシェイクを完了したリクエストしか記録されません。接続ログには、失敗したものも\
            含めてすべての TLS 接続試行が記録されます。接続ログがなければ、ハンドシェイクに失敗したクライアントは何の\
            痕跡も残しません。そのために、到達できないノードを見つけるのに何日もかかったことがあります。
            """
    )

    /// ALB013 (`lb-subnet-asymmetric-inspection`) in Japanese.
    static let alb013 = KindTranslation(
        title: "同じファイアウォールを通る戻りのルートがない、検査対象のロードバランサーのサブネット",
        summary: """
            インターネット向けロードバランサーのサブネットが 0.0.0.0/0（デュアルスタックのものでは ::/0）を検査\
            エンドポイント（AWS Network Firewall のエンドポイントまたは Gateway Load Balancer エンドポイント）に\
            送る場合、VPC のインターネットゲートウェイのエッジルートテーブル\
            （`AWS::EC2::GatewayRouteTableAssociation`）は、サブネットのそのアドレスファミリーの CIDR ブロックを\
            同じエンドポイントに送る必要があります。また、エンドポイントが置かれたサブネット（ファイアウォールの \
            `SubnetMappings`、Gateway Load Balancer エンドポイントの `SubnetIds`）は、0.0.0.0/0 をアタッチされた\
            インターネットゲートウェイに送る必要があります。Network Firewall のエンドポイントは、`EndpointIds` 内の\
            位置で区別されます（`!Select [1, !Split [":", !Select [i, !GetAtt Firewall.EndpointIds]]]`）。\
            対称な構成では指摘は出ません。デフォルトルートがエンドポイントに向いていないサブネットは ALB001 の\
            対象です。
            """,
        howToFix: """
            インターネットゲートウェイのエッジルートテーブルに、サブネットの CIDR ブロックを宛先とし、そのサブネット\
            自身の 0.0.0.0/0 ルートが使うエンドポイント（`EndpointIds` の同じ位置、または同じ Gateway Load Balancer \
            エンドポイント）をターゲットとするルートを追加します。ゲートウェイにエッジルートテーブルがない場合は、\
            エッジルートテーブルを関連付けます。
            """,
        rationale: """
            ステートフルなファイアウォールは、開始を見ていない接続のパケットを破棄します。サブネットへのエッジルートが\
            ないと、クライアントのリクエストはファイアウォールを通らずにロードバランサーノードに届く一方、ノードの\
            応答はファイアウォールを通り、破棄されます。エッジルートが別のゾーンのエンドポイントを指している場合は、\
            リクエストと応答が異なるエンドポイントを通り、同じ結果になります。いずれの場合も、そのノードのアドレスを\
            選んだクライアントはタイムアウトし（インターネットへのルートがないサブネットにあるノードの症状が、別の\
            原因で起きます）、他のノードは応答します。自身のサブネットにインターネットゲートウェイへのルートがない\
            エンドポイントは、通過させたものをどこにも送り出せず、その背後にあるすべてのノードで同じ結果になります。
            """
    )

    /// ALB014 (`lb-elastic-ip`) in Japanese.
    static let alb014 = KindTranslation(
        title: "ロードバランサーに割り当てられないサブネットマッピングの Elastic IP アドレス",
        summary: """
            ロードバランサーの `SubnetMappings` にある `AllocationId` は、インターネット向けの Network Load Balancer \
            のものであること、デプロイメント内の Elastic IP アドレスを指すこと（他所のものは未確認となります）、\
            そして他の何にも保持されていないこと（他のサブネットマッピングにも、NAT ゲートウェイにも、インスタンスにも）\
            が必要です。
            """,
        howToFix: """
            各サブネットマッピングに、他の何にも使われていない専用の `AWS::EC2::EIP`\
            （`AllocationId: !GetAtt Address.AllocationId`）を割り当てます。
            """,
        rationale: """
            クライアントには DNS で Elastic IP アドレスがゾーンごとに 1 つずつ渡されます。すでに NAT ゲートウェイや\
            インスタンスのものになっているアドレスは、ノードのアドレスにはなれません。CloudFormation がロードバランサーの\
            作成に失敗するか、後でアドレスが移された場合には、そのゾーンのノードがそのアドレスで応答しなくなり、それを\
            選んだクライアントはタイムアウトします。Application Load Balancer と内部ロードバランサーは Elastic IP \
            アドレスを受け付けません。このルールはテンプレートと Terraform を読みます。実際のアカウントでは、ロード\
            バランサーの作成時に AWS 自身がこれらをそれぞれ拒否する（そしてノードの Elastic IP アドレスが移されるのを\
            防ぐ）ため、`albdoctor aws` がここで確認することはありません。
            """
    )

    /// ALB015 (`elb-tagged-subnet-without-internet-route`) in Japanese.
    static let alb015 = KindTranslation(
        title: "インターネットへのルートがない、インターネット向けロードバランサー用のタグが付いたサブネット",
        summary: """
            `kubernetes.io/role/elb` = `1`（または空の値）のタグが付いたサブネットは、その VPC にアタッチされた\
            インターネットゲートウェイへの 0.0.0.0/0 ルートを持つルートテーブルを使う必要があります。\
            `kubernetes.io/role/internal-elb` のタグが付いたサブネットには不要です。
            """,
        howToFix: """
            サブネットをパブリックルートテーブルに関連付けます（または、サブネットが使うルートテーブルに、アタッチされた\
            インターネットゲートウェイへの 0.0.0.0/0 ルートを追加します）。サブネットをプライベートにするつもりであれば、\
            代わりに `kubernetes.io/role/internal-elb` = `1` のタグを付けます。
            """,
        rationale: """
            AWS Load Balancer Controller（および in-tree の Kubernetes クラウドプロバイダー）は、Ingress や Service の\
            ために作成するすべてのインターネット向けロードバランサーのサブネットを、このタグによってゾーンごとに 1 つ\
            選びます。インターネットへのルートがないタグ付きサブネットには、SYN は受け取るものの応答が外に出ていかない\
            ロードバランサーノードが置かれます。そのため、DNS の応答でそのノードが先頭に来たクライアントは、接続\
            タイムアウトまで待たされます。これは albdoctor が作られるきっかけとなった障害であり、ここではそれを示す\
            ロードバランサーがまだ存在しない段階で見つかります。
            """
    )
}
