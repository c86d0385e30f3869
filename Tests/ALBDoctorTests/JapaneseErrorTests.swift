import Foundation
import Testing
import _TestSupport

/// What albdoctor says when it stops, in Japanese with `--lang ja` (or the locale): its own
/// `albdoctor: エラー: ` line with the reader's message, usage errors under swift-argument-parser's
/// own English words, and AWS's failures. The English of the same runs is pinned beside them.
@Suite(.timeLimit(.minutes(5))) struct JapaneseErrorTests {
    /// The start of every error line albdoctor writes itself, in Japanese.
    static let prefix = "albdoctor: エラー: "

    /// Whether `text` holds kana or kanji.
    static func hasJapanese(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x3000 }
    }

    @Test func aMissingPathInJapanese() async throws {
        let result = try await albdoctor("lint", "no/such/folder", "--lang", "ja")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(Self.prefix + "no/such/folder"), "\(result.stderr)")
        #expect(Self.hasJapanese(result.stderr.dropFirst(Self.prefix.count)), "the message too, not only the prefix: \(result.stderr)")
        let english = try await albdoctor("lint", "no/such/folder")
        #expect(english.status == 2)
        #expect(english.stderr == "albdoctor: error: no/such/folder: no such file or folder\n")
    }

    /// A Terraform file with a syntax error: the place as in English, the words in Japanese.
    @Test func aTerraformSyntaxErrorInJapanese() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-syntax-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "resource \"aws_vpc\" \"main\" {\n  cidr_block \"10.0.0.0/16\"\n}\n".write(toFile: folder + "/main.tf", atomically: true, encoding: .utf8)

        let english = try await albdoctor("lint", folder)
        #expect(english.status == 2)
        #expect(english.stderr == "albdoctor: error: \(folder)/main.tf:2:27: expected a block label or `{`, found a line break\n")

        let japanese = try await albdoctor("lint", folder, "--lang", "ja")
        #expect(japanese.status == 2)
        #expect(japanese.stdout.isEmpty)
        let place = Self.prefix + "\(folder)/main.tf:2:27: "
        #expect(japanese.stderr.hasPrefix(place), "\(japanese.stderr)")
        #expect(Self.hasJapanese(japanese.stderr.dropFirst(place.count)), "\(japanese.stderr)")
        #expect(!japanese.stderr.contains("expected"), "\(japanese.stderr)")
    }

    /// A usage error: swift-argument-parser's `Error:` and `Usage:` stay its own English, the
    /// reason is in the chosen language.
    @Test func aUsageErrorInJapanese() async throws {
        let japanese = try await albdoctor("probe", "test.jp", "--rounds", "0", "--lang", "ja")
        #expect(japanese.status == 2)
        #expect(japanese.stderr.contains("Error: --rounds と --dns-rounds は 1 以上にしてください。"), "\(japanese.stderr)")
        #expect(japanese.stderr.contains("Usage:"))
        let english = try await albdoctor("probe", "test.jp", "--rounds", "0")
        #expect(english.status == 2)
        #expect(english.stderr.contains("Error: --rounds and --dns-rounds must be 1 or more."), "\(english.stderr)")
    }

    /// Where no command's `--lang` is at hand (a value's parser, an option group of its own), the
    /// language still comes from `--lang` on the command line, in either spelling, or from the
    /// environment.
    @Test func valuesAndOptionGroupsFollowTheLanguage() async throws {
        let address = try await albdoctor("probe", "test.jp", "--address", "10.0.0.300", "--lang=ja")
        #expect(address.status == 2)
        #expect(address.stderr.contains("The value '10.0.0.300' is invalid for '--address <ip>': IPv4 か IPv6 のアドレスを指定してください"), "\(address.stderr)")
        let families = try await albdoctor(["probe", "test.jp", "-4", "-6"], environment: ["ALBDOCTOR_LANG": "ja"])
        #expect(families.status == 2)
        #expect(families.stderr.contains("Error: -4 と -6 は同時に指定できません。"), "\(families.stderr)")
        let bucket = try await albdoctor("diagnose", "test.jp", "--logs", "s3://", "--lang", "ja")
        #expect(bucket.status == 2)
        #expect(bucket.stderr.contains("The value 's3://' is invalid for '--logs <path|s3-url>': s3://BUCKET/PREFIX の形で指定してください"), "\(bucket.stderr)")
    }

    @Test func anUnknownRuleInJapanese() async throws {
        let japanese = try await albdoctor("rules", "NOPE999", "--lang", "ja")
        #expect(japanese.status == 2)
        #expect(japanese.stderr == Self.prefix + "ルール 'NOPE999' はありません。`albdoctor rules` で一覧を表示できます。\n")
        let english = try await albdoctor("rules", "NOPE999")
        #expect(english.stderr == "albdoctor: error: no rule 'NOPE999'; `albdoctor rules` lists them\n")
    }

    /// No credentials anywhere (a home folder without ~/.aws, no keys, no instance metadata):
    /// the AWS reader's error in Japanese, with the files it looked in as they are.
    @Test func noCredentialsInJapanese() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-none-\(UUID().uuidString)").path
        let arguments = ["aws", "--region", "ap-northeast-1", "--endpoint-url", "http://127.0.0.1:9"]
        let expected = Self.prefix
            + "AWS の認証情報が見つかりません。AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY、\(home)/.aws/credentials と \(home)/.aws/config のプロファイル default を探しました。"
            + "AWS_PROFILE か AWS_ACCESS_KEY_ID を設定するか、`aws configure` を実行してください。\n"
        let flag = try await runProcess(Repository.executable, arguments + ["--lang", "ja"], environment: ["HOME": home, "AWS_EC2_METADATA_DISABLED": "true"])
        #expect(flag.status == 2)
        #expect(flag.stderr == expected, "\(flag.stderr)")
        // A Japanese locale says the same without the flag.
        let locale = try await runProcess(Repository.executable, arguments, environment: ["HOME": home, "AWS_EC2_METADATA_DISABLED": "true", "LANG": "ja_JP.UTF-8"])
        #expect(locale.status == 2)
        #expect(locale.stderr == expected, "\(locale.stderr)")
    }
}
