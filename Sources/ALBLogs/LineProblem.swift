internal import Localization

/// Why a line is not a log entry (`LineError`, the analyses' malformed samples), by typed key.
/// English in `LineProblem+en.swift`, Japanese in `LineProblem+ja.swift`. `found` is the line's
/// own text where it says what was there instead.
enum LineProblem: CatalogEntry, Equatable {
    // Lines of AWS's space-separated format.
    /// A line with nothing but blanks.
    case emptyLine
    /// A `"` that opens a field and none that closes it.
    case unclosedQuote
    /// Fewer fields than an access entry has.
    case tooFewAccessFields(found: Int)
    /// The first field is not a request type.
    case noRequestType
    /// Field 2 of an access entry is not a time.
    case accessTime(found: String)
    /// Field 4 of an access entry is not `client:port`.
    case clientAddress(found: String)
    /// Fewer fields than a connection entry has.
    case tooFewConnectionFields(found: Int)
    /// The first field of a connection entry is not a time.
    case connectionTime(found: String)

    // Lines of JSON (Athena, CloudWatch).
    /// A line that starts with `{` and is not a JSON object.
    case notJSONObject
    /// A JSON access entry without a readable `time`.
    case jsonAccessWithoutTime
    /// A JSON access entry without the client's address.
    case jsonAccessWithoutClient
    /// A JSON object that is neither kind of entry.
    case jsonNeitherKind
}
