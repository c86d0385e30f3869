/// Why a report could not be written. The command stops with it (exit 3, an internal error)
/// instead of printing a document that is not the report.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A value the format cannot hold, e.g. a number that is not finite in JSON: where it is
    /// (a coding path such as `analyses.orphanRedirects.share`) and what the encoder said.
    case cannotEncode(format: String, path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotEncode(let format, let path, let reason):
            "cannot write the \(format) report: the value at \(path.isEmpty ? "its top level" : path) cannot be encoded (\(reason))"
        }
    }
}
