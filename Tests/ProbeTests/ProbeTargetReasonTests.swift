import Localization
@testable import ProbeModel
import Testing
import _TestSupport

/// The catalog of why a host name, URL or `host[:port]` cannot be read: every key in English and
/// Japanese, with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds
/// the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct ProbeTargetReasonTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ProbeTargetReason) -> [(ProbeTargetReason, [String])] {
        switch entry {
        case .notHTTP: [(.notHTTP, ["http://", "https://"])]
        case .noHostName: [(.noHostName, [])]
        case .internationalised: [(.internationalised(host: "hostX1.example"), ["'hostX1.example'", "xn--", "`idn2 'hostX1.example'`"])]
        case .invalidHostName: [(.invalidHostName(host: "hostX1 example"), ["'hostX1 example'", "'-'", "'_'", "63"])]
        case .unclosedIPv6: [(.unclosedIPv6, ["IPv6", "']'"])]
        case .unexpectedAfterIPv6: [(.unexpectedAfterIPv6(text: "textX2"), ["'textX2'", "IPv6"])]
        case .notIPv6: [(.notIPv6(host: "hostX3"), ["'hostX3'", "IPv6"])]
        case .ambiguousColons: [(.ambiguousColons, ["host[:port]", "[2001:db8::1]:443"])]
        case .invalidPort: [(.invalidPort(text: "99999X4"), ["'99999X4'", "65535"])]
        }
    }

    @Test func targetReasons() {
        let keys: [ProbeTargetReason] = [
            .notHTTP, .noHostName, .internationalised(host: ""), .invalidHostName(host: ""), .unclosedIPv6, .unexpectedAfterIPv6(text: ""),
            .notIPv6(host: ""), .ambiguousColons, .invalidPort(text: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ProbeModel/ProbeTargetReason.swift")
    }

    /// A target that cannot be read says what was given and why, in both languages; the English
    /// is what it was before the catalog.
    @Test func aTargetsErrorInBothLanguages() throws {
        let error = #expect(throws: ProbeTarget.ParseError.self) { try ProbeTarget(parsing: "https://[2001:db8::1/") }
        let failure = try #require(error)
        #expect(failure.description == "'https://[2001:db8::1/': an IPv6 literal needs its closing ']'")
        #expect(failure.localizedMessage(.en) == failure.description)
        #expect(failure.reason == "an IPv6 literal needs its closing ']'")
        #expect(failure.localizedMessage(.ja) == "'https://[2001:db8::1/': IPv6 リテラルに閉じ括弧 ']' がありません")
    }
}
