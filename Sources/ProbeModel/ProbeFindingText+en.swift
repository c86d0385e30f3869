internal import Localization

extension ProbeFindingText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .neverConnects(let address, let total, let host, let outcome, let failed, let tries, let port, let detail):
            let consequence: String = switch outcome {
            case .timeout: "clients that pick it hang until their connect timeout (about 21 s on Windows, 127 s on Linux) — the signature of a load-balancer node in a subnet without an internet route; run `albdoctor aws` or `albdoctor lint` to find the route table"
            case .refused: "clients that pick it fail at once (ERR_CONNECTION_REFUSED): nothing listens on port \(port) there; check the listener and the security group of that node"
            case .unreachable: "clients that pick it fail at once (ERR_ADDRESS_UNREACHABLE): a router on the way answered ICMP unreachable (\(detail?.english ?? "no route")); check the routes towards that address"
            default: "clients that pick it fail: \(detail?.english ?? "a socket error")"
            }
            return "\(Self.share(address, total, host)), \(Self.verb(outcome)) in \(failed) of \(tries) tries; \(consequence)."
        case .connectsSometimes(let address, let total, let host, let connected, let tries, let outcomes):
            return "\(Self.share(address, total, host)), connected in \(connected) of \(tries) tries (\(outcomes)): intermittent loss on the way to it; compare with the other addresses and the node's health."
        case .publishedAAAADoesNotAnswer(let address, let total, let host, let port, let outcome, let failed, let tries):
            return "\(Self.share(address, total, host)), is published in AAAA but its port \(port) \(Self.verb(outcome)) in \(failed) of \(tries) tries: IPv6 clients without Happy Eyeballs hang, the others lose time; remove the AAAA record or give that node an IPv6 route (::/0 to the internet gateway)."
        case .tlsFails(let address, let port, let host, let failure, let detail):
            return "\(address) accepts TCP on port \(port) but the TLS handshake for \(host) fails (\(failure)): \(detail.english); browsers show ERR_CONNECTION_RESET or ERR_SSL_PROTOCOL_ERROR for clients that pick it."
        case .noHTTPResponse(let address, let overTLS, let url, let failure, let detail):
            return "\(address) completes \(overTLS ? "TLS" : "the connect") but gives no HTTP response to GET \(url) (\(failure)): \(detail.english)."
        case .port80DoesNotConnect(let address, let host, let outcome):
            return "\(address) answers HTTPS but port 80 \(Self.verb(outcome)): clients that type \(host) without https:// \(outcome == .timeout ? "hang" : "fail"); add an HTTP listener that redirects to HTTPS."
        case .port80GivesNoAnswer(let address, let detail, let host):
            return "\(address) accepts port 80 but gives no HTTP answer (\(detail?.english ?? "no response")); clients that type \(host) without https:// fail."
        case .port80RedirectsElsewhere(let host, let address, let location):
            return Self.badRedirect(host: host, address: address, what: "redirects to \(location.isEmpty ? "nowhere (no Location)" : location)")
        case .port80AnswersWithoutRedirect(let host, let address, let status):
            return Self.badRedirect(host: host, address: address, what: "answers \(status) over plain HTTP")
        case .certificateUnreadable(let addresses, let host, let problem):
            return "The certificate \(Self.serves(addresses)) for \(host) cannot be read, so clients reject it: \(problem?.english ?? "it is not X.509 DER"); attach a valid certificate to the listener."
        case .certificateExpired(let addresses, let host, let days, let notAfter):
            return "The certificate \(Self.serves(addresses)) for \(host) expired \(days) days ago (\(notAfter)): every client rejects it; deploy a renewed certificate to the listener."
        case .certificateNotYetValid(let addresses, let host, let notBefore):
            return "The certificate \(Self.serves(addresses)) for \(host) is not valid yet (from \(notBefore)): every client rejects it; deploy a renewed certificate to the listener."
        case .certificateExpiresSoon(let addresses, let host, let days, let notAfter):
            return "The certificate \(Self.serves(addresses)) for \(host) expires in \(days) days (\(notAfter)); renew it before clients start to reject it."
        case .certificateForAnotherName(let addresses, let names, let host):
            return "\(Self.serves(addresses)) a certificate for \(names.joined(separator: ", ")), not \(host): browsers show ERR_CERT_COMMON_NAME_INVALID; add \(host) to the certificate or attach the right one to the listener (SNI)."
        case .intermediateMissing(let addresses, let host, let issuer):
            return "\(Self.serves(addresses)) the leaf for \(host) without its intermediate (\(issuer)): browsers that cached it work, curl, openssl, Java and Android fail; serve the full chain (leaf, then intermediate)."
        case .chainNotTrusted(let addresses, let host, let problem):
            return "The chain \(Self.serves(addresses)) for \(host) is not trusted: \(problem?.english ?? "no path to a trusted root")."
        case .addressesDisagree(let host, let differences):
            return "The addresses of \(host) do not agree (\(differences.map(\.english).joined(separator: " | "))): clients see different sites depending on the address they pick; redeploy so that every node serves the same."
        case .familyLookupFails(let recordType, let host, let reason, let probed):
            return "The \(recordType) lookup of \(host) failed (\(reason.english)), so only the \(probed) address\(probed == 1 ? "" : "es") of the other family \(probed == 1 ? "was" : "were") probed; make the DNS server answer \(recordType) queries for it."
        }
    }

    /// `203.0.113.7, 1 of 4 addresses of example.com`.
    private static func share(_ address: String, _ total: Int, _ host: String) -> String {
        "\(address), 1 of \(total) address\(total == 1 ? "" : "es") of \(host)"
    }

    /// `203.0.113.7 serves`, `203.0.113.7, 203.0.113.8 serve`.
    private static func serves(_ addresses: [String]) -> String {
        "\(addresses.joined(separator: ", ")) serve\(addresses.count == 1 ? "s" : "")"
    }

    /// PRB007: what port 80 did instead.
    private static func badRedirect(host: String, address: String, what: String) -> String {
        "http://\(host)/ on \(address) \(what) instead of redirecting to https://\(host)/; make the port-80 listener's action a 301 redirect to HTTPS, host and path unchanged."
    }

    /// What a connect did, after its subject.
    private static func verb(_ outcome: ConnectionResult.TCPOutcome) -> String {
        switch outcome {
        case .ok: "connected"
        case .timeout: "timed out"
        case .refused: "refused the connection"
        case .unreachable: "was unreachable"
        case .error: "failed"
        }
    }
}

extension AddressDifference {
    /// The English of every entry: `status: 200 on 203.0.113.7; 503 on 203.0.113.8`.
    var english: String {
        let (label, answers): (String, [DifferingAnswer]) = switch self {
        case .certificate(let answers): ("certificate", answers)
        case .status(let answers): ("status", answers)
        case .tlsVersion(let answers): ("TLS version", answers)
        }
        return "\(label): " + answers.map { "\($0.value) on \($0.addresses.joined(separator: ", "))" }.joined(separator: "; ")
    }
}
