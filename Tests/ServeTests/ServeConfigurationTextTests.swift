import Localization
import Probe
@testable import ServeConfig
import Testing
import _TestSupport

/// The catalog of why `serve`'s configuration cannot be used: every key in English and Japanese,
/// with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of
/// keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct ServeConfigurationTextTests {
    static let at = "/etc/albdoctor/fileX1.yaml:3:5"

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: ServeConfigurationText) -> [(ServeConfigurationText, [String])] {
        switch entry {
        case .notYAML: [(.notYAML(file: "fileX1.yaml", reason: "reasonX2"), ["fileX1.yaml: ", "YAML", "reasonX2"])]
        case .notMapping: [(.notMapping(file: "fileX1.yaml"), ["fileX1.yaml:1:1: ", "`targets:`"])]
        case .expectedKey: [(.expectedKey(at: at), [at])]
        case .invalidDuration:
            [(.invalidDuration(at: at, key: "intervalX3", value: "valueX4"), [at, "intervalX3 'valueX4'", "1ms", "\(DurationArgument.longestHours)h", "500ms", "15s", "1m"])]
        case .invalidFamily: [(.invalidFamily(at: at, value: "ipv5X5"), [at, "family 'ipv5X5'", "ipv4", "ipv6"])]
        case .invalidDropAfter: [(.invalidDropAfter(at: at), [at, "drop_after", "1"])]
        case .unknownKey:
            [(.unknownKey(at: at, key: "keyX6", known: ["interval", "timeout", "url"]), [at, "'keyX6'", "interval, timeout, url"])]
        case .targetsNotList: [(.targetsNotList(at: at), [at, "targets", "`- url: …`"])]
        case .targetWithoutURL: [(.targetWithoutURL(at: at), [at, "`url:`"])]
        case .invalidURL:
            [(.invalidURL(place: at, error: Self.parseError("ftp://urlX7/")), [at, "'ftp://urlX7/'"]),
             (.invalidURL(place: nil, error: Self.parseError("ftp://urlX7/")), ["'ftp://urlX7/'"])]
        case .givenTwice: [(.givenTwice(url: "https://urlX8/"), ["https://urlX8/"])]
        case .noTargets: [(.noTargets, ["--config", "`targets:`"])]
        }
    }

    /// Why `text` cannot be probed, in both languages.
    static func parseError(_ text: String) -> LocalizedText {
        do {
            _ = try ProbeTarget(parsing: text)
            return LocalizedText(sameInEveryLanguage: "")
        } catch {
            return error.localizedMessage
        }
    }

    @Test func configurationErrors() {
        let keys: [ServeConfigurationText] = [
            .notYAML(file: "", reason: ""), .notMapping(file: ""), .expectedKey(at: ""), .invalidDuration(at: "", key: "", value: ""),
            .invalidFamily(at: "", value: ""), .invalidDropAfter(at: ""), .unknownKey(at: "", key: "", known: []), .targetsNotList(at: ""),
            .targetWithoutURL(at: ""), .invalidURL(place: nil, error: ""), .givenTwice(url: ""), .noTargets,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ServeConfig/ServeConfigurationText.swift")
    }

    /// The English is what the reader wrote before the catalog, word for word (ServeCommandTests
    /// match on it); the same file's error reads in Japanese.
    @Test func aBadFileInBothLanguages() throws {
        let error = #expect(throws: ServeConfigurationError.self) {
            try ServeConfiguration.parse("targets:\n  - url: http://127.0.0.1:1/\n    family: ipv5\n", file: "serve.yaml", urls: [], defaults: .init())
        }
        let failure = try #require(error)
        #expect(failure.description == "serve.yaml:3:13: family 'ipv5': expected ipv4 or ipv6")
        #expect(failure.localizedMessage(.ja) == "serve.yaml:3:13: family 'ipv5': ipv4 か ipv6 を指定してください")
        let url = #expect(throws: ServeConfigurationError.self) { try ServeConfiguration.parse(nil, file: "", urls: ["ftp://x/"], defaults: .init()) }
        #expect(url?.description == "the command line: 'ftp://x/': expected an http:// or https:// URL (or a bare host name)")
        #expect(url?.localizedMessage(.ja) == "コマンドライン: 'ftp://x/': http:// か https:// の URL（またはホスト名だけ）を指定してください")
    }
}
