/// A file's (or a block's) content: attributes and nested blocks, in source order.
public struct Body: Sendable {
    public var attributes: [Attribute]
    public var blocks: [Block]
    /// Where the body starts (the file's start, or the block's `{`).
    public var position: Position

    public init(attributes: [Attribute] = [], blocks: [Block] = [], position: Position) {
        self.attributes = attributes
        self.blocks = blocks
        self.position = position
    }

    /// The attribute of that name, when there is one.
    public func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }

    /// The nested blocks of one type, in order.
    public func blocks(_ type: String) -> [Block] { blocks.filter { $0.type == type } }
}

/// `name = expression`.
public struct Attribute: Sendable {
    public var name: String
    public var value: Expression
    public var position: Position

    public init(name: String, value: Expression, position: Position) {
        self.name = name
        self.value = value
        self.position = position
    }
}

/// `type "label" … { body }`.
public struct Block: Sendable {
    public var type: String
    public var labels: [String]
    public var body: Body
    /// Where the block's type name is.
    public var position: Position

    public init(type: String, labels: [String], body: Body, position: Position) {
        self.type = type
        self.labels = labels
        self.body = body
        self.position = position
    }
}
