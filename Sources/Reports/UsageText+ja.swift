extension UsageText {
    /// The Japanese of every entry.
    public var japanese: String {
        switch self {
        case .giveTemplate: "テンプレートを 1 つ以上指定してください（ファイル、フォルダー、または --stack NAME=PATH）。"
        case .snapshotAlone: "--snapshot は保存したファイルを読むため、--save-snapshot、--endpoint-url、--profile とは一緒に使えません。"
        case .roundsAtLeastOne: "--rounds は 1 以上にしてください。"
        case .snapshotHoldsRegion: "--snapshot はリージョンを含んでいるため、--region とは一緒に使えません。"
        case .oneS3Location: "--logs に指定できる s3://BUCKET/PREFIX は 1 つだけです。"
        case .pathsOrS3: "--logs にはローカルのパスか s3:// の場所 1 つのどちらかを指定してください。両方は指定できません。"
        case .sinceBeforeUntil: "--since は --until より前にしてください。"
        case .giveLogs: "ログのファイルかフォルダー（標準入力なら -）、または --athena-sql TABLE を指定してください。"
        case .giveProbeTarget: "probe するホスト名か URL を指定してください（例: `albdoctor probe test.jp`）。"
        case .probeRoundsAtLeastOne: "--rounds と --dns-rounds は 1 以上にしてください。"
        case .dnsRoundsNeedDNS: "--dns-rounds には --dns SERVER が必要です。システムのリゾルバーは応答をキャッシュします。"
        case .giveServeTargets: "監視する URL か --config FILE を指定してください（例: `albdoctor serve https://test.jp/`）。"
        case .familiesExclusive: "-4 と -6 は同時に指定できません。両方のアドレスファミリーを probe するには、どちらも指定しないでください。"
        case .textOnlyFlag(let flag, let format):
            "\(flag) はテキスト出力の形を変えるオプションです。--format \(format) はすべての指摘とその集計をそのまま書き出します。"
        case .formatNotForView(let format, let view, let allowed):
            "--format \(format) は \(view) では使えません。使える形式: \(allowed.joined(separator: "、"))。"
        case .expectedIPAddress: "IPv4 か IPv6 のアドレスを指定してください"
        case .expectedS3Location: "s3://BUCKET/PREFIX の形で指定してください"
        }
    }
}
