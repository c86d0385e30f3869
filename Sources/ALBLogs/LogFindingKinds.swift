public import Findings

/// The findings `albdoctor logs` reports, LOG000–LOG003.
public enum LogFindingKinds {
    public static let partialFile = FindingKind(
        id: "LOG000", name: "log-file-read-in-part", view: "logs", severity: .warning,
        title: "Log file read only in part",
        when: "A log file could not be read to its end: a truncated or corrupt gzip member, or a read error. The lines before the damage are counted; the rest of the file is not.",
        whatToDo: "Download the file again (`aws s3 cp`); the finding names the file and where reading stopped.", japanese: .log000)
    public static let orphanRedirects = FindingKind(
        id: "LOG001", name: "redirected-clients-never-arrived", view: "logs", severity: .warning,
        title: "Redirected clients that never arrived over HTTPS",
        when: "Clients that the load balancer answered on port 80 with its own redirect to HTTPS sent no HTTPS request within the window (`--window`, 180 s by default). A few per cent is normal (bots, closed tabs); a steady share is the signature of an unreachable node: those clients picked a load-balancer node they cannot reach on port 443.",
        whatToDo: "Run `albdoctor probe` on the site to see which address does not answer, and `albdoctor aws` (or `albdoctor lint`) to find its subnet and the missing route.", japanese: .log001)
    public static let tlsFailures = FindingKind(
        id: "LOG002", name: "tls-connections-failed", view: "logs", severity: .warning,
        title: "TLS connections that failed",
        when: "The connection logs record TLS handshakes that failed (`tls_verify_status` `Failed:…`); access logs never show these clients. The finding counts them by error and by load-balancer node.",
        whatToDo: "A failure concentrated on one node points at that node; spread over all nodes, compare the clients' TLS versions and ciphers with the listener's security policy.", japanese: .log002)
    public static let noRequest = FindingKind(
        id: "LOG003", name: "connections-without-request", view: "logs", severity: .note,
        title: "Connections that carried no request",
        when: "Connections in the connection logs whose `conn_trace_id` never appears in the access logs given: their handshake or their first request failed, or the access logs given cover less time.",
        whatToDo: "Give the access logs of the same hours; if they are complete, look at these clients with LOG002.", japanese: .log003)

    /// Every kind, in id order.
    public static let all = [partialFile, orphanRedirects, tlsFailures, noRequest]
}
