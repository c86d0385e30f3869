/// The facts that led to a finding, as ordered key/value pairs.
///
/// Order is kept for the terminal; JSON renders them as one object.
public struct Evidence: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    /// One fact: what it is and its value.
    public struct Item: Sendable, Hashable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public typealias Key = String
    public typealias Value = String

    public private(set) var items: [Item]

    public init(_ items: [Item] = []) { self.items = items }

    public init(dictionaryLiteral elements: (String, String)...) {
        items = elements.map { Item(key: $0.0, value: $0.1) }
    }

    /// Adds a fact at the end, replacing an earlier fact with the same key.
    public mutating func append(_ key: String, _ value: String) {
        items.removeAll { $0.key == key }
        items.append(Item(key: key, value: value))
    }

    /// The value recorded under `key`, if any.
    public subscript(key: String) -> String? { items.first { $0.key == key }?.value }

    public var isEmpty: Bool { items.isEmpty }

    public func makeIterator() -> IndexingIterator<[Item]> { items.makeIterator() }
}

extension Evidence: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DynamicCodingKey.self)
        items = try container.allKeys.map { Item(key: $0.stringValue, value: try container.decode(String.self, forKey: $0)) }
            .sorted { $0.key < $1.key }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicCodingKey.self)
        for item in items { try container.encode(item.value, forKey: DynamicCodingKey(item.key)) }
    }
}
