extension LogsHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "Read ALB access and connection logs: who was redirected to HTTPS and never arrived, whose TLS handshakes failed."
        case .discussion:
            """
            Reads .log and .log.gz files, folders (recursively, as `aws s3 sync` leaves the \
            AWSLogs/ACCOUNT/elasticloadbalancing/REGION/YYYY/MM/DD/ layout) and - for stdin, on all \
            cores. Access and connection logs (conn_log.* files, or by content) may be mixed; JSON \
            lines exported from Athena or CloudWatch work too.

            Examples:
              albdoctor logs ~/alb-logs/AWSLogs/123456789012/elasticloadbalancing/ap-northeast-1/2025/12/25/
              albdoctor logs logs/ --since 2025-12-25T23:00:00Z --until 2025-12-26T01:00:00Z
              albdoctor logs logs/ --client 119.21.1.1
              zcat *.log.gz | albdoctor logs - --format json | jq .analyses.orphanRedirects
              albdoctor logs --athena-sql alb_access_logs     # the same analyses as Athena SQL
            """
        case .paths: "Log files, folders, or - for standard input."
        case .window(let longestHours): "How long a redirected client has to arrive over HTTPS: \(OptionGroupHelp.windowValues(longestHours: longestHours).english)."
        case .connectionWindow: "How long a connection may carry requests after it opened, for joining connection and access logs on conn_trace_id (default 1h, ALB's client keep-alive; its idle timeout goes up to 4000s)."
        case .since: "Only entries at or after this time (\(OptionGroupHelp.timeValues.english))."
        case .until: "Only entries at or before this time."
        case .client: "Follow one client address through both logs."
        case .athenaSQL: "Print Athena SQL for the same analyses over this access-log table, and exit."
        case .athenaConnectionTable: "The connection-log table for --athena-sql (default: the access table's name with 'connection')."
        }
    }
}
