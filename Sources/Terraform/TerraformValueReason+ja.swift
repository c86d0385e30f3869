internal import Localization

extension TerraformValueReason {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .countUnknown(let address, let reason): "\(address) の count が不明です: \(reason(.ja))"
        case .countNotANumber(let address, let value): "\(address) の count が不明です: 値が数値ではなく \(value(.ja)) です"
        case .forEachNotStrings(let address): "\(address) の for_each がマップでも文字列のセットでもありません"
        case .forEachUnknown(let address, let reason): "\(address) の for_each が不明です: \(reason(.ja))"
        case .forEachNotACollection(let address, let value): "\(address) の for_each が不明です: 値がマップでもセットでもなく \(value(.ja)) です"
        case .unorderedEndpoints(let position):
            "\(position.map { "\($0) のインデックスは" } ?? "element() は") Network Firewall のエンドポイントの 1 つを位置で選んでいますが、sync_states は AWS が apply 時に順序を決めるセットです。代わりに availability_zone か attachment[0].subnet_id でエンドポイントを選んでください"
        case .dataSourceNotRead(let address):
            "\(address) は plan 時に AWS から読まれる値で、albdoctor は読みません。代わりに値を変数として（--var で）渡してください"
        case .variableWithoutValue(let name): "変数 \"\(name)\" に値がありません。--var \(name)=VALUE を渡すか、.tfvars ファイルで設定してください"
        case .inputWithoutValue(let call, let name): "\(call) は入力 \"\(name)\" に値を渡していませんが、この入力にはデフォルトがありません"
        case .moduleOutputsNotKnown(let module, let reason): "\(module) の出力が不明です: \(reason(.ja))"
        case .outputNotModelled(let module, let source, let output, let outputs):
            "\(module) は \(source) で、albdoctor はそのコードなしでモデル化していますが、\(output) はモデル化している出力（\(outputs)）にありません。コードが読まれるように terraform init を実行してください"
        case .knownOnlyAfterApply(let what): "\(JapaneseSpacing.before(what.japanese))は apply 後にしかわかりません"
        case .knownOnlyAfterApplyGiveFolder(let what, let file):
            "\(JapaneseSpacing.before(what.japanese))は apply 後にしかわかりません。式がどのリソースを指すかを albdoctor が判別できるよう、構成のフォルダーも渡してください（albdoctor lint DIR \(file)）"
        case .textKnownOnlyAfterApply(let reference): "\(reference) の文字列は apply 後にしかわかりません"
        case .regexPatternUnreadable(let pattern): "albdoctor は regexall() のパターン \(pattern) を読めません"
        case .functionNotEvaluated(let name): "albdoctor は関数 \(name)() を評価しません"
        case .dynamicForEachUnknown(let type, let position, let reason):
            "\(position) の dynamic \(type) ブロックの for_each が不明です（\(reason(.ja))）"
        case .blockAttributeUnknown(let type, let position, let reason): "\(position) の \(type) が不明です（\(reason(.ja))）"
        case .firewallBlocksUnknown(let address, let reason):
            "\(address) のエンドポイントは subnet_mapping ブロックに従いますが、\(reason(.ja))"
        case .subnetMappingWithoutSubnetID(let address): "\(address) の subnet_mapping に subnet_id がありません"
        case .firewallWithoutMapping(let address): "\(address) には subnet_mapping がないため、ルーティング先のエンドポイントがありません"
        case .zoneKnownOnlyToAWS(let subnet): "\(subnet) のアベイラビリティーゾーンは AWS にしかわかりません"
        case .firewallSubnetUnknown(let address, let reason):
            "\(address) のエンドポイントは subnet_mapping に従いますが、そこにある subnet_id が不明です: \(reason(.ja))"
        case .firewallSubnetNotID(let address, let value):
            "\(address) のエンドポイントは subnet_mapping に従いますが、そこにある subnet_id が \(value(.ja)) です"
        case .endpointStatusAfterApply(let firewall, let subnet): "\(subnet) にある \(firewall) のエンドポイントの状態は apply 後にしかわかりません"
        case .subnetWithoutZoneAtApply(let subnet): "\(subnet) には availability_zone がないため、アベイラビリティーゾーンは apply 時に AWS が選びます"
        case .zoneNotLookedUp(let subnet, let module):
            "\(subnet) は \(module.map { "\($0) の" } ?? "ルートモジュールの")呼び出し元以外のモジュールのサブネットなので、そのアベイラビリティーゾーンは調べていません"
        case .modulesNestTooDeep: "ここではモジュールの呼び出しが 32 段を超えてネストしています。モジュールが自身を呼び出していないか確認してください"
        case .moduleOutsideFolders(let folder, let rootFolder):
            "フォルダー \(folder) は指定されたフォルダーの外にあり、albdoctor はそこにあるものを何も読みません。そのフォルダーも一緒に lint してください（albdoctor lint \(rootFolder) \(folder)）"
        case .moduleFolderEmpty(let folder): "フォルダー \(folder) に .tf ファイルも .tf.json ファイルもありません"
        case .installedFolderEmpty(let folder):
            "terraform init は \(folder) にインストールしましたが、そこには今 .tf ファイルも .tf.json ファイルもありません。terraform init をもう一度実行してください"
        case .moduleNotInstalled(let manifest, let key, let rootFolder):
            "インストールされていません（\(manifest) にモジュール \(key) がありません）。\(rootFolder) で terraform init を実行してから、もう一度 lint してください"
        }
    }
}
