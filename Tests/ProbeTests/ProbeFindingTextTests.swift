import Localization
@testable import ProbeModel
import Testing
import _TestSupport

/// The catalog of `probe`'s messages: every key in English and Japanese, with the same values.
/// Each `samples` is an exhaustive switch and `checkEveryCase` holds each list of keys to the
/// cases its enum declares, so a new key cannot go untested.
@Suite struct ProbeFindingTextTests {
    /// Values no text holds by itself, so that finding one in a text means it came from the key.
    static let address = "203.0.113.77"
    static let others = ["203.0.113.78", "203.0.113.79"]
    static let host = "hostX1.example"

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ProbeFindingText) -> [(ProbeFindingText, [String])] {
        switch entry {
        case .neverConnects:
            [(.neverConnects(address: address, total: 17, host: host, outcome: .timeout, failed: 19, tries: 23, port: 8443, detail: nil),
              [address, "17", host, "19", "23", "21", "127", "`albdoctor aws`", "`albdoctor lint`"]),
             (.neverConnects(address: address, total: 17, host: host, outcome: .refused, failed: 19, tries: 23, port: 8443, detail: "detailX2"),
              [address, "19", "23", "8443", "ERR_CONNECTION_REFUSED"]),
             (.neverConnects(address: address, total: 1, host: host, outcome: .unreachable, failed: 19, tries: 23, port: 8443, detail: "detailX2"),
              [address, host, "ERR_ADDRESS_UNREACHABLE", "ICMP", "detailX2"]),
             (.neverConnects(address: address, total: 17, host: host, outcome: .unreachable, failed: 19, tries: 23, port: 8443, detail: nil), [address, "ICMP"]),
             (.neverConnects(address: address, total: 17, host: host, outcome: .error, failed: 19, tries: 23, port: 8443, detail: "detailX2"), [address, "detailX2"]),
             (.neverConnects(address: address, total: 17, host: host, outcome: .error, failed: 19, tries: 23, port: 8443, detail: nil), [address, "19", "23"])]
        case .connectsSometimes:
            [(.connectsSometimes(address: address, total: 17, host: host, connected: 11, tries: 23, outcomes: "timeout 12"), [address, "17", host, "11", "23", "timeout 12"])]
        case .publishedAAAADoesNotAnswer:
            [(.publishedAAAADoesNotAnswer(address: "2001:db8::77", total: 17, host: host, port: 8443, outcome: .timeout, failed: 19, tries: 23),
              ["2001:db8::77", "17", host, "8443", "19", "23", "AAAA", "Happy Eyeballs", "::/0"]),
             (.publishedAAAADoesNotAnswer(address: "2001:db8::77", total: 17, host: host, port: 8443, outcome: .refused, failed: 19, tries: 23), ["2001:db8::77"])]
        case .tlsFails:
            [(.tlsFails(address: address, port: 8443, host: host, failure: "alert", detail: "detailX2"),
              [address, "8443", host, "TLS", "alert", "detailX2", "ERR_CONNECTION_RESET", "ERR_SSL_PROTOCOL_ERROR"])]
        case .noHTTPResponse:
            [(.noHTTPResponse(address: address, overTLS: true, url: "https://\(host):8443/pathX3", failure: "closed", detail: "detailX2"),
              [address, "TLS", "GET https://\(host):8443/pathX3", "closed", "detailX2"]),
             (.noHTTPResponse(address: address, overTLS: false, url: "http://\(host)/pathX3", failure: "timeout", detail: "detailX2"),
              [address, "GET http://\(host)/pathX3", "timeout", "detailX2"])]
        case .port80DoesNotConnect:
            [(.port80DoesNotConnect(address: address, host: host, outcome: .timeout), [address, host, "https://", "HTTPS"]),
             (.port80DoesNotConnect(address: address, host: host, outcome: .refused), [address, host])]
        case .port80GivesNoAnswer:
            [(.port80GivesNoAnswer(address: address, detail: "detailX2", host: host), [address, host, "detailX2", "https://"]),
             (.port80GivesNoAnswer(address: address, detail: nil, host: host), [address, host])]
        case .port80RedirectsElsewhere:
            [(.port80RedirectsElsewhere(host: host, address: address, location: "https://otherX4.example/"),
              ["http://\(host)/", address, "https://otherX4.example/", "https://\(host)/", "301"]),
             (.port80RedirectsElsewhere(host: host, address: address, location: ""), ["http://\(host)/", address, "Location"])]
        case .port80AnswersWithoutRedirect:
            [(.port80AnswersWithoutRedirect(host: host, address: address, status: 299), ["http://\(host)/", address, "299", "https://\(host)/"])]
        case .certificateUnreadable:
            [(.certificateUnreadable(addresses: [address], host: host, problem: "problemX5"), [address, host, "problemX5"]),
             (.certificateUnreadable(addresses: [address] + others, host: host, problem: nil), [address] + others + [host, "X.509 DER"])]
        case .certificateExpired:
            [(.certificateExpired(addresses: [address] + others, host: host, days: 29, notAfter: "notAfterX6"), [address] + others + [host, "29", "notAfterX6"])]
        case .certificateNotYetValid:
            [(.certificateNotYetValid(addresses: [address], host: host, notBefore: "notBeforeX7"), [address, host, "notBeforeX7"])]
        case .certificateExpiresSoon:
            [(.certificateExpiresSoon(addresses: [address], host: host, days: 13, notAfter: "notAfterX6"), [address, host, "13", "notAfterX6"])]
        case .certificateForAnotherName:
            [(.certificateForAnotherName(addresses: [address] + others, names: ["nameX8.example", "*.nameX9.example"], host: host),
              [address] + others + ["nameX8.example", "*.nameX9.example", host, "ERR_CERT_COMMON_NAME_INVALID", "SNI"])]
        case .intermediateMissing:
            [(.intermediateMissing(addresses: [address], host: host, issuer: "issuerX10"), [address, host, "issuerX10", "curl", "openssl", "Java", "Android"])]
        case .chainNotTrusted:
            [(.chainNotTrusted(addresses: [address], host: host, problem: "problemX5"), [address, host, "problemX5"]),
             (.chainNotTrusted(addresses: others, host: host, problem: nil), others + [host])]
        case .addressesDisagree:
            [(.addressesDisagree(host: host, differences: [
                .status([DifferingAnswer(value: "299", addresses: [address]), DifferingAnswer(value: "-", addresses: others)]),
                .tlsVersion([DifferingAnswer(value: "TLSvX12", addresses: [address]), DifferingAnswer(value: "TLSvX13", addresses: others)]),
              ]), [host, address] + others + ["299", "TLSvX12", "TLSvX13", " | "])]
        case .familyLookupFails:
            [(.familyLookupFails(recordType: "AAAA", host: host, reason: "reasonX11", probed: 3), ["AAAA", host, "reasonX11", "3"]),
             (.familyLookupFails(recordType: "A", host: host, reason: "reasonX11", probed: 1), [host, "reasonX11", "1"])]
        }
    }

    static func samples(_ entry: AddressDifference) -> [(AddressDifference, [String])] {
        let answers = [DifferingAnswer(value: "valueX14", addresses: [address]), DifferingAnswer(value: "valueX15", addresses: others)]
        let values = ["valueX14", "valueX15", address] + others
        return switch entry {
        case .certificate: [(.certificate(answers), values)]
        case .status: [(.status(answers), values)]
        case .tlsVersion: [(.tlsVersion(answers), values + ["TLS"])]
        }
    }

    @Test func probeMessages() {
        let keys: [ProbeFindingText] = [
            .neverConnects(address: "", total: 0, host: "", outcome: .ok, failed: 0, tries: 0, port: 0, detail: nil),
            .connectsSometimes(address: "", total: 0, host: "", connected: 0, tries: 0, outcomes: ""),
            .publishedAAAADoesNotAnswer(address: "", total: 0, host: "", port: 0, outcome: .ok, failed: 0, tries: 0),
            .tlsFails(address: "", port: 0, host: "", failure: "", detail: ""),
            .noHTTPResponse(address: "", overTLS: false, url: "", failure: "", detail: ""),
            .port80DoesNotConnect(address: "", host: "", outcome: .ok), .port80GivesNoAnswer(address: "", detail: nil, host: ""),
            .port80RedirectsElsewhere(host: "", address: "", location: ""), .port80AnswersWithoutRedirect(host: "", address: "", status: 0),
            .certificateUnreadable(addresses: [], host: "", problem: nil), .certificateExpired(addresses: [], host: "", days: 0, notAfter: ""),
            .certificateNotYetValid(addresses: [], host: "", notBefore: ""), .certificateExpiresSoon(addresses: [], host: "", days: 0, notAfter: ""),
            .certificateForAnotherName(addresses: [], names: [], host: ""), .intermediateMissing(addresses: [], host: "", issuer: ""),
            .chainNotTrusted(addresses: [], host: "", problem: nil), .addressesDisagree(host: "", differences: []),
            .familyLookupFails(recordType: "", host: "", reason: "", probed: 0),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ProbeModel/ProbeFindingText.swift")
    }

    @Test func addressDifferences() {
        let keys: [AddressDifference] = [.certificate([]), .status([]), .tlsVersion([])]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ProbeModel/ProbeFindingText.swift")
    }

    /// The English is what the findings wrote before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(ProbeFindingText.neverConnects(address: "203.0.113.9", total: 2, host: "h.example", outcome: .refused, failed: 3, tries: 3, port: 443, detail: nil).english
            == "203.0.113.9, 1 of 2 addresses of h.example, refused the connection in 3 of 3 tries; clients that pick it fail at once (ERR_CONNECTION_REFUSED): nothing listens on port 443 there; check the listener and the security group of that node.")
        #expect(ProbeFindingText.certificateExpiresSoon(addresses: ["203.0.113.9"], host: "h.example", days: 5, notAfter: "2030-01-01").english
            == "The certificate 203.0.113.9 serves for h.example expires in 5 days (2030-01-01); renew it before clients start to reject it.")
        #expect(AddressDifference.status([DifferingAnswer(value: "200", addresses: ["a", "b"]), DifferingAnswer(value: "503", addresses: ["c"])]).english
            == "status: 200 on a, b; 503 on c")
    }
}
