extension LineProblem {
    /// The English of every entry.
    var english: String {
        switch self {
        case .emptyLine: "empty line"
        case .unclosedQuote: "a quoted field is not closed"
        case .tooFewAccessFields(let found): "expected at least 12 access-log fields, found \(found)"
        case .noRequestType: "expected a request type (http, https, h2, grpcs, ws, wss) first"
        case .accessTime(let found): "expected an ISO 8601 time in field 2, found '\(found)'"
        case .clientAddress(let found): "expected client:port in field 4, found '\(found)'"
        case .tooFewConnectionFields(let found): "expected at least 12 connection-log fields, found \(found)"
        case .connectionTime(let found): "expected an ISO 8601 timestamp first, found '\(found)'"
        case .notJSONObject: "a line starting with '{' is not a JSON object"
        case .jsonAccessWithoutTime: "a JSON access entry needs an ISO 8601 \"time\""
        case .jsonAccessWithoutClient: "a JSON access entry needs \"client_ip_port\" or \"client_ip\""
        case .jsonNeitherKind: "a JSON line needs \"type\" (access log) or \"timestamp\" and \"client_ip\" (connection log)"
        }
    }
}
