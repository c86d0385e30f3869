/// A kind of finding's documentation in another language than English: the title every finding
/// of the kind shows, and the paragraphs of `albdoctor rules --lang ja` and `docs/rules/ja/`.
/// Each module keeps its kinds' Japanese in one file beside the English it translates.
public struct KindTranslation: Sendable {
    /// The short title (a noun phrase, plain form: it stands in table cells).
    public var title: String
    /// What the rule checks, or when the finding is reported.
    public var summary: String
    /// What to do about it.
    public var howToFix: String
    /// Why it matters; rules only.
    public var rationale: String?

    /// A kind's documentation in one language.
    public init(title: String, summary: String, howToFix: String, rationale: String? = nil) {
        self.title = title
        self.summary = summary
        self.howToFix = howToFix
        self.rationale = rationale
    }
}
