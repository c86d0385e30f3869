public import Localization
public import Testing

/// Checks samples of a catalog key: both texts present, each holding every value given (a
/// number, a name or an address dropped in one language is caught), and the Japanese not a
/// copy of the English but Japanese.
///
/// Give every key at least one sample, through an exhaustive `switch` over the key type, and
/// hold the list of keys the test samples to the enum's declaration with
/// ``checkEveryCase(_:declaredIn:sourceLocation:)``, so that a key added later cannot go
/// untested.
public func checkCatalog<Entry: CatalogEntry>(_ samples: [(Entry, [String])], sourceLocation: SourceLocation = #_sourceLocation) {
    for (entry, values) in samples {
        #expect(!entry.english.isEmpty && !entry.japanese.isEmpty, "\(entry)", sourceLocation: sourceLocation)
        for value in values {
            #expect(entry.english.contains(value), "English of \(entry) lacks \(value): \(entry.english)", sourceLocation: sourceLocation)
            #expect(entry.japanese.contains(value), "Japanese of \(entry) lacks \(value): \(entry.japanese)", sourceLocation: sourceLocation)
        }
        // Words (not only a command, a snippet or punctuation) must read in Japanese.
        if entry.english.contains(where: \.isLowercase) {
            #expect(entry.japanese != entry.english, "Japanese of \(entry) is the English", sourceLocation: sourceLocation)
            #expect(
                entry.japanese.unicodeScalars.contains { $0.value >= 0x3000 }, "Japanese of \(entry) has no Japanese: \(entry.japanese)",
                sourceLocation: sourceLocation)
        }
    }
}
