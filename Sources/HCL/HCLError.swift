public import Localization

/// A syntax error: where it is and what was expected there.
public struct HCLError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedFailure {
    public var position: Position
    /// What the parser expected, e.g. "a block label or `{`".
    public var expected: HCLExpected
    /// What it found instead, e.g. "`}`" or "the end of the input".
    public var found: HCLFound

    /// A syntax error at `position`: what the parser expected there and what it found.
    public init(position: Position, expected: HCLExpected, found: HCLFound) {
        self.position = position
        self.expected = expected
        self.found = found
    }

    /// `file:line:column: expected …, found …`, in English.
    public var description: String { "\(position): expected \(expected.english), found \(found.english)" }

    /// The message in every language: `file:line:column: ` then, in Japanese,
    /// 「…が必要ですが、…がありました」.
    public var localizedMessage: LocalizedText {
        LocalizedText(
            english: description,
            japanese: "\(position): \(JapaneseSpacing.before(expected.japanese))が必要ですが、\(JapaneseSpacing.before(found.japanese))がありました")
    }
}
