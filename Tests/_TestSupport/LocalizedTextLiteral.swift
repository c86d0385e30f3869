public import Localization

/// In tests only, a string literal is an English-only `LocalizedText`: a fixture's unknown
/// reason or a sample reason reads `"no port"` rather than `LocalizedText(english: "no port")`.
/// The sources never see this conformance, so their texts must come from the catalog.
extension LocalizedText: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) {
        self.init(english: value)
    }
}
