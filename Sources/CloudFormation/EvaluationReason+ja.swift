internal import Localization

extension EvaluationReason {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .knownAfterDeployment(let value):
            "'\(value)' はデプロイ後にしかわかりません"
        case .blockKnownAfterDeployment(let block):
            "ブロック \(block) はデプロイ後にしかわかりません"
        case .noValue:
            "値がありません"
        case .notSingleValue(let found):
            "単一の値が必要ですが、値は\(Self.spaced(found))です"
        case .notResourceID(let found):
            "リソース ID が必要ですが、値は\(Self.spaced(found))です"
        case .located(let reason, let location):
            "\(reason(.ja))（\(location)）"
        case .notWholeNumber(let text):
            "'\(text)' は整数ではありません"
        case .notIPv4Block(let text):
            "'\(text)' は IPv4 の CIDR ブロックではありません"
        case .notCIDRBlock(let text):
            "'\(text)' は CIDR ブロックではありません"
        case .unspecified:
            "不明"
        case .parameterFromSSM(let parameter, let stack):
            "スタック \(stack) のパラメーター \(parameter) の値は、デプロイ時に SSM Parameter Store から読まれます。--parameter \(stack).\(parameter)=VALUE で値を渡してください"
        case .parameterWithoutValue(let parameter, let stack):
            "スタック \(stack) のパラメーター \(parameter) に値がありません。--parameter \(stack).\(parameter)=VALUE で値を渡してください"
        case .moduleParameterWithoutValue(let parameter, let module, let file):
            "Rain モジュール \(module)（\(file)）のパラメーター \(parameter) に値がありません。\(module) の Properties で値を指定してください"
        case .intrinsicNotAlone(let function, let location):
            "\(function) は、マッピングのただ 1 つのキーでなければなりません（\(location)）"
        case .attributeNameUnknown(let resource):
            "Fn::GetAtt \(resource) の属性名が不明です"
        case .exportNameUnknown(let reason):
            "エクスポート名が不明です（\(reason(.ja))）"
        case .getAZsRegionUnknown:
            "Fn::GetAZs のリージョンが不明です"
        case .dependsOnCondition(let condition, let reason):
            "値は条件 \(condition) によって決まりますが、この条件が不明です: \(reason(.ja))"
        case .cidrOverIPv6(let block):
            "IPv6 ブロック \(block) に対する Fn::Cidr は評価していません"
        case .evaluatedAtDeployTime(let function):
            "\(function) はデプロイ時に CloudFormation（またはマクロ）が評価するもので、albdoctor は評価しません"
        case .chosenByAWS(let resource, let attribute):
            "\(resource).\(attribute) はデプロイ時に AWS が決めます"
        case .firewallWithoutSubnetMappings(let firewall):
            "\(firewall) には SubnetMappings がないため、エンドポイントが不明です"
        case .firewallSubnetMappingsUnknown(let firewall, let reason):
            "\(firewall) のエンドポイントは SubnetMappings に従いますが、SubnetMappings が不明です（\(reason(.ja))）"
        case .exportedByMany(let name, let stacks):
            "'\(name)' は複数のスタック（\(stacks.joined(separator: "、"))）がエクスポートしているため、どの値をインポートするのか不明です"
        case .exportedElsewhere(let name, let exporter, let exporterPlace, let stack, let place):
            "'\(name)' をエクスポートしている \(exporter) のデプロイ先は \(exporterPlace) で、\(stack) のデプロイ先（\(place)）ではありません。インポートが読めるのは、同じアカウントとリージョンのエクスポートだけです"
        case .notExportedDidYouMean(let name, let near):
            "指定されたスタックのどれも '\(name)' をエクスポートしていません。'\(near)' の間違いではありませんか？"
        case .notExported(let name):
            "指定されたスタックのどれも '\(name)' をエクスポートしていません。エクスポートしているスタックを渡してください（テンプレートのパスか --stack NAME=PATH）"
        case .nestedTemplateNotKnown(let logicalID):
            "ネストされたスタック \(logicalID) のテンプレートが不明です"
        case .nestedTemplateNotRead(let logicalID, let output, let reason):
            "\(logicalID).Outputs.\(output) はネストされたスタック \(logicalID) のテンプレートから来ますが、albdoctor はこのテンプレートを読んでいません: \(reason(.ja))"
        case .nestedOutputMissing(let logicalID, let file, let output):
            "ネストされたスタック \(logicalID) のテンプレート（\(file)）に出力 \(output) がありません"
        case .nestedInItself(let location, let stack):
            "\(location) は \(stack) 自身か、それを含むスタックのテンプレートです"
        case .nestedTooDeep(let location, let levels):
            "\(location) は \(levels) 階層より深くネストされています"
        case .nestedTemplatesNotRead:
            "ここではネストされたテンプレートを読みません"
        case .templateURLOutside(let url, let path):
            "--template-url \(url)=\(path) は、指定されたフォルダーの外にあるファイルを指しています"
        case .urlNamesNoFile(let url):
            "URL \(url) はファイルを指していません"
        case .noTemplateEndsWith(let suffix, let url):
            "指定されたフォルダーの下に、\(suffix) で終わるテンプレートがありません（\(url) から）。それを含むフォルダーを lint するか、--template-url \(url)=PATH を渡してください"
        case .outsideFolders(let location):
            "\(location) は指定されたフォルダーの外にあります。albdoctor はそこにあるテンプレートを読みません"
        case .fileMissing(let location, let absolute, let otherEnding):
            "\(location) がありません（\(absolute) を探しました）" + (otherEnding.map { "。\($0) はあります。こちらのことですか？" } ?? "")
        case .loopNotShaped(let loop, let location):
            "\(location) の \(loop) は [Identifier, Collection, {OutputKey: OutputValue}] の形ではありません"
        case .notListOfStrings(let found):
            "文字列のリストではなく、\(JapaneseSpacing.before(found))です"
        case .loopCollectionUnknown(let loop, let location, let reason):
            "\(location) にある \(loop) のコレクションを評価できません: \(reason(.ja))"
        case .unreadModuleResource(let name, let module, let reason):
            "\(name) はモジュール \(module) のリソースとみなしていますが、このモジュールのリソースは未確認です: \(reason(.ja))"
        case .registryModule(let type):
            "リソースはデプロイ時に CloudFormation がレジストリのモジュール \(type) から追加するもので、albdoctor はレジストリを読みません"
        case .moduleTooDeep(let path, let levels):
            "\(path) はモジュールの中に \(levels) 階層より深くネストされています"
        case .remoteModule(let path):
            "albdoctor がモジュールを読むのは、指定されたフォルダーの下にあるファイルからだけで、\(path) からは読みません"
        case .modulesNotRead:
            "ここではモジュールを読みません"
        case .moduleUnreadable(let file, let error):
            "\(file) を読めません: \(error)"
        case .notAModule(let file):
            "\(file) はモジュールではありません。Resources セクションがありません"
        }
    }

    /// A value (as displayed) inside Japanese, with a space on each side that meets a Latin letter.
    private static func spaced(_ text: String) -> String { JapaneseSpacing.after(JapaneseSpacing.before(text)) }
}
