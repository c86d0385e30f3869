public import Findings
internal import Localization

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
        let address = "\(item.address)"
        let evidence: Evidence = [
            "tries": "\(tries)", "connected": "\(item.rounds.connected)",
            "outcomes": item.rounds.failures.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
            "connect timeout": item.tcp.outcome == .timeout ? item.tcp.ms.millisecondsText : "-",
        ]
        if item.rounds.connected == 0 {
            let failed = item.rounds.tcpOutcomes.filter { $0 == item.tcp.outcome }.count
            if item.family == .ipv6 && ipv4Works {
                return [ProbeFindingKinds.deadAAAA.finding(
                    message: LocalizedText(ProbeFindingText.publishedAAAADoesNotAnswer(
                        address: address, total: total, host: host, port: port, outcome: item.tcp.outcome, failed: failed, tries: tries)),
                    subject: .address(item.address), related: [.url(url)], evidence: evidence)]
            }
            return [ProbeFindingKinds.neverConnects.finding(
                message: LocalizedText(ProbeFindingText.neverConnects(
                    address: address, total: total, host: host, outcome: item.tcp.outcome, failed: failed, tries: tries, port: port, detail: item.tcp.detail)),
                subject: .address(item.address), related: [.url(url)], evidence: evidence)]
        }
        if item.rounds.connected < tries {
            return [ProbeFindingKinds.connectsSometimes.finding(
                message: LocalizedText(ProbeFindingText.connectsSometimes(
                    address: address, total: total, host: host, connected: item.rounds.connected, tries: tries, outcomes: evidence["outcomes"] ?? "")),
                subject: .address(item.address), related: [.url(url)], evidence: evidence)]
        }
        return []
    }

    private func exchangeFindings(_ item: AddressReport) -> [Finding] {
        guard item.rounds.connected > 0, item.rounds.succeeded == 0 else { return [] }
        if let failure = item.tls?.failure {
            return [ProbeFindingKinds.tlsFails.finding(
                message: LocalizedText(ProbeFindingText.tlsFails(address: "\(item.address)", port: port, host: host, failure: failure.kind.rawValue, detail: failure.detail)),
                subject: .address(item.address), related: [.url(url)], evidence: ["failure": failure.kind.rawValue, "tries": "\(item.rounds.count)"])]
        }
        if let failure = item.http?.failure {
            return [ProbeFindingKinds.noHTTPResponse.finding(
                message: LocalizedText(ProbeFindingText.noHTTPResponse(
                    address: "\(item.address)", overTLS: item.tls != nil, url: url, failure: failure.kind.rawValue, detail: failure.detail)),
                subject: .address(item.address), related: [.url(url)], evidence: ["failure": failure.kind.rawValue, "tries": "\(item.rounds.count)"])]
        }
        return []
    }

    private func port80Findings(_ item: AddressReport) -> [Finding] {
        guard let plain = item.port80, item.rounds.succeeded > 0 else { return [] }
        let subject = Subject.endpoint(address: item.address, port: 80)
        if plain.tcp.outcome != .ok {
            return [ProbeFindingKinds.port80Silent.finding(
                message: LocalizedText(ProbeFindingText.port80DoesNotConnect(address: "\(item.address)", host: host, outcome: plain.tcp.outcome)),
                subject: subject, related: [.url(url)], evidence: ["port 80": plain.tcp.outcome.rawValue])]
        }
        guard let status = plain.http?.status else {
            return [ProbeFindingKinds.port80Silent.finding(
                message: LocalizedText(ProbeFindingText.port80GivesNoAnswer(address: "\(item.address)", detail: plain.http?.failure?.detail, host: host)),
                subject: subject, related: [.url(url)])]
        }
        let location = plain.http?.location ?? ""
        let expected = ["https://\(host)/", "https://\(host):443/"]
        let redirects = plain.http?.isRedirect == true
        let rightPlace = expected.contains { location.lowercased().hasPrefix($0) } || location.lowercased() == "https://\(host)"
        guard !(redirects && rightPlace) else { return [] }
        let message: ProbeFindingText = redirects
            ? .port80RedirectsElsewhere(host: host, address: "\(item.address)", location: location)
            : .port80AnswersWithoutRedirect(host: host, address: "\(item.address)", status: status)
        return [ProbeFindingKinds.badRedirect.finding(
            message: LocalizedText(message),
            subject: subject, related: [.url(url)], evidence: ["status": "\(status)", "location": location.isEmpty ? "-" : location])]
    }

    /// One finding per problem per distinct leaf, naming every address that serves it.
    private func certificateFindings(expiryWarningDays: Int) -> [Finding] {
        var findings: [Finding] = []
        let served = addresses.filter { $0.tls?.verification != nil }
        // A leaf that could not be read is grouped by the reason (its fingerprint is in it).
        let byLeaf = Dictionary(grouping: served) { address in
            address.tls?.verification?.leafUnreadable == true ? address.tls?.verification?.problems.first?.english ?? "" : address.tls?.chain.first?.sha256 ?? ""
        }
        for (_, group) in byLeaf.sorted(by: { $0.key < $1.key }) {
            guard let tls = group.first?.tls, let verification = tls.verification else { continue }
            let on = group.map(\.address.text)
            let subject: Subject = group.count == 1 ? .address(group[0].address) : .served(host: host, addresses: group.map(\.address))
            guard !verification.leafUnreadable, let leaf = tls.chain.first else {
                let problems = Self.joined(verification.problems, separator: "; ")
                findings.append(ProbeFindingKinds.untrusted.finding(
                    message: LocalizedText(ProbeFindingText.certificateUnreadable(addresses: on, host: host, problem: verification.problems.first)),
                    subject: subject, related: [.url(url)], evidence: Evidence().appending("problems", problems)))
                continue
            }
            let evidence: Evidence = [
                "leaf": leaf.subject, "names": leaf.subjectAlternativeNames.joined(separator: ", "), "issuer": leaf.issuer,
                "not after": leaf.notAfter, "served chain": tls.chain.map(\.subject).joined(separator: " ← "),
            ]
            func add(_ kind: FindingKind, _ message: ProbeFindingText) {
                findings.append(kind.finding(message: LocalizedText(message), subject: subject, related: [.url(url)], evidence: evidence))
            }
            if verification.expired || verification.notYetValid {
                add(ProbeFindingKinds.outOfDate, verification.expired
                    ? .certificateExpired(addresses: on, host: host, days: -leaf.daysLeft, notAfter: leaf.notAfter)
                    : .certificateNotYetValid(addresses: on, host: host, notBefore: leaf.notBefore))
            } else if leaf.daysLeft <= expiryWarningDays {
                add(ProbeFindingKinds.expiresSoon, .certificateExpiresSoon(addresses: on, host: host, days: leaf.daysLeft, notAfter: leaf.notAfter))
            }
            if !verification.nameMatches {
                let names = leaf.subjectAlternativeNames.isEmpty ? [leaf.subject] : leaf.subjectAlternativeNames
                add(ProbeFindingKinds.nameMismatch, .certificateForAnotherName(addresses: on, names: names, host: host))
            }
            if verification.chainIncomplete {
                add(ProbeFindingKinds.missingIntermediate, .intermediateMissing(addresses: on, host: host, issuer: leaf.issuer))
            } else if !verification.trusted {
                add(ProbeFindingKinds.untrusted, .chainNotTrusted(addresses: on, host: host, problem: verification.problems.last))
            }
        }
        return findings
    }

    /// `texts` one after the other with `separator` between them; in Japanese when all are.
    private static func joined(_ texts: [LocalizedText], separator: String) -> LocalizedText {
        guard let first = texts.first else { return LocalizedText(sameInEveryLanguage: "") }
        return texts.dropFirst().reduce(first) { $0.appending(separator).appending($1) }
    }

    /// Working addresses that answer differently: a partial deployment or a stale node.
    private func familyLookupFailures() -> [Finding] {
        resolution.failures.map { failure in
            let probed = resolution.answers.count
            return ProbeFindingKinds.familyLookupFails.finding(
                message: LocalizedText(ProbeFindingText.familyLookupFails(recordType: failure.recordType, host: host, reason: failure.localizedReason, probed: probed)),
                subject: .host(host), related: [.url(url)],
                evidence: (["record type": failure.recordType, "resolver": resolution.source] as Evidence).appending("reason", failure.localizedReason))
        }
    }

    private func disagreements() -> [Finding] {
        let working = addresses.filter { $0.rounds.succeeded > 0 }
        guard working.count > 1 else { return [] }
        var differences: [AddressDifference] = []
        func differ(_ difference: ([DifferingAnswer]) -> AddressDifference, _ value: (AddressReport) -> String?) {
            let values = Dictionary(grouping: working) { value($0) ?? "-" }
            guard values.count > 1 else { return }
            differences.append(difference(values.sorted { $0.key < $1.key }.map { DifferingAnswer(value: $0.key, addresses: $0.value.map(\.address.text)) }))
        }
        differ(AddressDifference.certificate) { $0.tls?.chain.first.map { "\($0.subject) \($0.sha256.prefix(12))" } }
        differ(AddressDifference.status) { $0.http?.status.map(String.init) }
        differ(AddressDifference.tlsVersion) { $0.tls?.version }
        guard !differences.isEmpty else { return [] }
        let written = differences.map(\.english)
        return [ProbeFindingKinds.disagree.finding(
            message: LocalizedText(ProbeFindingText.addressesDisagree(host: host, differences: differences)),
            subject: .host(host), related: working.map { .address($0.address) }, evidence: Evidence(written.map { Evidence.Item(key: String($0.prefix { $0 != ":" }), value: String($0.drop { $0 != ":" }.dropFirst(2))) }))]
    }
}
