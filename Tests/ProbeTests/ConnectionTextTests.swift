import Localization
@testable import ProbeModel
import Testing
import _TestSupport

/// The catalog of how a connection failed: every key in English and Japanese, with the same
/// values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of keys to the
/// cases the enum declares, so a new key cannot go untested.
@Suite struct ConnectionTextTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ConnectionText) -> [(ConnectionText, [String])] {
        switch entry {
        case .noAnswerToSYN: [(.noAnswerToSYN, ["SYN"])]
        case .refused: [(.refused, ["RST"])]
        case .connectTimedOut: [(.connectTimedOut, [])]
        case .cannotStartExchange: [(.cannotStartExchange(reason: "reasonX1"), ["reasonX1"])]
        case .unfinished:
            [(.unfinished(.tlsHandshake, within: "817 ms"), ["TLS", "817 ms"]), (.unfinished(.exchange, within: "817 ms"), ["817 ms"]),
             (.unfinished(.httpResponse, within: "8.2 s"), ["HTTP", "8.2 s"])]
        case .closedDuringHandshake: [(.closedDuringHandshake, ["TLS"])]
        case .closedBeforeResponse: [(.closedBeforeResponse, [])]
        case .reset: [(.reset(duringHandshake: true), ["TLS"]), (.reset(duringHandshake: false), ["HTTP"])]
        case .closed: [(.closed(duringHandshake: true), ["TLS"]), (.closed(duringHandshake: false), ["HTTP"])]
        case .socketError: [(.socketError(reason: "reasonX1", duringHandshake: true), ["reasonX1", "TLS"])]
        case .notHTTP: [(.notHTTP(reason: "reasonX1"), ["HTTP", "reasonX1"])]
        case .alert: [(.alert(reason: "SSLV3_ALERT_X2"), ["TLS", "SSLV3_ALERT_X2"])]
        case .notTLS: [(.notTLS(reason: "WRONG_VERSION_X3", duringHandshake: true), ["WRONG_VERSION_X3", "TLS"])]
        case .failed: [(.failed(reason: "reasonX1", duringHandshake: false), ["reasonX1", "HTTP"])]
        }
    }

    @Test func connectionDetails() {
        let keys: [ConnectionText] = [
            .noAnswerToSYN, .refused, .connectTimedOut, .cannotStartExchange(reason: ""), .unfinished(.exchange, within: ""), .closedDuringHandshake,
            .closedBeforeResponse, .reset(duringHandshake: true), .closed(duringHandshake: true), .socketError(reason: "", duringHandshake: true),
            .notHTTP(reason: ""), .alert(reason: ""), .notTLS(reason: "", duringHandshake: true), .failed(reason: "", duringHandshake: true),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ProbeModel/ConnectionText.swift")
    }

    /// The English is what the probe wrote before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(ConnectionText.unfinished(.tlsHandshake, within: "800 ms").english == "the TLS handshake did not finish within 800 ms")
        #expect(ConnectionText.notTLS(reason: "WRONG_VERSION_NUMBER", duringHandshake: true).english
            == "WRONG_VERSION_NUMBER during the TLS handshake: the server did not speak TLS as expected")
        #expect(ConnectionText.reset(duringHandshake: false).english == "the server reset the connection during the HTTP exchange")
        #expect(ConnectionText.notTLS(reason: "WRONG_VERSION_NUMBER", duringHandshake: true).japanese
            == "TLS ハンドシェイク中に WRONG_VERSION_NUMBER で失敗しました。サーバーが想定どおりに TLS で応答していません")
    }
}
