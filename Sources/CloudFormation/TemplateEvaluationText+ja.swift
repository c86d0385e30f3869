internal import Localization

extension TemplateEvaluationText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .unknownIntrinsic(let name, let known): "\(name) は未知の組み込み関数です。\(known.joined(separator: "、")) のいずれかが必要です"
        case .intrinsicShape(let function, let shapes, let found, let items):
            "\(function) には \(shapes.joined(separator: " または ")) が必要ですが、\(items.map { "要素 \($0) 個の" } ?? "")\(found.japanese)です"
        case .refExpectsName(let found): "Ref にはパラメーター名かリソース名が必要ですが、\(found.japanese)です"
        case .getAttExpectsResourceFirst: "Fn::GetAtt には最初にリソース名が必要です"
        case .importValueExpectsName(let found): "Fn::ImportValue にはエクスポート名（文字列）が必要ですが、\(found) がありました"
        case .subShape(let found): "Fn::Sub には文字列か [string, {variables}] が必要ですが、\(found.japanese)です"
        case .subVariableNotString(let variable, let value): "Fn::Sub の変数 ${\(variable)} は文字列ではなく \(value) です"
        case .joinExpectsDelimiter: "Fn::Join には区切り文字のリテラルが必要です"
        case .joinExpectsList(let found): "Fn::Join には結合するリストが必要ですが、\(found) がありました"
        case .joinExpectsStrings(let found): "Fn::Join が結合できるのは文字列だけですが、\(found) がありました"
        case .splitExpectsDelimiter: "Fn::Split には空でない区切り文字のリテラルが必要です"
        case .splitExpectsString(let found): "Fn::Split には分割する文字列が必要ですが、\(found) がありました"
        case .selectExpectsIndex(let found): "Fn::Select には 0 以上のインデックスが必要ですが、\(found) がありました"
        case .selectExpectsList(let found): "Fn::Select にはリストが必要ですが、\(found) がありました"
        case .selectOutOfRange(let index, let count): "Fn::Select のインデックス \(index) は、要素 \(count) 個のリストの範囲外です"
        case .ifExpectsConditionFirst: "Fn::If には最初に条件名が必要です"
        case .findInMapShape: "Fn::FindInMap には [MapName, TopLevelKey, SecondLevelKey] が必要です"
        case .findInMapExpectsStrings(let found): "Fn::FindInMap のキーは文字列でなければなりませんが、\(found) がありました"
        case .findInMapNoMapping(let mapping): "Fn::FindInMap: Mappings セクションにマッピング '\(mapping)' がありません"
        case .findInMapNoEntry(let mapping, let topLevelKey, let secondLevelKey):
            "Fn::FindInMap: マッピング '\(mapping)' にエントリ [\(topLevelKey)][\(secondLevelKey)] がありません"
        case .cidrExpectsStrings(let found): "Fn::Cidr の引数は文字列でなければなりませんが、\(found) がありました"
        case .cidrCannotCut(let count, let hostBits, let block): "Fn::Cidr は \(block) からホストビット \(hostBits) のブロックを \(count) 個切り出せません"
        case .lengthExpectsList: "Fn::Length にはリストが必要です"
        case .subUnknownVariable(let variable, let stack):
            "Fn::Sub が参照する ${\(variable)} は、変数でも、スタック \(stack) のパラメーターやリソースでもありません"
        case .getAttNotAResource(let logicalID, let stack, let loops):
            "Fn::GetAtt の対象 '\(logicalID)' はスタック \(stack) のリソースではありません\(Self.japaneseLoops(loops))"
        case .refNotFound(let name, let stack, let loops):
            "Ref の対象 '\(name)' はスタック \(stack) のパラメーターでもリソースでもありません\(Self.japaneseLoops(loops))"
        case .circularReference(let cycle): "循環参照です: \(cycle.joined(separator: " → "))"
        case .conditionNotDefined(let name, let stack): "条件 '\(name)' はスタック \(stack) の Conditions セクションで定義されていません"
        case .conditionExpected(let found):
            "条件（Fn::Equals、Fn::And、Fn::Or、Fn::Not または Condition）が必要ですが、\(found.japanese)がありました"
        case .conditionExpectsName: "Condition には条件名が必要です"
        case .equalsShape(let items): "Fn::Equals には [value, value] が必要ですが、要素が \(items) 個あります"
        case .notShape: "Fn::Not には [condition] が必要です"
        case .conditionCount(let function, let count): "\(function) には 2～10 個の条件が必要ですが、\(count) 個あります"
        case .conditionFunctionExpected(let found):
            "条件の関数（Fn::Equals、Fn::And、Fn::Or、Fn::Not、Condition）が必要ですが、\(found) がありました"
        }
    }

    /// Why names may be missing, in parentheses after the message; nothing without loops.
    private static func japaneseLoops(_ loops: [LocalizedText]) -> String {
        loops.isEmpty ? "" : "（" + loops.map { $0(.ja) }.joined(separator: "。") + "）"
    }
}
