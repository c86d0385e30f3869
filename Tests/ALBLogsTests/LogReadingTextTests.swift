@testable import ALBLogs
import Foundation
import Localization
import Testing
import _TestSupport

/// The catalog of what `logs` says about reading its input: every key in English and Japanese,
/// with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds the list of
/// keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct LogReadingTextTests {
    /// A reason that reads differently in each language.
    static let truncated = LocalizedText(LogReadingText.truncatedGzip)

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: LogReadingText) -> [(LogReadingText, [String])] {
        switch entry {
        case .zlibCannotStart: [(.zlibCannotStart, ["zlib"])]
        case .corruptGzip: [(.corruptGzip(detail: nil), ["gzip"]), (.corruptGzip(detail: "detailX1"), ["gzip", "detailX1"])]
        case .truncatedGzip: [(.truncatedGzip, ["gzip"])]
        case .cannotRead: [(.cannotRead(reason: LocalizedText(sameInEveryLanguage: "reasonX2")), ["reasonX2"])]
        case .cutShort: [(.cutShort(reason: LocalizedText(sameInEveryLanguage: "reasonX2"), lines: 1723), ["reasonX2", "1723"])]
        case .readInPart: [(.readInPart(file: "/logs/fileX3.log.gz", reason: truncated), ["/logs/fileX3.log.gz: "])]
        case .noSuchPath: [(.noSuchPath(path: "/pathX4"), ["/pathX4: "])]
        case .cannotListFolder: [(.cannotListFolder(path: "/pathX4"), ["/pathX4: "])]
        }
    }

    @Test func readingMessages() {
        let keys: [LogReadingText] = [
            .zlibCannotStart, .corruptGzip(detail: nil), .truncatedGzip, .cannotRead(reason: ""), .cutShort(reason: "", lines: 0),
            .readInPart(file: "", reason: ""), .noSuchPath(path: ""), .cannotListFolder(path: ""),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ALBLogs/LogReadingText.swift")
    }

    /// The English is what the reader wrote before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(LogReadingText.cutShort(reason: Self.truncated, lines: 12).english
            == "the gzip stream ends early (truncated) after 12 lines; those lines are counted, the rest of the file is not")
        #expect(LogReadingText.corruptGzip(detail: "invalid block type").english == "corrupt gzip data (invalid block type)")
        #expect(LogReadingText.readInPart(file: "a.log.gz", reason: LocalizedText(LogReadingText.cannotRead(reason: LocalizedText(sameInEveryLanguage: "x")))).english
            == "a.log.gz: cannot read: x.")
        #expect(LogsError(.noSuchPath(path: "/nonexistent/logs")).description == "/nonexistent/logs: no such file or folder")
    }

    /// A file read only in part is one string in JSON, `FILE: PROBLEM`, in the document's language,
    /// and reads back; LOG000 names the file and says why in Japanese.
    @Test func aFileReadInPart() throws {
        let problem = LogAnalysis.FileProblem(file: "s3://bucket/a.log.gz", problem: LocalizedText(LogReadingText.cutShort(reason: Self.truncated, lines: 12)))
        let plain = JSONEncoder()
        plain.outputFormatting = .withoutEscapingSlashes
        let english = try plain.encode([problem])
        #expect(String(decoding: english, as: UTF8.self).hasPrefix(#"["s3://bucket/a.log.gz: the gzip stream ends early"#))
        let decoded = try JSONDecoder().decode([LogAnalysis.FileProblem].self, from: english)
        #expect(decoded.map(\.file) == ["s3://bucket/a.log.gz"])
        #expect(decoded.map(\.problem.english) == [problem.problem.english])
        let encoder = JSONEncoder()
        if let key = Language.userInfoKey { encoder.userInfo[key] = Language.ja }
        #expect(String(decoding: try encoder.encode([problem]), as: UTF8.self).contains("12 行を読んだところで gzip ストリームが途中で終わっています"))
        #expect(problem.text(.ja).hasPrefix("s3://bucket/a.log.gz: 12 行を読んだところで"))
    }
}
