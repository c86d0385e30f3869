public import Findings

extension ProbeReport {
    /// The findings a user acts on, most severe first; the address table holds the detail.
    public func findings(expiryWarningDays: Int = 30) -> [Finding] {
        var findings: [Finding] = []
        let total = addresses.count
        let ipv4Works = addresses.contains { $0.family == .ipv4 && $0.rounds.connected > 0 }
        for item in addresses {
            findings += connectFindings(item, total: total, ipv4Works: ipv4Works)
            findings += exchangeFindings(item)
            findings += port80Findings(item)
        }
        findings += certificateFindings(expiryWarningDays: expiryWarningDays)
        findings += disagreements()
        findings += familyLookupFailures()
        return findings.sorted { $0.severity > $1.severity }
    }

    private func connectFindings(_ item: AddressReport, total: Int, ipv4Works: Bool) -> [Finding] {
        let tries = item.rounds.count
        let share = "\(item.address), 1 of \(total) address\(total == 1 ? "" : "es") of \(host)"
        let evidence: Evidence = [
            "tries": "\(tries)", "connected": "\(item.rounds.connected)",
            "outcomes": item.rounds.failures.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
            "connect timeout": item.tcp.outcome == .timeout ? item.tcp.ms.millisecondsText : "-",
        ]
        if item.rounds.connected == 0 {
            let failed = item.rounds.tcpOutcomes.filter { $0 == item.tcp.outcome }.count
            if item.family == .ipv6 && ipv4Works {
                return [ProbeFindingKinds.deadAAAA.finding(
                    message: "\(share), is published in AAAA but its port \(port) \(Self.verb(item.tcp.outcome)) in \(failed) of \(tries) tries: IPv6 clients without Happy Eyeballs hang, the others lose time; remove the AAAA record or give that node an IPv6 route (::/0 to the internet gateway).",
                    subject: .address(item.address), related: [.url(url)], evidence: evidence)]
            }
            let consequence: String = switch item.tcp.outcome {
            case .timeout: "clients that pick it hang until their connect timeout (about 21 s on Windows, 127 s on Linux) — the signature of a load-balancer node in a subnet without an internet route; run `albdoctor aws` or `albdoctor lint` to find the route table"
            case .refused: "clients that pick it fail at once (ERR_CONNECTION_REFUSED): nothing listens on port \(port) there; check the listener and the security group of that node"
            case .unreachable: "clients that pick it fail at once (ERR_ADDRESS_UNREACHABLE): a router on the way answered ICMP unreachable (\(item.tcp.detail ?? "no route")); check the routes towards that address"
            default: "clients that pick it fail: \(item.tcp.detail ?? "a socket error")"
            }
            return [ProbeFindingKinds.neverConnects.finding(
                message: "\(share), \(Self.verb(item.tcp.outcome)) in \(failed) of \(tries) tries; \(consequence).",
                subject: .address(item.address), related: [.url(url)], evidence: evidence)]
        }
        if item.rounds.connected < tries {
            return [ProbeFindingKinds.connectsSometimes.finding(
                message: "\(share), connected in \(item.rounds.connected) of \(tries) tries (\(evidence["outcomes"] ?? "")): intermittent loss on the way to it; compare with the other addresses and the node's health.",
                subject: .address(item.address), related: [.url(url)], evidence: evidence)]
        }
        return []
    }

    private func exchangeFindings(_ item: AddressReport) -> [Finding] {
        guard item.rounds.connected > 0, item.rounds.succeeded == 0 else { return [] }
        if let failure = item.tls?.failure {
            return [ProbeFindingKinds.tlsFails.finding(
                message: "\(item.address) accepts TCP on port \(port) but the TLS handshake for \(host) fails (\(failure.kind.rawValue)): \(failure.detail); browsers show ERR_CONNECTION_RESET or ERR_SSL_PROTOCOL_ERROR for clients that pick it.",
                subject: .address(item.address), related: [.url(url)], evidence: ["failure": failure.kind.rawValue, "tries": "\(item.rounds.count)"])]
        }
        if let failure = item.http?.failure {
            return [ProbeFindingKinds.noHTTPResponse.finding(
                message: "\(item.address) completes \(item.tls == nil ? "the connect" : "TLS") but gives no HTTP response to GET \(url) (\(failure.kind.rawValue)): \(failure.detail).",
                subject: .address(item.address), related: [.url(url)], evidence: ["failure": failure.kind.rawValue, "tries": "\(item.rounds.count)"])]
        }
        return []
    }

    private func port80Findings(_ item: AddressReport) -> [Finding] {
        guard let plain = item.port80, item.rounds.succeeded > 0 else { return [] }
        let subject = Subject.endpoint(address: item.address, port: 80)
        if plain.tcp.outcome != .ok {
            return [ProbeFindingKinds.port80Silent.finding(
                message: "\(item.address) answers HTTPS but port 80 \(Self.verb(plain.tcp.outcome)): clients that type \(host) without https:// \(plain.tcp.outcome == .timeout ? "hang" : "fail"); add an HTTP listener that redirects to HTTPS.",
                subject: subject, related: [.url(url)], evidence: ["port 80": plain.tcp.outcome.rawValue])]
        }
        guard let status = plain.http?.status else {
            return [ProbeFindingKinds.port80Silent.finding(
                message: "\(item.address) accepts port 80 but gives no HTTP answer (\(plain.http?.failure?.detail ?? "no response")); clients that type \(host) without https:// fail.",
                subject: subject, related: [.url(url)])]
        }
        let location = plain.http?.location ?? ""
        let expected = ["https://\(host)/", "https://\(host):443/"]
        let redirects = plain.http?.isRedirect == true
        let rightPlace = expected.contains { location.lowercased().hasPrefix($0) } || location.lowercased() == "https://\(host)"
        guard !(redirects && rightPlace) else { return [] }
        let what = redirects ? "redirects to \(location.isEmpty ? "nowhere (no Location)" : location)" : "answers \(status) over plain HTTP"
        return [ProbeFindingKinds.badRedirect.finding(
            message: "http://\(host)/ on \(item.address) \(what) instead of redirecting to https://\(host)/; make the port-80 listener's action a 301 redirect to HTTPS, host and path unchanged.",
            subject: subject, related: [.url(url)], evidence: ["status": "\(status)", "location": location.isEmpty ? "-" : location])]
    }

    /// One finding per problem per distinct leaf, naming every address that serves it.
    private func certificateFindings(expiryWarningDays: Int) -> [Finding] {
        var findings: [Finding] = []
        let served = addresses.filter { $0.tls?.verification != nil }
        // A leaf that could not be read is grouped by the reason (its fingerprint is in it).
        let byLeaf = Dictionary(grouping: served) { address in
            address.tls?.verification?.leafUnreadable == true ? address.tls?.verification?.problems.first ?? "" : address.tls?.chain.first?.sha256 ?? ""
        }
        for (_, group) in byLeaf.sorted(by: { $0.key < $1.key }) {
            guard let tls = group.first?.tls, let verification = tls.verification else { continue }
            let on = group.map(\.address.text).joined(separator: ", ")
            let subject: Subject = group.count == 1 ? .address(group[0].address) : .served(host: host, addresses: group.map(\.address))
            guard !verification.leafUnreadable, let leaf = tls.chain.first else {
                findings.append(ProbeFindingKinds.untrusted.finding(
                    message: "The certificate \(on) serve\(group.count == 1 ? "s" : "") for \(host) cannot be read, so clients reject it: \(verification.problems.first ?? "it is not X.509 DER"); attach a valid certificate to the listener.",
                    subject: subject, related: [.url(url)], evidence: ["problems": verification.problems.joined(separator: "; ")]))
                continue
            }
            let evidence: Evidence = [
                "leaf": leaf.subject, "names": leaf.subjectAlternativeNames.joined(separator: ", "), "issuer": leaf.issuer,
                "not after": leaf.notAfter, "served chain": tls.chain.map(\.subject).joined(separator: " ← "),
            ]
            func add(_ kind: FindingKind, _ message: String) {
                findings.append(kind.finding(message: message, subject: subject, related: [.url(url)], evidence: evidence))
            }
            if verification.expired || verification.notYetValid {
                add(ProbeFindingKinds.outOfDate,
                    "The certificate \(on) serve\(group.count == 1 ? "s" : "") for \(host) \(verification.expired ? "expired \(-leaf.daysLeft) days ago (\(leaf.notAfter))" : "is not valid yet (from \(leaf.notBefore))"): every client rejects it; deploy a renewed certificate to the listener.")
            } else if leaf.daysLeft <= expiryWarningDays {
                add(ProbeFindingKinds.expiresSoon,
                    "The certificate \(on) serve\(group.count == 1 ? "s" : "") for \(host) expires in \(leaf.daysLeft) days (\(leaf.notAfter)); renew it before clients start to reject it.")
            }
            if !verification.nameMatches {
                add(ProbeFindingKinds.nameMismatch,
                    "\(on) serve\(group.count == 1 ? "s" : "") a certificate for \(leaf.subjectAlternativeNames.isEmpty ? leaf.subject : leaf.subjectAlternativeNames.joined(separator: ", ")), not \(host): browsers show ERR_CERT_COMMON_NAME_INVALID; add \(host) to the certificate or attach the right one to the listener (SNI).")
            }
            if verification.chainIncomplete {
                add(ProbeFindingKinds.missingIntermediate,
                    "\(on) serve\(group.count == 1 ? "s" : "") the leaf for \(host) without its intermediate (\(leaf.issuer)): browsers that cached it work, curl, openssl, Java and Android fail; serve the full chain (leaf, then intermediate).")
            } else if !verification.trusted {
                add(ProbeFindingKinds.untrusted,
                    "The chain \(on) serve\(group.count == 1 ? "s" : "") for \(host) is not trusted: \(verification.problems.last ?? "no path to a trusted root").")
            }
        }
        return findings
    }

    /// Working addresses that answer differently: a partial deployment or a stale node.
    private func familyLookupFailures() -> [Finding] {
        resolution.failures.map { failure in
            let probed = resolution.answers.count
            return ProbeFindingKinds.familyLookupFails.finding(
                message: "The \(failure.recordType) lookup of \(host) failed (\(failure.reason)), so only the \(probed) address\(probed == 1 ? "" : "es") of the other family \(probed == 1 ? "was" : "were") probed; make the DNS server answer \(failure.recordType) queries for it.",
                subject: .host(host), related: [.url(url)], evidence: ["record type": failure.recordType, "resolver": resolution.source, "reason": failure.reason])
        }
    }

    private func disagreements() -> [Finding] {
        let working = addresses.filter { $0.rounds.succeeded > 0 }
        guard working.count > 1 else { return [] }
        var differences: [String] = []
        func differ(_ label: String, _ value: (AddressReport) -> String?) {
            let values = Dictionary(grouping: working) { value($0) ?? "-" }
            guard values.count > 1 else { return }
            differences.append("\(label): " + values.sorted { $0.key < $1.key }.map { "\($0.key) on \($0.value.map(\.address.text).joined(separator: ", "))" }.joined(separator: "; "))
        }
        differ("certificate") { $0.tls?.chain.first.map { "\($0.subject) \($0.sha256.prefix(12))" } }
        differ("status") { $0.http?.status.map(String.init) }
        differ("TLS version") { $0.tls?.version }
        guard !differences.isEmpty else { return [] }
        return [ProbeFindingKinds.disagree.finding(
            message: "The addresses of \(host) do not agree (\(differences.joined(separator: " | "))): clients see different sites depending on the address they pick; redeploy so that every node serves the same.",
            subject: .host(host), related: working.map { .address($0.address) }, evidence: Evidence(differences.map { Evidence.Item(key: String($0.prefix { $0 != ":" }), value: String($0.drop { $0 != ":" }.dropFirst(2))) }))]
    }

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
