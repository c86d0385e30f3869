import Findings
import Foundation
import Reports
import Testing
import TextWidth
import _TestSupport

/// Columns by display width: Japanese takes two columns a character, so tables and the caret
/// under a template line stay aligned when names or comments are Japanese.
@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("PublicSubnetB", 13),
        ("パブリックサブネット", 20),            // katakana: two columns each
        ("東京 ap-northeast-1", 19),
        ("ｻﾌﾞﾈｯﾄ", 6),                          // halfwidth katakana: one column each
        ("Ｂ", 2),                                // a fullwidth letter
        ("e\u{301}", 1),                          // e with a combining acute accent
        ("\u{1B}[1;31merror\u{1B}[0m", 5),         // colour sequences take no room
        ("🙂", 2),
        ("", 0),
    ])
    func columns(text: String, width: Int) {
        #expect(text.displayWidth == width)
    }

    @Test func paddingCountsColumnsNotCharacters() {
        let rows = [("サブネット", "subnet-0a1b"), ("route table", "rtb-0c2d")]
        let width = rows.map(\.0.displayWidth).max() ?? 0
        let lines = rows.map { $0.0.padded(to: width) + "  " + $0.1 }
        #expect(lines == ["サブネット   subnet-0a1b", "route table  rtb-0c2d"])
        // The second column starts at the same screen column on both lines.
        #expect(zip(lines, rows).map { $0.displayWidth - $1.1.displayWidth } == [13, 13])
    }

    /// The committed table is what the generator makes from Python's Unicode database today.
    @Test(.requires(.program("python3", package: "python3")))
    func theTableIsTheGeneratorsOutput() async throws {
        let result = try await runProcess(try #require(which("python3")), [Repository.path("scripts/east-asian-width.py")])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = try String(contentsOfFile: Repository.path("Sources/TextWidth/WideRanges.swift"), encoding: .utf8)
        #expect(result.stdout == committed, "run scripts/east-asian-width.py > Sources/TextWidth/WideRanges.swift")
    }

    /// A template line with Japanese before the finding's column: the caret is under the name.
    @Test func theCaretStaysUnderTheNameAfterJapanese() {
        let source = "Resources:\n  Alb:\n    Subnets:\n      - { 説明: 東京用, Ref: PublicSubnetB } # 追加した\n"
        let finding = Finding(
            ruleID: "ALB001", severity: .error, title: "t", message: "m", subject: .resource(.subnet, stack: "network", id: "PublicSubnetB"),
            location: Location(file: "network.yaml", line: 4, column: 25))
        let text = TextReporter().render(Report(command: "lint", findings: [finding]), context: ReportContext(version: "1", sources: ["network.yaml": source]))
        let lines = text.split(separator: "\n").map(String.init)
        let shown = try? #require(lines.first { $0.hasPrefix("4 |") })
        let caret = try? #require(lines.first { $0.contains("^") })
        #expect(shown == "4 |       - { 説明: 東京用, Ref: PublicSubnetB } # 追加した")
        // "      - { 説明: 東京用, Ref: " is 24 characters and 29 columns wide.
        #expect(caret == "  | " + String(repeating: " ", count: 29) + String(repeating: "^", count: 13))
    }
}
