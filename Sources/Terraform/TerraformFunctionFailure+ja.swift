internal import Localization

extension TerraformFunctionFailure {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .tryWithoutArgument(let position): "\(position) の try() に引数がありません"
        case .canWithoutArgument(let position): "\(position) の can() には引数が必要です"
        case .expandNotList(let value, let position): "\(position) で `...` の前の \(value(.ja)) がリストではありません"
        case .inFunction(let name, let position, let reason): "\(position) の \(name)(): \(reason(.ja))"
        case .ofValue(let function, let value): "\(function) は \(value(.ja)) を受け付けません"
        case .searchIn(let function, let value): "\(function) で \(value(.ja)) の中を探せません"
        case .lookupKey(let value): "lookup のキー \(value(.ja)) が文字列ではありません"
        case .lookupMissingKey(let key): "キー \"\(key)\" がありません"
        case .joinSeparator(let value): "join の区切り文字 \(value(.ja)) が文字列ではありません"
        case .elementNeedsList: "element(list, index) には空でないリストと数値が必要です"
        case .zipmapNeedsLists: "zipmap には文字列のリストと、それと同じ長さのリストが必要です"
        case .needsTwoStrings(let function): "\(function) には 2 つの文字列が必要です"
        case .sliceOutOfRange: "slice の範囲がリストの外です"
        case .coalesceFoundNone: "coalesce の引数に null でも空でもないものがありません"
        case .functionNeedsNumbers(let function): "\(function) には数値が必要です"
        case .rangeNeedsNumbers: "range には 1 つから 3 つの数値が必要です"
        case .rangeTooLong: "range が長すぎるか、ステップが 0 です"
        case .cidrsubnetNeeds: "cidrsubnet には IPv4 のプレフィックスと 2 つの数値が必要です"
        case .cidrsubnetDoesNotFit(let prefix, let bits, let number): "cidrsubnet(\(prefix), \(bits), \(number)) はプレフィックスに収まりません"
        case .cidrsubnetsNeeds: "cidrsubnets には IPv4 のプレフィックスが必要です"
        case .cidrsubnetsBitsOutOfRange: "cidrsubnets のビット数が範囲外です"
        case .cidrsubnetsDoesNotFit: "cidrsubnets のサブネットがプレフィックスに収まりません"
        case .cidrhostNeeds: "cidrhost には IPv4 のプレフィックスと数値が必要です"
        case .cidrhostOutside(let prefix, let host): "cidrhost(\(prefix), \(host)) はプレフィックスの外です"
        case .replaceNeeds: "replace には 3 つの文字列が必要です"
        case .substrOutOfRange: "substr の位置が範囲外です"
        case .indexNotFound: "index: 見つかりません"
        case .oneOfLongList: "one に 2 つ以上の要素を持つリストが渡されています"
        case .regexallNeeds: "regexall にはパターンと文字列が必要です"
        case .formatNeedsString: "format には書式文字列が必要です"
        case .formatEndsInPercent: "format の書式文字列が % で終わっています"
        case .formatTooManyVerbs: "format の書式指定子が引数より多くあります"
        }
    }
}
