extension ALBDoctorHelp {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .abstract: "ロードバランサーの背後にある HTTPS サイトで、一部のクライアントだけが失敗する原因を突き止めます。"
        case .discussion:
            """
            壊れているロードバランサーのノード、そのサブネット、足りないルートを特定します。デプロイ前（lint）、\
            アカウントの中（aws）、外部（probe）、事後（logs）のどこからでも調べられます。

            終了コード: 0 は --fail-on 以上の指摘なし、1 は --fail-on 以上の指摘あり、2 は使い方の誤りか\
            読めない入力、3 は内部エラーです。
            """
        }
    }
}
