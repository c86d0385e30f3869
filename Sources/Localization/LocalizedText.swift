/// One user-facing text in every language albdoctor speaks, made from a catalog entry (a
/// typed key with typed arguments) so that reporters pick the language at the last moment and
/// the model joins values, not sentences.
public struct LocalizedText: Sendable, Hashable {
    /// The English text.
    public var english: String
    /// The Japanese text, or nil where the text is not in the catalog yet (an English sentence
    /// built where it is found); it is shown in English then.
    public var japanese: String?

    /// A text in both languages.
    public init(english: String, japanese: String) {
        self.english = english
        self.japanese = japanese
    }

    /// A text only in English: one the catalog does not hold yet, or a value that reads the
    /// same in every language (a name, an address, a template snippet).
    public init(english: String) {
        self.english = english
        japanese = nil
    }

    /// The text of a catalog entry.
    public init(_ entry: some CatalogEntry) {
        english = entry.english
        japanese = entry.japanese
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .en: english
        case .ja: japanese ?? english
        }
    }
}

/// A typed key of the message catalog: an enum whose cases carry the values a text is built
/// from. Each conforming type keeps its English in one file and its Japanese in another
/// (`…+en.swift`, `…+ja.swift`), so that the compiler refuses a key missing in either.
public protocol CatalogEntry: Sendable {
    /// The text in English.
    var english: String { get }
    /// The text in Japanese.
    var japanese: String { get }
}

extension CatalogEntry {
    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .en: english
        case .ja: japanese
        }
    }
}

extension LocalizedText {
    /// A text that reads the same in every language: a command, a name, an address.
    public init(sameInEveryLanguage text: String) {
        english = text
        japanese = text
    }

    /// This text followed by `text`, which reads the same in every language (a snippet).
    public func appending(_ text: String) -> LocalizedText {
        LocalizedText(english: english + text, japanese: japanese.map { $0 + text })
    }

    private init(english: String, japanese: String?) {
        self.english = english
        self.japanese = japanese
    }
}

extension LocalizedText {
    /// This text followed by `other`; in Japanese only when both are.
    public func appending(_ other: LocalizedText) -> LocalizedText {
        guard let japanese, let otherJapanese = other.japanese else { return LocalizedText(english: english + other.english) }
        return LocalizedText(english: english + other.english, japanese: japanese + otherJapanese)
    }
}

extension LocalizedText: Codable {
    /// A JSON string in the language of the encoder's `userInfo[Language.userInfoKey]`
    /// (English without one).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self(Language(userInfo: encoder.userInfo)))
    }

    /// A JSON string read back as the text it holds, in the one language it was written in
    /// (a saved report or snapshot keeps one language).
    public init(from decoder: any Decoder) throws {
        self.init(english: try decoder.singleValueContainer().decode(String.self))
    }
}
