import Localization
@testable import ProbeModel
import Testing
import _TestSupport

/// The catalog of why the probe cannot be set up or a name not resolved: every key in English
/// and Japanese, with the same values. `samples` is an exhaustive switch and `checkEveryCase`
/// holds the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct ResolutionTextTests {
    static let server = "192.0.2.53:5353"
    static let name = "nameX1.example"

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ResolutionText) -> [(ResolutionText, [String])] {
        switch entry {
        case .dnsServerNotHostPort:
            [(.dnsServerNotHostPort(text: "textX2", reason: LocalizedText(ProbeTargetReason.invalidPort(text: "portX3"))), ["--dns 'textX2'", "'portX3'"])]
        case .dnsServerNotAddress:
            [(.dnsServerNotAddress(text: "textX2"), ["--dns 'textX2'", ":PORT", "10.0.0.2:53", "[fd00::53]:53"])]
        case .caFileUnreadable:
            [(.caFileUnreadable(path: "/pathX4.pem", reason: "reasonX3"), ["--ca-file /pathX4.pem", "reasonX3"])]
        case .caFileInvalidCertificate:
            [(.caFileInvalidCertificate(path: "/pathX4.pem", certificate: 17, reason: "reasonX3"), ["--ca-file /pathX4.pem", "17", "PEM/DER", "reasonX3"])]
        case .caFileEmpty:
            [(.caFileEmpty(path: "/pathX4.pem"), ["--ca-file /pathX4.pem", "-----BEGIN CERTIFICATE-----"])]
        case .cannotSetUpTLS:
            [(.cannotSetUpTLS(reason: "reasonX3"), ["TLS", "reasonX3"])]
        case .nameDoesNotExist:
            [(.nameDoesNotExist(host: "hostX5.example", server: server, name: name), ["hostX5.example", server, "NXDOMAIN", name])]
        case .serverFailed:
            [(.serverFailed(server: server, recordType: "AAAA", name: name), [server, "AAAA \(name)", "SERVFAIL"])]
        case .serverRefused:
            [(.serverRefused(server: server, recordType: "AAAA", name: name), [server, "AAAA \(name)", "REFUSED"])]
        case .responseCode:
            [(.responseCode(server: server, recordType: "A", name: name, code: 13), [server, "A \(name)", "13"])]
        case .serverDidNotAnswer:
            [(.serverDidNotAnswer(server: server, recordType: "A", name: name, transport: "UDP", within: "517 ms"), [server, "A \(name)", "UDP", "517 ms"])]
        case .cannotAsk:
            [(.cannotAsk(server: server, recordType: "A", name: name, transport: "TCP", reason: "reasonX3"), [server, "A \(name)", "TCP", "reasonX3"])]
        case .closedBeforeAnswer:
            [(.closedBeforeAnswer(server: server, recordType: "A", name: name, transport: "TCP"), [server, "A \(name)", "TCP"])]
        case .malformedAnswer:
            [(.malformedAnswer(server: server, recordType: "AAAA", name: name, transport: "UDP", reason: "reasonX3"), [server, "AAAA \(name)", "UDP", "reasonX3"])]
        case .systemResolverTimedOut:
            [(.systemResolverTimedOut(host: "hostX5.example", family: "IPv6", within: "517 ms"), ["hostX5.example", "IPv6", "517 ms", "--dns SERVER"])]
        case .doesNotResolve:
            [(.doesNotResolve(host: "hostX5.example", reason: "reasonX3"), ["hostX5.example", "reasonX3", "--dns SERVER"])]
        case .systemResolverFailed:
            [(.systemResolverFailed(host: "hostX5.example", family: "IPv4", code: "EAI_AGAIN", reason: "reasonX3"), ["hostX5.example", "IPv4", "EAI_AGAIN", "reasonX3"])]
        case .noRecords:
            [(.noRecords(host: "hostX5.example", recordTypes: ["A", "AAAA"], source: "sourceX6"), ["hostX5.example", "A", "AAAA", "sourceX6"]),
             (.noRecords(host: "hostX5.example", recordTypes: ["AAAA"], source: "sourceX6"), ["hostX5.example", "AAAA", "sourceX6"])]
        }
    }

    @Test func resolutionMessages() {
        let keys: [ResolutionText] = [
            .dnsServerNotHostPort(text: "", reason: ""), .dnsServerNotAddress(text: ""), .caFileUnreadable(path: "", reason: ""),
            .caFileInvalidCertificate(path: "", certificate: 0, reason: ""), .caFileEmpty(path: ""), .cannotSetUpTLS(reason: ""),
            .nameDoesNotExist(host: "", server: "", name: ""), .serverFailed(server: "", recordType: "", name: ""),
            .serverRefused(server: "", recordType: "", name: ""), .responseCode(server: "", recordType: "", name: "", code: 0),
            .serverDidNotAnswer(server: "", recordType: "", name: "", transport: "", within: ""),
            .cannotAsk(server: "", recordType: "", name: "", transport: "", reason: ""), .closedBeforeAnswer(server: "", recordType: "", name: "", transport: ""),
            .malformedAnswer(server: "", recordType: "", name: "", transport: "", reason: ""),
            .systemResolverTimedOut(host: "", family: "", within: ""), .doesNotResolve(host: "", reason: ""),
            .systemResolverFailed(host: "", family: "", code: "", reason: ""), .noRecords(host: "", recordTypes: [], source: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ProbeModel/ResolutionText.swift")
    }

    /// The English is what the resolvers wrote before the catalog, word for word (lab tests match on it).
    @Test func englishIsUnchanged() {
        #expect(ResolutionText.serverRefused(server: "127.0.0.1:53", recordType: "AAAA", name: "test.lab").english
            == "127.0.0.1:53 refused to resolve AAAA test.lab (REFUSED): is it a resolver for this name?")
        #expect(ResolutionText.serverDidNotAnswer(server: "127.0.0.1:9", recordType: "A", name: "test.jp", transport: "UDP", within: "500 ms").english
            == "127.0.0.1:9 did not answer A test.jp over UDP within 500 ms")
        #expect(ResolutionText.noRecords(host: "test.jp", recordTypes: ["A", "AAAA"], source: "system resolver").english
            == "test.jp has no A or AAAA records (asked system resolver)")
        #expect(ResolutionText.caFileUnreadable(path: "/nonexistent.pem", reason: "x").english == "--ca-file /nonexistent.pem: cannot read it (x)")
    }

    /// A resolution error carries its message in both languages; `description` stays English.
    @Test func errorsSpeakBothLanguages() {
        let error = ResolutionError(.nameDoesNotExist(host: "test.jp", server: "127.0.0.1:53", name: "test.jp"))
        #expect(error.description == "test.jp does not exist: 127.0.0.1:53 answered NXDOMAIN for test.jp")
        #expect(error.localizedMessage(.ja) == "test.jp は存在しません: 127.0.0.1:53 が test.jp に NXDOMAIN を返しました")
        let failure = Resolution.FamilyFailure(recordType: "AAAA", reason: error.localizedMessage)
        #expect(failure.reason == error.description)
    }
}
