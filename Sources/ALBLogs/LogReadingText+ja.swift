internal import Localization

extension LogReadingText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .zlibCannotStart: "zlib を開始できません"
        case .corruptGzip(let detail): "gzip データが壊れています" + (detail.map { "（\($0)）" } ?? "")
        case .truncatedGzip: "gzip ストリームが途中で終わっています（切り詰められています）"
        case .cannotRead(let reason): "読み取れません: \(reason(.ja))"
        case .cutShort(let reason, let lines):
            "\(lines) 行を読んだところで\(JapaneseSpacing.after(reason(.ja)))。読んだ行は集計に含め、残りは含めていません"
        case .readInPart(let file, let reason): "\(file): " + JapaneseSpacing.sentence(reason(.ja))
        case .noSuchPath(let path): "\(path): そのようなファイルもフォルダーもありません"
        case .cannotListFolder(let path): "\(path): フォルダーの中身を一覧できません"
        }
    }
}
