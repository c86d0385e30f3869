import Foundation
import Localization
import Reports
import Testing
import _TestSupport

/// `albdoctor --help`, `albdoctor COMMAND --help` and `albdoctor help COMMAND` in the language the
/// user chose (`--lang ja` anywhere, `ALBDOCTOR_LANG`, the locale), and in English byte for byte as
/// before otherwise (`Golden/help/`). swift-argument-parser's own words (OVERVIEW, USAGE, OPTIONS,
/// `Show help information.`, `(default: …)`) stay English in both.
@Suite(.timeLimit(.minutes(5))) struct HelpLanguageTests {
    /// The help's arguments for `command` (the root for `albdoctor`).
    static func helpArguments(_ command: String) -> [String] {
        command == "albdoctor" ? ["--help"] : [command, "--help"]
    }

    /// An 80-column screen, whatever the terminal of the run (swift-argument-parser reads `COLUMNS`).
    static let screen = ["COLUMNS": "80"]

    /// The variables that choose the language, left out of a run that sets one of them itself.
    static let localeVariables = ["ALBDOCTOR_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"]

    /// The text without spaces and line breaks: the Japanese help is laid out by display width,
    /// so a sentence may be cut between any two characters.
    static func squeezed(_ text: some StringProtocol) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    /// The columns `line` takes on a terminal: two for a kana, kanji or full-width form.
    static func columns(_ line: some StringProtocol) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) || (0xFE30...0xFE4F).contains(scalar.value)
                || (0xFF00...0xFF60).contains(scalar.value) || (0xFFE0...0xFFE6).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }

    /// The labels of a help's arguments, options and subcommands (`--var <key=value>`, `<path>`, `-h, --help`).
    static func labels(_ help: String) -> [String] {
        help.split(separator: "\n").filter { $0.hasPrefix("  -") || $0.hasPrefix("  <") }.map { line in
            let label = line.dropFirst(2)
            return String(label.range(of: "  ").map { label[..<$0.lowerBound] } ?? label)
        }
    }

    /// English, as before the catalog: each command's help is its golden file, byte for byte.
    @Test(arguments: ["albdoctor", "lint", "aws", "diagnose", "logs", "probe", "serve", "rules"])
    func englishIsAsItWas(command: String) async throws {
        let expected = try String(contentsOfFile: Repository.path("Tests/ALBDoctorTests/Golden/help/\(command).txt"), encoding: .utf8)
        let help = try await albdoctor(Self.helpArguments(command), environment: Self.screen)
        #expect(help.status == 0)
        #expect(help.stdout == expected, "regenerate with: COLUMNS=80 ALBDOCTOR_LANG=en albdoctor \(Self.helpArguments(command).joined(separator: " ")) > Tests/ALBDoctorTests/Golden/help/\(command).txt, and read the difference")
        // The laying out again for Japanese leaves the parser's English as it is.
        #expect(HelpLayout.fitted(expected, width: 80) == expected)
    }

    /// `help COMMAND` and a Japanese locale overridden by `ALBDOCTOR_LANG=en` are the same English.
    @Test func englishWhateverTheLocale() async throws {
        let expected = try String(contentsOfFile: Repository.path("Tests/ALBDoctorTests/Golden/help/lint.txt"), encoding: .utf8)
        let help = try await albdoctor(["help", "lint"], environment: Self.screen.merging(["LANG": "ja_JP.UTF-8"]) { _, new in new })
        #expect(help.stdout == expected)
        #expect(!help.stdout.unicodeScalars.contains { $0.value >= 0x3000 }, "no Japanese: \(help.stdout)")
    }

    /// `lint --help --lang ja`: the abstract, the discussion and every option's help in Japanese,
    /// laid out within 80 columns; option names, value names, examples and commands unchanged.
    @Test func lintHelpInJapanese() async throws {
        let english = try await albdoctor(["lint", "--help"], environment: Self.screen)
        let help = try await albdoctor(["lint", "--help", "--lang", "ja"], environment: Self.screen)
        #expect(help.status == 0)
        #expect(help.stderr.isEmpty)
        let japanese = help.stdout
        let lines = japanese.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(japanese.hasPrefix("OVERVIEW: デプロイ前に CloudFormation テンプレートや Terraform を検査し、"), "\(japanese)")
        #expect(lines.contains("  --var <key=value>       Terraform の入力変数（KEY=VALUE）。"), "\(japanese)")
        #expect(lines.contains("  --var-file <file>       Terraform の .tfvars ファイル。"), "\(japanese)")
        #expect(lines.contains("  --stack <name=path>     指定したスタック名でデプロイするテンプレート。"), "\(japanese)")
        #expect(lines.contains("例:"))
        #expect(lines.contains("  albdoctor lint fixtures/unrouted-alb-subnet/"))
        #expect(lines.contains("USAGE: albdoctor lint [<options>] [<path> ...]"))
        let text = Self.squeezed(japanese)
        for entry: LintHelp in [.abstract, .discussion, .paths, .variable, .variableFile, .region] {
            #expect(text.contains(Self.squeezed(entry.japanese)), "lint --help lacks the Japanese of \(entry): \(japanese)")
            #expect(!text.contains(Self.squeezed(entry.english)), "lint --help has the English of \(entry)")
        }
        for entry: OptionGroupHelp in [.stack, .parameter, .templateURL, .format, .failOn, .noColor, .quiet, .noSummary, .lang] {
            #expect(text.contains(Self.squeezed(entry.japanese)), "lint --help lacks the Japanese of \(entry): \(japanese)")
        }
        let labels = Self.labels(english.stdout)
        #expect(labels.count >= 15)
        for label in labels {
            #expect(japanese.contains("\n  \(label)"), "lint --help --lang ja lacks \(label)")
        }
        for line in lines where !line.hasPrefix("USAGE: ") {
            #expect(Self.columns(line) <= 80, "wider than the screen: \(line)")
        }
    }

    /// `ALBDOCTOR_LANG=ja albdoctor --help`: the command's words and every subcommand's abstract in Japanese.
    @Test func rootHelpInJapaneseFromTheEnvironment() async throws {
        let help = try await albdoctor(["--help"], environment: Self.screen.merging(["ALBDOCTOR_LANG": "ja"]) { _, new in new })
        #expect(help.status == 0)
        let japanese = help.stdout
        #expect(japanese.hasPrefix("OVERVIEW: ロードバランサーの背後にある HTTPS サイトで、"), "\(japanese)")
        #expect(japanese.contains("\n  lint                    デプロイ前に CloudFormation"), "\(japanese)")
        #expect(japanese.contains("USAGE: albdoctor <subcommand>"))
        let text = Self.squeezed(japanese)
        let words = [
            ALBDoctorHelp.abstract.japanese, ALBDoctorHelp.discussion.japanese, DiagnoseHelp.abstract.japanese, LintHelp.abstract.japanese,
            AWSHelp.abstract.japanese, LogsHelp.abstract.japanese, ProbeHelp.abstract.japanese, ServeHelp.abstract.japanese, RulesHelp.abstract.japanese,
        ]
        for word in words {
            #expect(text.contains(Self.squeezed(word)), "albdoctor --help lacks \(word): \(japanese)")
        }
        for subcommand in ["diagnose", "lint", "aws", "logs", "probe", "serve", "rules"] {
            #expect(japanese.contains("\n  \(subcommand) "), "albdoctor --help lacks \(subcommand)")
        }
        for line in japanese.split(separator: "\n") {
            #expect(Self.columns(line) <= 80, "wider than the screen: \(line)")
        }
    }

    /// Every command's help in Japanese, however the language is chosen: `--lang ja` before or
    /// after `--help`, `--lang=ja`, `help COMMAND` with the locale. Each line fits the screen but
    /// the usage line (the parser's, as in English).
    @Test func everyCommandInJapanese() async throws {
        let abstracts = [
            "lint": LintHelp.abstract.japanese, "aws": AWSHelp.abstract.japanese, "diagnose": DiagnoseHelp.abstract.japanese,
            "logs": LogsHelp.abstract.japanese, "probe": ProbeHelp.abstract.japanese, "serve": ServeHelp.abstract.japanese,
            "rules": RulesHelp.abstract.japanese,
        ]
        for (command, abstract) in abstracts {
            let before = try await albdoctor([command, "--lang", "ja", "--help"], environment: Self.screen)
            let after = try await albdoctor([command, "--help", "--lang=ja"], environment: Self.screen)
            let locale = try await albdoctor(["help", command], unset: Self.localeVariables, environment: Self.screen.merging(["LANG": "ja_JP.UTF-8"]) { _, new in new })
            for run in [before, after, locale] {
                #expect(run.status == 0)
                #expect(Self.squeezed(run.stdout).hasPrefix("OVERVIEW:" + Self.squeezed(abstract)), "\(command): \(run.stdout)")
                for line in run.stdout.split(separator: "\n") where !line.hasPrefix("USAGE: ") {
                    #expect(Self.columns(line) <= 80, "\(command): wider than the screen: \(line)")
                }
            }
            #expect(after.stdout == before.stdout)
            #expect(locale.stdout == before.stdout)
        }
    }

    /// The AWS permissions `aws --help` lists are the same in both languages.
    @Test func awsPermissionsInBothLanguages() async throws {
        let english = try await albdoctor(["aws", "--help"], environment: Self.screen)
        let japanese = try await albdoctor(["aws", "--help", "--lang", "ja"], environment: Self.screen)
        for permission in ["elasticloadbalancing:DescribeLoadBalancers", "ec2:DescribeRouteTables", "ec2:DescribeNetworkInterfaces"] {
            #expect(english.stdout.contains(permission))
            #expect(japanese.stdout.contains(permission), "\(japanese.stdout)")
        }
    }

    /// The laying out again on its own: a Japanese option's help wrapped beside its label within
    /// the width, an overview paragraph joined and wrapped, anything that is not help untouched.
    @Test func layoutByDisplayWidth() {
        let help = """
            OVERVIEW: 日本語の概要です。日本語の概要です。日本語の概要です。日本語の概要です。日本語の概要です。

            USAGE: albdoctor x

            OPTIONS:
              --name <value>          名前の説明です。名前の説明です。名前の説明です。名前の説明です。名前の説明です。 (default: 5s)
              -h, --help              Show help information.
            """
        let fitted = HelpLayout.fitted(help, width: 60)
        let lines = fitted.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "OVERVIEW: 日本語の概要です。日本語の概要です。日本語の概要で", "\(fitted)")
        #expect(lines.contains("  --name <value>          名前の説明です。名前の説明です。名"), "\(fitted)")
        #expect(lines.contains("                          の説明です。 (default: 5s)"), "\(fitted)")
        #expect(lines.contains("  -h, --help              Show help information."))
        #expect(lines.contains("USAGE: albdoctor x"))
        for line in lines { #expect(Self.columns(line) <= 60, "\(line)") }
        #expect(Self.squeezed(fitted) == Self.squeezed(help))
        for other in ["0.1.0 (commit unknown)", "#compdef albdoctor\n" + String(repeating: "日本語", count: 40)] {
            #expect(HelpLayout.fitted(other, width: 60) == other)
        }
    }
}
