import Findings
import Localization
import Rules
import Testing

/// Every rule's own examples, as SwiftLint runs its rules' triggering and non-triggering examples.
@Suite struct RuleExamplesTests {
    static let ruleIDs = RuleRegistry.all.map(\.ruleDescription.id)

    @Test(arguments: ruleIDs)
    func triggeringExamplesAreFlaggedWhereMarked(id: String) throws {
        let rule = try #require(RuleRegistry.rule(named: id)).ruleDescription
        let examples = try #require(rule.details).triggeringExamples
        #expect(!examples.isEmpty, "\(id) has no triggering example")
        for (index, example) in examples.enumerated() {
            let marked = MarkedExample(example)
            #expect(!marked.markers.isEmpty, "\(id) triggering example \(index) has no ↓ marker")
            let findings = try marked.findings(parameters: example.parameters).filter { $0.ruleID == id }
            let expected = example.severity ?? rule.severity
            let located = Set(findings.filter { $0.severity == expected }.compactMap(\.location))
            #expect(located == marked.markers, "\(id) example \(index): findings at \(located.map(\.description).sorted()), markers at \(marked.markers.map(\.description).sorted())")
            for finding in findings {
                #expect(!finding.message.isEmpty && finding.message.hasSuffix("."), "\(id): a message is one sentence ending in a full stop: \(finding.message)")
            }
        }
    }

    /// A Japanese report reads the rule's findings in Japanese: the message (a catalog entry,
    /// not English) and every evidence label, except keys that are names (a VPC's, an attribute's).
    @Test(arguments: ruleIDs)
    func triggeringExamplesReadInJapanese(id: String) throws {
        let rule = try #require(RuleRegistry.rule(named: id)).ruleDescription
        for example in try #require(rule.details).triggeringExamples where example.severity == nil {
            let findings = try MarkedExample(example).findings(parameters: example.parameters).filter { $0.ruleID == id && $0.severity != .note }
            for finding in findings {
                #expect(finding.localizedMessage.japanese != nil, "\(id): \(finding.message) has no Japanese")
                #expect(finding.localizedTitle.japanese != nil)
                for item in finding.evidence where Self.isWordedKey(item.key) {
                    #expect(EvidenceLabel.text(for: item, in: .ja) != item.key, "\(id): evidence '\(item.key)' has no Japanese label")
                }
            }
        }
    }

    /// Evidence keys that are words (lower-case, spaces), not a name or an attribute key.
    static func isWordedKey(_ key: String) -> Bool {
        key.first?.isLowercase == true && !key.contains(".") && !key.contains("_")
    }

    @Test(arguments: ruleIDs)
    func nonTriggeringExamplesAreLeftAlone(id: String) throws {
        let examples = try #require(RuleRegistry.rule(named: id)?.ruleDescription.details).nonTriggeringExamples
        #expect(!examples.isEmpty, "\(id) has no non-triggering example")
        for (index, example) in examples.enumerated() {
            let findings = try MarkedExample(example).findings(parameters: example.parameters).filter { $0.ruleID == id }
            #expect(findings.isEmpty, "\(id) non-triggering example \(index) gave: \(findings.map(\.message))")
        }
    }

    @Test func theHealthyDeploymentPassesEveryRule() throws {
        // The first non-triggering example of ALB001 is the deployment the seed should have had.
        let example = try #require(RuleRegistry.rule(named: "ALB001")?.ruleDescription.details?.nonTriggeringExamples.first)
        #expect(try MarkedExample(example).findings(parameters: []).isEmpty)
    }
}
