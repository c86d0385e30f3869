public import Localization

/// The facts that led to a finding, as ordered key/value pairs.
///
/// Order is kept for the terminal; JSON renders them as one object.
public struct Evidence: Sendable, Hashable, ExpressibleByDictionaryLiteral, Sequence {
    /// One fact: what it is and its value.
    public struct Item: Sendable, Hashable {
        public var key: String
        /// The value as JSON keeps it (English, where it is words).
        public var value: String
        /// The value in Japanese, where it is words that read differently.
        public var japanese: String?
        /// The key as a Japanese report labels it, for a key made of a value ("listeners of
        /// lbX1") that `EvidenceLabel`'s table of fixed keys cannot hold; JSON keeps `key`.
        public var japaneseLabel: String?

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }

        /// A fact whose value is words, in every language (JSON keeps the English).
        public init(key: String, value: LocalizedText) {
            self.key = key
            self.value = value.english
            japanese = value.japanese
        }

        /// A fact whose key is made of a value, labelled in every language: its key (what JSON
        /// keeps) is the label's English.
        public init(label: LocalizedText, value: String) {
            key = label.english
            self.value = value
            japaneseLabel = label.japanese
        }

        /// The value as a report in `language` shows it.
        public func value(in language: Language) -> String {
            language == .ja ? japanese ?? value : value
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

    /// Adds a fact whose value is words, in every language, at the end (replacing an earlier fact
    /// with the same key).
    public mutating func append(_ key: String, _ text: LocalizedText) {
        items.removeAll { $0.key == key }
        items.append(Item(key: key, value: text))
    }

    /// These facts with one more, whose value is words in every language, at the end.
    public func appending(_ key: String, _ text: LocalizedText) -> Evidence {
        var copy = self
        copy.append(key, text)
        return copy
    }

    /// The value recorded under `key`, if any.
    public subscript(key: String) -> String? { items.first { $0.key == key }?.value }

    public var isEmpty: Bool { items.isEmpty }

    public func makeIterator() -> IndexingIterator<[Item]> { items.makeIterator() }
}

extension Evidence {
    /// The evidence of an unverified note: its status, and why in every language (JSON keeps
    /// the English).
    public static func unverified(because reason: LocalizedText) -> Evidence {
        Evidence([Item(key: "status", value: "unverified"), Item(key: "reason", value: reason)])
    }
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
