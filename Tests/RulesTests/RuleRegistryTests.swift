import Foundation
import Reports
import RuleCatalog
import Rules
import Localization
import Testing
import _TestSupport

@Suite struct RuleRegistryTests {
    let rules = RuleRegistry.all.map(\.ruleDescription)

    @Test func idsAndNamesAreStableAndUnique() {
        #expect(Set(rules.map(\.id)).count == rules.count)
        #expect(Set(rules.map(\.name)).count == rules.count)
        for rule in rules {
            #expect(rule.id.wholeMatch(of: /ALB\d{3}/) != nil, "\(rule.id) is not of the form ALBnnn")
            #expect(rule.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(rule.name) is not kebab-case")
            #expect(rule.details?.documentationURL.hasPrefix("https://docs.aws.amazon.com/") == true)
        }
        #expect(rules.map(\.id) == rules.map(\.id).sorted())
    }

    @Test func lookupByIdOrName() {
        #expect(RuleRegistry.rule(named: "alb001")?.ruleDescription.name == "lb-subnet-without-internet-route")
        #expect(RuleRegistry.rule(named: "lb-subnet-without-internet-route")?.ruleDescription.id == "ALB001")
        #expect(RuleRegistry.rule(named: "ALB999") == nil)
    }

    /// `docs/rules/` is generated from the descriptions (`albdoctor rules --write-docs docs/rules`);
    /// this fails when someone edits one without the other.
    /// `docs/rules/ja/` likewise, from the Japanese (`albdoctor rules --lang ja --write-docs docs/rules/ja`).
    @Test(arguments: RuleCatalog.all.map(\.id), Language.allCases)
    func docsPageIsUpToDate(id: String, language: Language) throws {
        let entry = try #require(RuleCatalog.named(id))
        let folder = Self.docsFolder(language)
        let page = try String(contentsOfFile: Repository.path("\(folder)/\(id).md"), encoding: .utf8)
        #expect(
            page == RuleDocumentation.markdown(for: entry, language: language),
            "\(folder)/\(id).md is stale: run `swift run albdoctor rules\(language == .en ? "" : " --lang \(language.rawValue)") --write-docs \(folder)`")
    }

    @Test(arguments: Language.allCases)
    func docsIndexIsUpToDate(language: Language) throws {
        let folder = Self.docsFolder(language)
        let page = try String(contentsOfFile: Repository.path("\(folder)/README.md"), encoding: .utf8)
        #expect(page == RuleDocumentation.indexPage(RuleCatalog.all, folder: folder, language: language), "\(folder)/README.md is stale")
    }

    static func docsFolder(_ language: Language) -> String {
        language == .en ? "docs/rules" : "docs/rules/\(language.rawValue)"
    }

    /// Every id a view reports is documented once: probe and logs findings beside the rules.
    @Test func everyFindingIdHasOnePage() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.filter { $0.hasPrefix("PRB") } == (1...14).map { "PRB" + String(format: "%03d", $0) })
        #expect(ids.filter { $0.hasPrefix("LOG") } == ["LOG000", "LOG001", "LOG002", "LOG003"])
        #expect(RuleCatalog.named("address-never-connects")?.id == "PRB001")
        #expect(RuleCatalog.named("log001")?.title == "Redirected clients that never arrived over HTTPS")
    }
}
