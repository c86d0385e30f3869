public import Findings

/// The findings `albdoctor probe` reports, PRB001–PRB014.
public enum ProbeFindingKinds {
    public static let neverConnects = FindingKind(
        id: "PRB001", name: "address-never-connects", view: "probe", severity: .error,
        title: "Address that never connects",
        when: "A published address of the host does not connect in any try: `timeout` (the SYNs get no answer — filtered, or the node's replies have no route back, as for a load-balancer node in a subnet without a 0.0.0.0/0 route to the internet gateway), `refused` (an RST: nothing listens) or `unreachable` (an ICMP unreachable from a router on the way). Clients that pick a timing-out address hang until their own connect timeout (about 21 s on Windows, 127 s on Linux) and browsers show ERR_CONNECTION_TIMED_OUT or ERR_CONNECTION_RESET — a few times a day, for the share of clients that pick that address.",
        whatToDo: "For `timeout`, run `albdoctor aws` (or `albdoctor lint` on the templates) to find the subnet and the route table without an internet route; for `refused`, check the listener and the node's security group; for `unreachable`, check the routes towards the address.", japanese: .prb001)
    public static let connectsSometimes = FindingKind(
        id: "PRB002", name: "address-connects-sometimes", view: "probe", severity: .warning,
        title: "Address that connects only sometimes",
        when: "An address connects in some tries and not in others (`--rounds N`, `--watch`): packets to or from it are lost intermittently.",
        whatToDo: "Compare with the other addresses of the host; look at that node's health, its network ACLs and anything stateful on the way.", japanese: .prb002)
    public static let deadAAAA = FindingKind(
        id: "PRB003", name: "published-aaaa-does-not-answer", view: "probe", severity: .error,
        title: "Published AAAA address does not answer",
        when: "The host publishes an IPv6 address that never connects while its IPv4 addresses do. IPv6 clients without Happy Eyeballs hang; the others lose time before they fall back.",
        whatToDo: "Remove the AAAA record, or give the node's subnet an IPv6 route (::/0 to the internet gateway) and open the security group to IPv6 clients.", japanese: .prb003)
    public static let tlsFails = FindingKind(
        id: "PRB004", name: "tls-handshake-fails", view: "probe", severity: .error,
        title: "TLS handshake fails",
        when: "TCP connects but the TLS handshake for the host never succeeds: the server sends an `alert`, `reset`s or `closed` the connection, says nothing until the `timeout`, or answers something that is not TLS (`protocol-error`). Browsers show ERR_CONNECTION_RESET or ERR_SSL_PROTOCOL_ERROR.",
        whatToDo: "Check the listener's certificate and security policy, and what really listens on that address and port.", japanese: .prb004)
    public static let noHTTPResponse = FindingKind(
        id: "PRB005", name: "no-http-response", view: "probe", severity: .error,
        title: "No HTTP response",
        when: "TLS (or, for http:// URLs, TCP) works but no complete HTTP response head arrives within `--timeout`: silence, garbage, a trickle or a close.",
        whatToDo: "Check the listener's rules and the targets behind it.", japanese: .prb005)
    public static let port80Silent = FindingKind(
        id: "PRB006", name: "port-80-does-not-answer", view: "probe", severity: .warning,
        title: "Port 80 does not answer",
        when: "An address answers HTTPS but its port 80 does not connect or gives no HTTP answer: clients that type the name without https:// hang or fail.",
        whatToDo: "Add an HTTP listener on port 80 whose action redirects to HTTPS, and open port 80 in the load balancer's security group.", japanese: .prb006)
    public static let badRedirect = FindingKind(
        id: "PRB007", name: "port-80-bad-redirect", view: "probe", severity: .warning,
        title: "Port 80 does not redirect to HTTPS on the same host",
        when: "Port 80 answers without a redirect, or redirects to another host or scheme than `https://HOST[:443]/`.",
        whatToDo: "Make the port-80 listener's action a 301 redirect to HTTPS, host, path and query unchanged (`#{host}`, `/#{path}`, `#{query}`).", japanese: .prb007)
    public static let outOfDate = FindingKind(
        id: "PRB008", name: "certificate-out-of-date", view: "probe", severity: .error,
        title: "Certificate out of date",
        when: "A certificate of the served chain is expired or not yet valid: every client rejects it (ERR_CERT_DATE_INVALID).",
        whatToDo: "Deploy a renewed certificate to the listener (with ACM, check why the renewal failed: DNS validation records removed, or an imported certificate).", japanese: .prb008)
    public static let expiresSoon = FindingKind(
        id: "PRB009", name: "certificate-expires-soon", view: "probe", severity: .warning,
        title: "Certificate expires soon",
        when: "The leaf expires within `--expiry-warning` days (30 by default).",
        whatToDo: "Renew it and deploy the new one before clients start to reject it.", japanese: .prb009)
    public static let nameMismatch = FindingKind(
        id: "PRB010", name: "certificate-for-another-name", view: "probe", severity: .error,
        title: "Certificate for another name",
        when: "The leaf is not valid for the host by the RFC 6125 name check (subject alternative names, one-label wildcards): browsers show ERR_CERT_COMMON_NAME_INVALID.",
        whatToDo: "Add the name to the certificate, or attach the right certificate to the listener (SNI picks among a listener's certificates).", japanese: .prb010)
    public static let missingIntermediate = FindingKind(
        id: "PRB011", name: "intermediate-missing", view: "probe", severity: .error,
        title: "Intermediate certificate missing",
        when: "The server sends the leaf without the intermediate that signed it. Browsers that cached the intermediate work; curl, openssl, Java, Android and fresh browsers fail.",
        whatToDo: "Serve the full chain: the leaf, then its intermediate (for an imported certificate, pass the certificate chain too).", japanese: .prb011)
    public static let untrusted = FindingKind(
        id: "PRB012", name: "chain-not-trusted", view: "probe", severity: .error,
        title: "Certificate chain not trusted",
        when: "The served chain does not lead to a trusted root: the system's roots, or the roots in `--ca-file`.",
        whatToDo: "Use a certificate from a public CA; for a private CA, pass its root with `--ca-file`.", japanese: .prb012)
    public static let disagree = FindingKind(
        id: "PRB013", name: "addresses-disagree", view: "probe", severity: .warning,
        title: "Addresses that answer differently",
        when: "The working addresses of the host serve different certificates, status codes or TLS versions: clients see different sites depending on the address they pick.",
        whatToDo: "Redeploy so that every node serves the same; look for a stale node or a second load balancer behind the same name.", japanese: .prb013)

    public static let familyLookupFails = FindingKind(
        id: "PRB014", name: "address-family-lookup-fails", view: "probe", severity: .note,
        title: "One address family does not resolve",
        when: "The lookup of one record type failed (the server refused or failed it, or did not answer in time) while the other type answered: the addresses found were probed, but addresses of the failed type, if the name has any, were not. Resolvers that fail the same way make their clients wait or fall back.",
        whatToDo: "Check that the name's DNS servers answer AAAA (or A) queries, with an empty NOERROR answer when there are no such records; then probe again.", japanese: .prb014)

    /// Every kind, in id order.
    public static let all = [
        neverConnects, connectsSometimes, deadAAAA, tlsFails, noHTTPResponse, port80Silent, badRedirect,
        outOfDate, expiresSoon, nameMismatch, missingIntermediate, untrusted, disagree, familyLookupFails,
    ]
}
