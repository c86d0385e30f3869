internal import Localization

extension TerraformFunctionFailure {
    /// The English of every entry.
    var english: String {
        switch self {
        case .tryWithoutArgument(let position): "try() at \(position) has no argument"
        case .canWithoutArgument(let position): "can() at \(position) needs an argument"
        case .expandNotList(let value, let position): "`...` after \(value.english) at \(position), not a list"
        case .inFunction(let name, let position, let reason): "\(name)() at \(position): \(reason.english)"
        case .ofValue(let function, let value): "\(function) of \(value.english)"
        case .searchIn(let function, let value): "\(function) in \(value.english)"
        case .lookupKey(let value): "lookup key \(value.english)"
        case .lookupMissingKey(let key): "no key \"\(key)\""
        case .joinSeparator(let value): "join separator \(value.english)"
        case .elementNeedsList: "element(list, index) needs a non-empty list and a number"
        case .zipmapNeedsLists: "zipmap needs a list of strings and a list of the same length"
        case .needsTwoStrings(let function): "\(function) needs two strings"
        case .sliceOutOfRange: "slice bounds out of range"
        case .coalesceFoundNone: "coalesce found no non-null, non-empty argument"
        case .functionNeedsNumbers(let function): "\(function) needs numbers"
        case .rangeNeedsNumbers: "range needs one to three numbers"
        case .rangeTooLong: "range too long or step zero"
        case .cidrsubnetNeeds: "cidrsubnet needs an IPv4 prefix and two numbers"
        case .cidrsubnetDoesNotFit(let prefix, let bits, let number): "cidrsubnet(\(prefix), \(bits), \(number)) does not fit"
        case .cidrsubnetsNeeds: "cidrsubnets needs an IPv4 prefix"
        case .cidrsubnetsBitsOutOfRange: "cidrsubnets bits out of range"
        case .cidrsubnetsDoesNotFit: "cidrsubnets does not fit"
        case .cidrhostNeeds: "cidrhost needs an IPv4 prefix and a number"
        case .cidrhostOutside(let prefix, let host): "cidrhost(\(prefix), \(host)) is outside the prefix"
        case .replaceNeeds: "replace needs three strings"
        case .substrOutOfRange: "substr out of range"
        case .indexNotFound: "index: not found"
        case .oneOfLongList: "one of a list longer than one"
        case .regexallNeeds: "regexall needs a pattern and a string"
        case .formatNeedsString: "format needs a format string"
        case .formatEndsInPercent: "format ends in %"
        case .formatTooManyVerbs: "format has more verbs than arguments"
        }
    }
}
