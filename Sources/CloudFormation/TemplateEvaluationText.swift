internal import Localization

/// The messages of the errors met evaluating a template: intrinsic functions and conditions
/// written in a way CloudFormation refuses, names that are not there, circles. By typed key;
/// English in `TemplateEvaluationText+en.swift`, Japanese in `TemplateEvaluationText+ja.swift`.
/// Values are shown as the template reads them (`display`: `[a, b]`, `<unknown>`).
enum TemplateEvaluationText: CatalogEntry {
    // MARK: intrinsic functions

    /// A function albdoctor does not know, and those it knows.
    case unknownIntrinsic(name: String, known: [String])
    /// `function` called with arguments of the wrong shape: one of `shapes` was expected;
    /// `found` is what was given, `items` how many when it is a list.
    case intrinsicShape(function: String, shapes: [String], found: NodeKindName, items: Int?)
    /// `Ref` of something that is not a name.
    case refExpectsName(found: NodeKindName)
    /// `Fn::GetAtt` whose first item is not a name.
    case getAttExpectsResourceFirst
    /// `Fn::ImportValue` of something that is not a string.
    case importValueExpectsName(found: String)
    /// `Fn::Sub` that is neither a string nor `[string, {variables}]`.
    case subShape(found: NodeKindName)
    /// A variable of `Fn::Sub` whose value is not a string.
    case subVariableNotString(variable: String, value: String)
    /// `Fn::Join` whose delimiter is not written as text.
    case joinExpectsDelimiter
    /// `Fn::Join` of something that is not a list.
    case joinExpectsList(found: String)
    /// `Fn::Join` of a list with an item that is not a string.
    case joinExpectsStrings(found: String)
    /// `Fn::Split` whose delimiter is not written as text, or empty.
    case splitExpectsDelimiter
    /// `Fn::Split` of something that is not a string.
    case splitExpectsString(found: String)
    /// `Fn::Select` whose index is not a number 0 or more.
    case selectExpectsIndex(found: String)
    /// `Fn::Select` from something that is not a list.
    case selectExpectsList(found: String)
    /// `Fn::Select` past the end of the list.
    case selectOutOfRange(index: Int, count: Int)
    /// `Fn::If` whose first item is not a condition's name.
    case ifExpectsConditionFirst
    /// `Fn::FindInMap` without three keys.
    case findInMapShape
    /// `Fn::FindInMap` with a key that is not a string.
    case findInMapExpectsStrings(found: String)
    /// `Fn::FindInMap` of a mapping the Mappings section does not have.
    case findInMapNoMapping(mapping: String)
    /// `Fn::FindInMap` of keys the mapping does not have.
    case findInMapNoEntry(mapping: String, topLevelKey: String, secondLevelKey: String)
    /// `Fn::Cidr` with an argument that is not a string.
    case cidrExpectsStrings(found: String)
    /// `Fn::Cidr` that cannot cut `count` blocks of `hostBits` from `block` (each as written).
    case cidrCannotCut(count: String, hostBits: String, block: String)
    /// `Fn::Length` of something that is not a list.
    case lengthExpectsList
    /// `Fn::Sub` of `${variable}`, which names nothing in `stack`.
    case subUnknownVariable(variable: String, stack: String)
    /// `Fn::GetAtt` of `logicalID`, which is not a resource of `stack`; `loops` say why names
    /// may be missing (the `Fn::ForEach` loops that could not be expanded).
    case getAttNotAResource(logicalID: String, stack: String, loops: [LocalizedText])
    /// `Ref` to `name`, which is neither a parameter nor a resource of `stack`; `loops` as above.
    case refNotFound(name: String, stack: String, loops: [LocalizedText])
    /// Values that depend on each other in a circle (`cycle`: what each is, in order).
    case circularReference(cycle: [String])

    // MARK: conditions

    /// A condition `name` that `stack` does not define.
    case conditionNotDefined(name: String, stack: String)
    /// Something that is not a condition where one was expected.
    case conditionExpected(found: NodeKindName)
    /// `Condition` of something that is not a name.
    case conditionExpectsName
    /// `Fn::Equals` without two items.
    case equalsShape(items: Int)
    /// `Fn::Not` without one item.
    case notShape
    /// `Fn::And` or `Fn::Or` (`function`) with fewer than 2 or more than 10 conditions.
    case conditionCount(function: String, count: Int)
    /// A function that is not a condition function, where a condition was expected.
    case conditionFunctionExpected(found: String)
}
