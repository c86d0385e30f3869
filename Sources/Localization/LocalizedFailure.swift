/// An error whose message comes from the catalog, so that the executable shows it in the
/// language the user chose. `description` stays the English, for logs and tests.
public protocol LocalizedFailure: Error, Sendable {
    /// What went wrong, where, and what was expected or what to run instead.
    var localizedMessage: LocalizedText { get }
}
