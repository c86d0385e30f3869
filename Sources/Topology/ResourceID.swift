/// Names a resource the way its source does: a CloudFormation logical id with its stack,
/// or an AWS id such as `subnet-0b12…` (no stack).
public struct ResourceID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The stack that declares it, for resources from templates.
    public var stack: String?
    /// The logical id (templates) or the AWS resource id (accounts).
    public var name: String

    public init(stack: String? = nil, _ name: String) {
        self.stack = stack
        self.name = name
    }

    /// `stack/LogicalId` for template resources, the bare id otherwise.
    public var description: String {
        if let stack { return "\(stack)/\(name)" }
        return name
    }

    public static func < (lhs: ResourceID, rhs: ResourceID) -> Bool { lhs.description < rhs.description }
}
