internal import Localization

extension TerraformEvaluationFailure {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .refersToItself(let name): "\(name) が自身を参照しています"
        case .outputRefersToItself(let output, let module): "\(module) の出力 \(output) が自身を参照しています"
        case .splatOutside: "splat の外で splat の要素を参照しています"
        case .objectKeyNotString(let position): "\(position) のオブジェクトのキーが文字列ではありません"
        case .conditionNotBool(let position, let value): "\(position) の条件が bool ではなく \(value(.ja)) です"
        case .notOf(let value, let position): "\(position) の `!` を \(value(.ja)) に適用できません"
        case .negateOf(let value, let position): "\(position) の `-` を \(value(.ja)) に適用できません"
        case .unknownVariable(let name, let position): "\(position) の `\(name)` は、ここで Terraform が認識する変数ではありません"
        case .localNotDefined(let name): "local.\(name) は定義されていません"
        case .notDeclared(let name): "\(name) は宣言されていません"
        case .variableNotDeclared(let name, let module): "var.\(name) は \(module.map { "\($0) " } ?? "ルートモジュール")で宣言されていません"
        case .noOutput(let module, let name): "\(module.map { "\($0) " } ?? "ルートモジュール")に出力 \"\(name)\" がありません"
        case .noAttribute(let name, let position): "\(position) に属性 \"\(name)\" がありません"
        case .attributeOfList(let name, let position): "\(position) でリストの `.\(name)` を読んでいます。[*].\(name) かインデックスを使ってください"
        case .attributeOf(let name, let value, let position): "\(position) で \(value(.ja)) の `.\(name)` は読めません"
        case .indexOutOfRange(let key, let position): "\(position) のインデックス \(key(.ja)) が範囲外です"
        case .noKey(let key, let position): "\(position) にキー \(key(.ja)) がありません"
        case .cannotIndex(let value, let position): "\(position) で \(value(.ja)) にはインデックスを使えません"
        case .notTextInTemplate(let value, let position): "\(position) の \(value(.ja)) は文字列ではありません"
        case .templateConditionNotBool(let position): "\(position) の条件が bool ではありません"
        case .forOver(let value, let position): "\(position) の for 式で \(value(.ja)) を反復できません"
        case .forKeyNotString(let position): "\(position) の for 式のキーが文字列ではありません"
        case .needsBools(let op, let position): "\(position) の `\(op)` には bool が必要です"
        case .needsNumbers(let op, let position, let left, let right): "\(position) の `\(op)` には数値が必要ですが、\(left(.ja)) と \(right(.ja)) です"
        case .divisionByZero(let position): "\(position) でゼロによる除算をしています"
        case .moduloByZero(let position): "\(position) でゼロによる剰余をとっています"
        case .unexpectedOperator(let position): "\(position) に予期しない演算子があります"
        }
    }
}
