@testable import ALBLogs
import Localization
import Testing
import _TestSupport

/// The catalog of why a line is not a log entry: every key in English and Japanese, with the
/// same values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of keys to
/// the cases the enum declares, so a new key cannot go untested.
@Suite struct LineProblemTests {
    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: LineProblem) -> [(LineProblem, [String])] {
        switch entry {
        case .emptyLine: [(.emptyLine, [])]
        case .unclosedQuote: [(.unclosedQuote, [])]
        case .tooFewAccessFields: [(.tooFewAccessFields(found: 7), ["12", "7"])]
        case .noRequestType: [(.noRequestType, ["http", "https", "h2", "grpcs", "ws", "wss"])]
        case .accessTime: [(.accessTime(found: "foundX1"), ["ISO 8601", "2", "'foundX1'"])]
        case .clientAddress: [(.clientAddress(found: "foundX1"), ["client:port", "4", "'foundX1'"])]
        case .tooFewConnectionFields: [(.tooFewConnectionFields(found: 7), ["12", "7"])]
        case .connectionTime: [(.connectionTime(found: "foundX1"), ["ISO 8601", "'foundX1'"])]
        case .notJSONObject: [(.notJSONObject, ["'{'", "JSON"])]
        case .jsonAccessWithoutTime: [(.jsonAccessWithoutTime, ["JSON", "ISO 8601", "\"time\""])]
        case .jsonAccessWithoutClient: [(.jsonAccessWithoutClient, ["JSON", "\"client_ip_port\"", "\"client_ip\""])]
        case .jsonNeitherKind: [(.jsonNeitherKind, ["JSON", "\"type\"", "\"timestamp\"", "\"client_ip\""])]
        }
    }

    @Test func lineProblems() {
        let keys: [LineProblem] = [
            .emptyLine, .unclosedQuote, .tooFewAccessFields(found: 0), .noRequestType, .accessTime(found: ""), .clientAddress(found: ""),
            .tooFewConnectionFields(found: 0), .connectionTime(found: ""), .notJSONObject, .jsonAccessWithoutTime, .jsonAccessWithoutClient,
            .jsonNeitherKind,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ALBLogs/LineProblem.swift")
    }

    /// A malformed line says why in both languages, from the parser on.
    @Test func aMalformedLineInBothLanguages() {
        var parser = LogLineParser()
        var bytes = Array("garbage".utf8)
        let outcome = bytes.withUnsafeMutableBufferPointer { parser.parse(UnsafeBufferPointer($0), from: 0, to: $0.count, format: .unknown) }
        guard case .failure(let error) = outcome else {
            Issue.record("parsed \(outcome)")
            return
        }
        #expect(error.message == "expected at least 12 access-log fields, found 1")
        #expect(error.localizedMessage(.ja) == "アクセスログには 12 個以上のフィールドが必要ですが、1 個しかありません")
    }
}
