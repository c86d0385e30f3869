internal import Localization

extension TemplateLoadText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .noSuchFileOrFolder: "そのようなファイルもフォルダーもありません"
        case .cannotListFolder(let error): "フォルダーの中身を一覧できません: \(error)"
        case .folderHoldsNoTemplate: "フォルダーにテンプレート（.yaml、.yml、.json、.template のファイル）がありません"
        case .templatesInSubfolders(let subfolders, let example):
            Self.folderHoldsNoTemplate.japanese
                + "。サブフォルダー \(Self.shown(subfolders)) にはあり、それぞれが別のデプロイです。1 つずつ lint してください（例: `albdoctor lint \(example)`）"
        case .isAFolder: "フォルダーです。テンプレートのファイルを指定してください"
        case .cannotBeRead: "読み込めません（権限を確認してください）"
        case .noSuchFile: "そのようなファイルはありません"
        case .notUTF8: "UTF-8 のテキストではないため、テンプレートではありません"
        case .nestedTemplateUnreadable(let logicalID, let parentFile, let error):
            "ネストされたスタック \(logicalID)（\(parentFile)）のテンプレートとして読み込めません: \(error)"
        case .stackArtifactWithoutTemplate(let id):
            "スタックのアーティファクト '\(id)' に properties.templateFile がありません。`cdk synth` が書き出すマニフェストが必要です"
        case .stageWithoutManifest(let id, let folder): "ステージのアセンブリ '\(id)' が指すフォルダー \(folder) に manifest.json がありません"
        case .manifestNotAnObject: "JSON オブジェクトではありません。`cdk synth` が書き出すクラウドアセンブリのマニフェストが必要です"
        case .noTemplateGiven(let skipped):
            "指定したファイルはどれも CloudFormation テンプレートではありません: " + skipped.map { "\($0.file)（\($0.reason(.ja))）" }.joined(separator: "、")
        case .sameStackName(let stack): "2 つのテンプレートが同じスタック '\(stack)' としてデプロイされます。--stack NAME=PATH で一方に名前を付けてください"
        case .parameterNotKeyValue(let assignment): "--parameter '\(assignment)': KEY=VALUE または STACK.KEY=VALUE の形式が必要です"
        case .parameterForMissingStack(let assignment, let stack, let stacks):
            "--parameter '\(assignment)': スタック '\(stack)' はありません。スタックは \(stacks.joined(separator: "、")) です"
        case .parameterNotDeclaredByStack(let assignment, let stack, let parameter):
            "--parameter '\(assignment)': スタック '\(stack)' はパラメーター '\(parameter)' を宣言していません"
        case .parameterNotDeclared(let assignment, let parameter): "--parameter '\(assignment)': パラメーター '\(parameter)' を宣言しているスタックはありません"
        case .skippedNotAMapping(let found): "テンプレートではありません（Resources セクションを持つマッピングではなく、\(found.japanese)です）"
        case .skippedNoResources: "テンプレートではありません: Resources セクションがありません"
        case .skippedNotYAMLOrJSON: "CloudFormation が読める YAML でも JSON でもありません"
        }
    }

    /// The first three subfolders, and how many more.
    private static func shown(_ subfolders: [String]) -> String {
        subfolders.prefix(3).joined(separator: "、") + (subfolders.count > 3 ? " ほか \(subfolders.count - 3) 個" : "")
    }
}
