internal import Localization

/// Why a call of a built-in function would fail in Terraform (`TerraformValue.failure`): an
/// argument of the wrong type, a bound out of range, by typed key. English in
/// `TerraformFunctionFailure+en.swift`, Japanese in `TerraformFunctionFailure+ja.swift`. Case
/// names differ from `TerraformEvaluationFailure`'s, so that `.failure(.…)` reads one of them.
/// `position` is `file:line:column`; `value` how a value shows.
enum TerraformFunctionFailure: CatalogEntry {
    /// `try()` without arguments.
    case tryWithoutArgument(position: String)
    /// `can()` without an argument.
    case canWithoutArgument(position: String)
    /// `f(list...)` where the last argument is `value`, not a list.
    case expandNotList(value: LocalizedText, position: String)
    /// A function's failure (`reason`) with the call it happened in.
    case inFunction(name: String, position: String, reason: LocalizedText)
    /// A function (`length`, `tostring`, `%d` of `format`) given `value`, which it does not take.
    case ofValue(function: String, value: LocalizedText)
    /// `lookup` or `contains` searching `value`, which is not a collection it searches.
    case searchIn(function: String, value: LocalizedText)
    /// `lookup` with a key that is not text.
    case lookupKey(value: LocalizedText)
    /// `lookup` without a default, of a key the map lacks.
    case lookupMissingKey(key: String)
    /// `join` with a separator that is not text.
    case joinSeparator(value: LocalizedText)
    /// `element` without a non-empty list and a number.
    case elementNeedsList
    /// `zipmap` without a list of strings and a list of the same length.
    case zipmapNeedsLists
    /// `split`, `startswith` or `endswith` without two strings.
    case needsTwoStrings(function: String)
    /// `slice` with bounds outside the list.
    case sliceOutOfRange
    /// `coalesce` whose arguments are all null or empty.
    case coalesceFoundNone
    /// `min` or `max` of something not a number.
    case functionNeedsNumbers(function: String)
    /// `range` without one to three numbers.
    case rangeNeedsNumbers
    /// `range` of more than 1024 elements, or with step zero.
    case rangeTooLong
    /// `cidrsubnet` without an IPv4 prefix and two numbers.
    case cidrsubnetNeeds
    /// `cidrsubnet` whose new bits or number do not fit the prefix.
    case cidrsubnetDoesNotFit(prefix: String, bits: Int, number: Int)
    /// `cidrsubnets` without an IPv4 prefix.
    case cidrsubnetsNeeds
    /// `cidrsubnets` with new bits that are not a number from 0 to what the prefix leaves.
    case cidrsubnetsBitsOutOfRange
    /// `cidrsubnets` whose subnets do not fit the prefix.
    case cidrsubnetsDoesNotFit
    /// `cidrhost` without an IPv4 prefix and a number.
    case cidrhostNeeds
    /// `cidrhost` of a host number outside the prefix.
    case cidrhostOutside(prefix: String, host: Int)
    /// `replace` without three strings.
    case replaceNeeds
    /// `substr` with an offset outside the text.
    case substrOutOfRange
    /// `index` of an element the list lacks.
    case indexNotFound
    /// `one` of a list of two or more elements.
    case oneOfLongList
    /// `regexall` without a pattern and a string.
    case regexallNeeds
    /// `format` without a format string.
    case formatNeedsString
    /// `format` whose format string ends in `%`.
    case formatEndsInPercent
    /// `format` with more verbs than arguments.
    case formatTooManyVerbs
}
