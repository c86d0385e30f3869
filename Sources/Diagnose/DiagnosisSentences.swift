// The English sentences of a diagnosis: with DiagnosisSentences+ja.swift, the only place its
// evidence and its root cause become text. Each fact is a catalog entry (its values are the
// key's arguments); the text, HTML and Markdown reports and JSON's `message`, `why` and `since`
// print them in the report's language.
public import Localization

extension EvidenceFact: CatalogEntry {
    /// The fact as one sentence in English.
    public var english: String {
        switch self {
        case .finding(_, _, let location, let message):
            return "\(location.map { "\($0): " } ?? "")\(message.english)"
        case .addressFailed(let address, let tries):
            return "\(address) failed \(tries)."
        case .addressesAnswered(let addresses, let tries):
            return "\(addresses.map(\.description).joined(separator: ", ")) answered TCP, TLS and HTTP in every one of \(tries) tries."
        case .servedBy(let loadBalancer, let name, let match):
            return "\(loadBalancer) serves \(name): found by \(match)."
        case .noLoadBalancer(let source):
            return "No load balancer in \(source) has the name's CNAME as its DNS name or a node interface holding one of its addresses: the name is served from elsewhere, or by another account or region."
        case .node(let address, let interface, let description, let loadBalancer, let subnet, let zone):
            return "\(address.text) is the address of \(interface) (\(description ?? "")), \(loadBalancer)'s node in \(subnet ?? "an unknown subnet")\(zone.map { " (\($0))" } ?? "")."
        case .nodeWrote(let address, let activity, let period):
            return "\(address) wrote \(activity.accessFiles) access-log and \(activity.connectionFiles) connection-log files (\(activity.accessEntries) requests, \(activity.connectionEntries) connections) in \(period)."
        case .nodeSilent(let address, let period, let writers, let files):
            return "\(address) wrote no log in \(period) while \(writers.joined(separator: ", ")) wrote \(files) files: no client reached that node."
        case .clientsLost(let lost, let redirected, let window, let first, let last):
            return "\(lost) of \(redirected) clients redirected to HTTPS never arrived within \(window) s (first \(first?.description ?? ""), last \(last?.description ?? "")): they picked an address that does not answer."
        case .clientsArrived(let redirected, let window):
            return "All \(redirected) clients redirected to HTTPS arrived within \(window) s."
        case .tlsFailures(let failures, let connections, let byCode):
            return "\(failures) of \(connections) TLS handshakes failed (\(byCode.map { "\($0.code): \($0.count)" }.joined(separator: ", ")))."
        case .unreadableFile(let problem):
            return "Could not read all of a file: \(problem.english)"
        }
    }
}

extension EvidenceFact.Tries: CustomStringConvertible {
    /// "3 of 6 tries".
    public var description: String { "\(failed) of \(total) tries" }
}

extension Diagnosis.RootCause {
    /// One sentence: which address, how often it failed, and why (the account's finding, else the
    /// probe's).
    public var message: LocalizedText {
        switch (address, tries, accountFinding) {
        case (let address?, let tries?, let finding?):
            LocalizedText(RootCauseText.failed(address: address.text, tries: tries)).appending(finding.localizedMessage)
        case (nil, _, let finding?): finding.localizedMessage
        default:
            probeFinding?.localizedMessage ?? address.map { LocalizedText(RootCauseText.fails(address: $0.text)) } ?? LocalizedText(sameInEveryLanguage: "")
        }
    }

    /// Why the node cannot answer: the account's finding, else the probe's, else how often it failed.
    public var why: LocalizedText {
        accountFinding?.localizedMessage ?? probeFinding?.localizedMessage
            ?? tries.map { LocalizedText(RootCauseText.failedTries($0)) } ?? LocalizedText(sameInEveryLanguage: "")
    }
}

/// The root cause's own words around its findings.
enum RootCauseText: CatalogEntry {
    /// Before the finding that says why: "203.0.113.9 failed 3 of 6 tries: ".
    case failed(address: String, tries: EvidenceFact.Tries)
    /// Without a finding.
    case fails(address: String)
    /// Why, without a finding.
    case failedTries(EvidenceFact.Tries)

    var english: String {
        switch self {
        case .failed(let address, let tries): "\(address) failed \(tries): "
        case .fails(let address): "\(address) fails for clients."
        case .failedTries(let tries): "it failed \(tries)"
        }
    }
}

extension Diagnosis.RootCause.Since: CatalogEntry, CustomStringConvertible {
    /// The first lost client's time, or "before 2026-11-27T15:00:00Z (no log in the period)".
    public var english: String {
        switch self {
        case .firstLostClient(let time): time.description
        case .beforePeriod(let start): "before \(start.secondText) (no log in the period)"
        }
    }

    public var description: String { english }
}

extension DiagnosisInput.AccountOrigin: CatalogEntry, CustomStringConvertible {
    /// "region ap-northeast-1 of the account" or "snapshot tokyo.json (ap-northeast-1)".
    public var english: String {
        switch self {
        case .region(let region): "region \(region) of the account"
        case .snapshot(let path, let region): "snapshot \(path) (\(region))"
        }
    }

    public var description: String { english }
}
