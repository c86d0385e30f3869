extension LogLocationText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .accessLogsNotEnabled(let value): "access logs are not enabled (access_logs.s3.enabled is \(value ?? "not set"))"
        case .connectionLogsNotEnabled(let value): "connection logs are not enabled (connection_logs.s3.enabled is \(value ?? "not set"))"
        }
    }
}
