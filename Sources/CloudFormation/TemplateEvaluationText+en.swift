internal import Localization

extension TemplateEvaluationText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .unknownIntrinsic(let name, let known): "unknown intrinsic function \(name); expected one of \(known.joined(separator: ", "))"
        case .intrinsicShape(let function, let shapes, let found, let items):
            "\(function) expects \(shapes.joined(separator: " or ")), found \(found.english)\(items.map { " of \($0) items" } ?? "")"
        case .refExpectsName(let found): "Ref expects a parameter or resource name, found \(found.english)"
        case .getAttExpectsResourceFirst: "Fn::GetAtt expects a resource name first"
        case .importValueExpectsName(let found): "Fn::ImportValue expects an export name (a string), found \(found)"
        case .subShape(let found): "Fn::Sub expects a string or [string, {variables}], found \(found.english)"
        case .subVariableNotString(let variable, let value): "Fn::Sub variable ${\(variable)} is \(value), not a string"
        case .joinExpectsDelimiter: "Fn::Join expects a literal delimiter"
        case .joinExpectsList(let found): "Fn::Join expects a list to join, found \(found)"
        case .joinExpectsStrings(let found): "Fn::Join can only join strings, found \(found)"
        case .splitExpectsDelimiter: "Fn::Split expects a literal, non-empty delimiter"
        case .splitExpectsString(let found): "Fn::Split expects a string to split, found \(found)"
        case .selectExpectsIndex(let found): "Fn::Select expects a non-negative index, found \(found)"
        case .selectExpectsList(let found): "Fn::Select expects a list, found \(found)"
        case .selectOutOfRange(let index, let count): "Fn::Select index \(index) is out of range for a list of \(count)"
        case .ifExpectsConditionFirst: "Fn::If expects a condition name first"
        case .findInMapShape: "Fn::FindInMap expects [MapName, TopLevelKey, SecondLevelKey]"
        case .findInMapExpectsStrings(let found): "Fn::FindInMap keys must be strings, found \(found)"
        case .findInMapNoMapping(let mapping): "Fn::FindInMap: there is no mapping '\(mapping)' in the Mappings section"
        case .findInMapNoEntry(let mapping, let topLevelKey, let secondLevelKey):
            "Fn::FindInMap: mapping '\(mapping)' has no entry [\(topLevelKey)][\(secondLevelKey)]"
        case .cidrExpectsStrings(let found): "Fn::Cidr arguments must be strings, found \(found)"
        case .cidrCannotCut(let count, let hostBits, let block): "Fn::Cidr cannot cut \(count) blocks of \(hostBits) host bits from \(block)"
        case .lengthExpectsList: "Fn::Length expects a list"
        case .subUnknownVariable(let variable, let stack):
            "Fn::Sub references ${\(variable)}, which is neither a variable, a parameter nor a resource of stack \(stack)"
        case .getAttNotAResource(let logicalID, let stack, let loops):
            "Fn::GetAtt of '\(logicalID)', which is not a resource of stack \(stack)\(Self.englishLoops(loops))"
        case .refNotFound(let name, let stack, let loops):
            "Ref to '\(name)', which is neither a parameter nor a resource of stack \(stack)\(Self.englishLoops(loops))"
        case .circularReference(let cycle): "circular reference: \(cycle.joined(separator: " → "))"
        case .conditionNotDefined(let name, let stack): "condition '\(name)' is not defined in the Conditions section of stack \(stack)"
        case .conditionExpected(let found): "expected a condition (Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition), found \(found.english)"
        case .conditionExpectsName: "Condition expects a condition name"
        case .equalsShape(let items): "Fn::Equals expects [value, value], found \(items) items"
        case .notShape: "Fn::Not expects [condition]"
        case .conditionCount(let function, let count): "\(function) expects 2 to 10 conditions, found \(count)"
        case .conditionFunctionExpected(let found):
            "expected a condition function (Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition), found \(found)"
        }
    }

    /// Why names may be missing, in parentheses after the message; nothing without loops.
    private static func englishLoops(_ loops: [LocalizedText]) -> String {
        loops.isEmpty ? "" : " (" + loops.map(\.english).joined(separator: "; ") + ")"
    }
}
