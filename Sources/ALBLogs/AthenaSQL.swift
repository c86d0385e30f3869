/// Athena SQL for the same analyses over AWS's documented Athena tables for ALB access logs
/// (`alb_access_logs`-style: `client_ip`, `time`, `type`, `elb_status_code`, `actions_executed`,
/// `redirect_url`, `conn_trace_id`, …) and connection logs (`tls_verify_status`, …) — the way out
/// when logs outgrow one machine.
public enum AthenaSQL {
    /// Orphan redirects: the load balancer's own redirects to https with no encrypted request from
    /// the same client within `window` seconds.
    public static func orphanRedirects(table: String, window: Int64) -> String {
        """
        -- Clients the load balancer redirected to HTTPS that never arrived within \(window) s.
        WITH redirects AS (
            SELECT client_ip, from_iso8601_timestamp(time) AS redirected_at, user_agent, redirect_url
            FROM \(table)
            WHERE elb_status_code IN (301, 302, 307, 308)
              AND actions_executed LIKE '%redirect%'
              AND redirect_url LIKE 'https%'
        ),
        arrivals AS (
            SELECT client_ip, from_iso8601_timestamp(time) AS arrived_at
            FROM \(table)
            WHERE type IN ('https', 'h2', 'wss', 'grpcs')
        )
        SELECT r.client_ip, r.redirected_at, r.user_agent, r.redirect_url
        FROM redirects r
        WHERE NOT EXISTS (
            SELECT 1 FROM arrivals a
            WHERE a.client_ip = r.client_ip
              AND a.arrived_at BETWEEN r.redirected_at - INTERVAL '1' SECOND AND r.redirected_at + INTERVAL '\(window)' SECOND
        )
        ORDER BY r.redirected_at;
        """
    }

    /// TLS failures by client, and connections whose trace id never reached the access logs.
    public static func tlsFailures(connectionTable: String, accessTable: String) -> String {
        """
        -- TLS connections that failed, by client and code.
        SELECT client_ip, tls_verify_status, count(*) AS failures
        FROM \(connectionTable)
        WHERE tls_verify_status LIKE 'Failed%'
        GROUP BY client_ip, tls_verify_status
        ORDER BY failures DESC;

        -- Connections that never carried a logged request (joined on conn_trace_id).
        SELECT c.client_ip, count(*) AS connections
        FROM \(connectionTable) c
        LEFT JOIN \(accessTable) a ON a.conn_trace_id = c.conn_trace_id
        WHERE a.conn_trace_id IS NULL
        GROUP BY c.client_ip
        ORDER BY connections DESC;
        """
    }

    /// The connection-log table that goes with an access-log table, as tables are usually named:
    /// `access` replaced by `connection` (`alb_access_logs` → `alb_connection_logs`), else the
    /// name with `_connection_logs` added.
    public static func connectionTable(forAccessTable table: String) -> String {
        table.contains("access") ? table.replacingOccurrences(of: "access", with: "connection") : table + "_connection_logs"
    }
}
