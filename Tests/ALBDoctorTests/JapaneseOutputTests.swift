import Foundation
import Testing
import _TestSupport

/// `--lang ja` and the locale variables, as a team on call in Japan runs albdoctor.
@Suite(.timeLimit(.minutes(5))) struct JapaneseOutputTests {
    /// The incident's lint report in Japanese, whole: the message, the labels, the fix's lead
    /// line and the closing line, with the template snippet and ids as they are in English.
    @Test func lintOfTheIncidentInJapanese() async throws {
        let result = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--lang", "ja")
        #expect(result.status == 1)
        let expected = try String(contentsOfFile: Repository.path("Tests/ALBDoctorTests/Golden/lint-incident.ja.txt"), encoding: .utf8)
        #expect(result.stdout == expected, "regenerate with: albdoctor lint fixtures/unrouted-alb-subnet --region ap-northeast-1 --lang ja > Tests/ALBDoctorTests/Golden/lint-incident.ja.txt, and read the difference")
    }

    /// The incident's HTML page in Japanese, whole: headings, the network picture's words, the
    /// findings and the fix, at a fixed time (SOURCE_DATE_EPOCH) so that the page is the same on
    /// every run.
    @Test func lintPageOfTheIncidentInJapanese() async throws {
        let result = try await albdoctor(
            ["lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--lang", "ja", "--format", "html"],
            environment: ["SOURCE_DATE_EPOCH": "1764547200"])
        #expect(result.status == 1)
        let expected = try String(contentsOfFile: Repository.path("Tests/ALBDoctorTests/Golden/lint-incident.ja.html"), encoding: .utf8)
        #expect(
            result.stdout == expected,
            "regenerate with: SOURCE_DATE_EPOCH=1764547200 albdoctor lint fixtures/unrouted-alb-subnet --region ap-northeast-1 --lang ja --format html > Tests/ALBDoctorTests/Golden/lint-incident.ja.html, and read the difference")
    }

    /// The language comes from the flag, else ALBDOCTOR_LANG, else the locale variables in
    /// POSIX order; a locale this machine never generated still counts.
    @Test(arguments: [
        (["LANG": "ja_JP.UTF-8"], true),
        (["LC_ALL": "ja_JP.eucJP", "LANG": "en_US.UTF-8"], true),
        (["LC_MESSAGES": "ja_JP", "LANG": "C.UTF-8"], true),
        (["LANGUAGE": "ja:en", "LANG": "en_US.UTF-8"], true),
        (["LC_ALL": "C", "LANG": "ja_JP.UTF-8"], false),
        (["ALBDOCTOR_LANG": "ja", "LC_ALL": "C"], true),
        (["ALBDOCTOR_LANG": "en", "LANG": "ja_JP.UTF-8"], false),
    ])
    func languageFromTheEnvironment(variables: [String: String], japanese: Bool) async throws {
        let unset = ["ALBDOCTOR_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"]
        let result = try await albdoctor(["lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1"], unset: unset, environment: variables)
        #expect(result.status == 1)
        #expect(result.stdout.contains("エラー[ALB001]") == japanese, "\(variables): \(result.stdout.prefix(200))")
        #expect(result.stdout.contains("error[ALB001]") == !japanese)
    }

    @Test func theFlagWinsOverTheEnvironment() async throws {
        let result = try await albdoctor(["rules"], environment: ["ALBDOCTOR_LANG": "ja"])
        #expect(result.stdout.contains("インターネットへのルートがないロードバランサーのサブネット"))
        let english = try await albdoctor(["rules", "--lang", "en"], environment: ["ALBDOCTOR_LANG": "ja"])
        #expect(english.stdout.contains("Load-balancer subnet has no route to the internet"))
        let refused = try await albdoctor("rules", "--lang", "fr")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("'en'") && refused.stderr.contains("'ja'"), "names the languages it has: \(refused.stderr)")
    }

    /// JSON and SARIF keep their field names and rule ids, and carry the messages in Japanese.
    @Test func jsonAndSARIFMessagesFollowTheLanguage() async throws {
        let json = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--lang", "ja", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let first = try #require(findings.first { $0["rule"] as? String == "ALB001" })
        #expect((first["message"] as? String)?.contains("メインルートテーブル") == true)
        #expect((first["title"] as? String) == "インターネットへのルートがないロードバランサーのサブネット")
        #expect((first["fix"] as? String)?.hasPrefix("スタック network に追加します:") == true)
        #expect(first["severity"] as? String == "error", "values a program reads stay as they are")

        let sarif = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--lang", "ja", "--format", "sarif")
        #expect(sarif.stdout.contains("\"ruleId\" : \"ALB001\""))
        #expect(sarif.stdout.contains("インターネットゲートウェイへの 0.0.0.0/0 ルートがない"))
    }

    /// The HTML page says it is Japanese, and its headings and finding cards are.
    @Test func htmlPageInJapanese() async throws {
        let result = try await albdoctor(["lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--lang", "ja", "--format", "html"], environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.stdout.contains("<html lang=\"ja\">"))
        #expect(result.stdout.contains("<h2>指摘</h2>"))
        #expect(result.stdout.contains("エラー ALB001"))
        #expect(result.stdout.contains("エラー 1 件、警告 0 件、注記 1 件"))
        // The network picture speaks the page's language; names and CIDRs stay as they are.
        #expect(result.stdout.contains("<h2>ネットワーク</h2>"))
        #expect(result.stdout.contains("aria-label=\"ネットワーク図\""))
        #expect(result.stdout.contains(">インターネット</text>"))
        #expect(result.stdout.contains(">ルートテーブル: "))
        #expect(!result.stdout.contains(">route table: "))

        let markdown = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1", "--lang", "ja", "--format", "markdown")
        #expect(markdown.stdout.contains("#### ネットワーク\n"))
        #expect(markdown.stdout.contains("((\"インターネット\"))"))
    }
}
