internal import Foundation

/// A log entry as one JSON object per line, as Athena or CloudWatch export it: the documented
/// field names (`client_ip_port` or `client:port` or `client_ip`/`client_port`), and unknown
/// trailing columns named by position (`"29"` is `conn_trace_id`).
enum JSONLogLine {
    static func parse(_ text: String) -> Result<LogRecord, LineError> {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
            return .failure(LineError(.notJSONObject))
        }
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let value = object[key] {
                    let text = (value as? String) ?? "\(value)"
                    return text == "-" || text.isEmpty ? nil : text
                }
            }
            return nil
        }
        func integer(_ keys: String...) -> Int? {
            for key in keys { if let value = object[key] { return (value as? Int) ?? (value as? String).flatMap { Int($0) } } }
            return nil
        }
        if let typeText = string("type") {
            guard let timeText = string("time"), let time = Timestamp.parse(timeText) else {
                return .failure(LineError(.jsonAccessWithoutTime))
            }
            let clientText: String?
            if let combined = string("client_ip_port", "client:port", "client") {
                clientText = combined.lastIndex(of: ":").map { String(combined[..<$0]).trimmingCharacters(in: CharacterSet(charactersIn: "[]")) } ?? combined
            } else {
                clientText = string("client_ip")
            }
            guard let clientText else { return .failure(LineError(.jsonAccessWithoutClient)) }
            let status = integer("elb_status_code")
            let actions = string("actions_executed") ?? ""
            let isRedirect = [301, 302, 307, 308].contains(status ?? 0) && actions.contains("redirect")
            return .success(.access(AccessRecord(
                kind: AccessRecord.Kind(rawValue: typeText) ?? .other, time: time, client: ClientAddress(clientText),
                elbStatus: status, targetStatus: integer("target_status_code"),
                targetProcessingTime: string("target_processing_time").flatMap(Double.init).flatMap { $0 < 0 ? nil : $0 },
                isRedirect: isRedirect, redirectURL: isRedirect ? string("redirect_url") : nil,
                userAgent: string("user_agent"), request: string("request"), errorReason: string("error_reason"),
                connTraceID: string("conn_trace_id", "29").flatMap(TraceID.init))))
        }
        guard let timeText = string("timestamp", "time"), let time = Timestamp.parse(timeText), let client = string("client_ip") else {
            return .failure(LineError(.jsonNeitherKind))
        }
        return .success(.connection(ConnectionRecord(
            time: time, client: ClientAddress(client), listenerPort: integer("listener_port"), tlsProtocol: string("tls_protocol"),
            verifyStatus: string("tls_verify_status") ?? "-", connTraceID: string("conn_trace_id", "11").flatMap(TraceID.init))))
    }
}
