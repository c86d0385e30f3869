internal import Localization

/// Why an expression would fail in Terraform (`TerraformValue.failure`): a name not declared,
/// a value of the wrong type for an operator, by typed key. `try` and `can` catch these; shown,
/// they are the reason a value is unknown. English in `TerraformEvaluationFailure+en.swift`,
/// Japanese in `TerraformEvaluationFailure+ja.swift`. The functions' own failures are
/// `TerraformFunctionFailure`. `position` is `file:line:column`; `value` how a value shows.
enum TerraformEvaluationFailure: CatalogEntry {
    /// A resource, data source, local or variable whose value needs itself (`name`: `local.a`).
    case refersToItself(name: String)
    /// An output whose value needs itself.
    case outputRefersToItself(output: String, module: String)
    /// A splat's element expression evaluated outside a splat.
    case splatOutside
    /// An object key that is not a string.
    case objectKeyNotString(position: String)
    /// A conditional whose condition is `value`, not a bool.
    case conditionNotBool(position: String, value: LocalizedText)
    /// `!` of something not a bool.
    case notOf(value: LocalizedText, position: String)
    /// `-` of something not a number.
    case negateOf(value: LocalizedText, position: String)
    /// A name that is no variable Terraform knows.
    case unknownVariable(name: String, position: String)
    /// `local.NAME` with no such local.
    case localNotDefined(name: String)
    /// `data.TYPE.NAME` or `module.NAME` not declared (`name` is the whole address).
    case notDeclared(name: String)
    /// `var.NAME` not declared in `module` (nil: the root module).
    case variableNotDeclared(name: String, module: String?)
    /// `module.M.NAME` where the module (nil: the root module) has no such output.
    case noOutput(module: String?, name: String)
    /// An object without the attribute read.
    case noAttribute(name: String, position: String)
    /// An attribute read from a list.
    case attributeOfList(name: String, position: String)
    /// An attribute read from `value`, which has none.
    case attributeOf(name: String, value: LocalizedText, position: String)
    /// A list index out of range (`key` shows the index).
    case indexOutOfRange(key: LocalizedText, position: String)
    /// A map or object without the key read.
    case noKey(key: LocalizedText, position: String)
    /// An index into `value`, which has none.
    case cannotIndex(value: LocalizedText, position: String)
    /// A template interpolation whose value is not text.
    case notTextInTemplate(value: LocalizedText, position: String)
    /// A template's `%{ if }` whose condition is not a bool.
    case templateConditionNotBool(position: String)
    /// A `for` expression over `value`, which is not a collection.
    case forOver(value: LocalizedText, position: String)
    /// A `for` expression's key that is not a string.
    case forKeyNotString(position: String)
    /// `&&` or `||` (`op`) of something not a bool.
    case needsBools(op: String, position: String)
    /// An arithmetic or comparison operator (`op`) of something not a number.
    case needsNumbers(op: String, position: String, left: LocalizedText, right: LocalizedText)
    /// `/` by zero.
    case divisionByZero(position: String)
    /// `%` by zero.
    case moduloByZero(position: String)
    /// An operator the evaluator does not handle.
    case unexpectedOperator(position: String)
}
