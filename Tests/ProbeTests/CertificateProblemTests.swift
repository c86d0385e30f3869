import Foundation
import Localization
@testable import Probe
@testable import ProbeModel
import Testing
import _TestSupport

/// The catalog of the problems `probe` finds in a served chain: every key in English and
/// Japanese, with the same values. `samples` is an exhaustive switch and `checkEveryCase` holds
/// the list of keys to the cases the enum declares, so a new key cannot go untested.
@Suite struct CertificateProblemTests {
    static let subject = "CN=subjectX7"
    static let file = "fileX10.pem"

    /// A sample of every key, with the values each text must show.
    static func samples(_ entry: CertificateProblem) -> [(CertificateProblem, [String])] {
        switch entry {
        case .unreadable:
            [(.unreadable(position: 23, count: 29, sha256: "shaX1", reason: "reasonX2"), ["23", "29", "SHA-256 shaX1", "reasonX2"])]
        case .forAnotherName:
            [(.forAnotherName(names: ["nameX3.example", "*.nameX4.example"], host: "hostX5.example"), ["nameX3.example", "*.nameX4.example", "hostX5.example"])]
        case .expired:
            [(.expired(subject: nil, day: "dayX6"), ["dayX6"]), (.expired(subject: subject, day: "dayX6"), [subject, "dayX6"])]
        case .notYetValid:
            [(.notYetValid(subject: nil, day: "dayX6"), ["dayX6"]), (.notYetValid(subject: subject, day: "dayX6"), [subject, "dayX6"])]
        case .intermediateMissing:
            [(.intermediateMissing(issuer: "CN=issuerX8"), ["CN=issuerX8", "curl", "openssl", "Android", "Java"])]
        case .untrustedRoot:
            [(.untrustedRoot(root: "CN=rootX9", rootsFile: nil), ["CN=rootX9"]), (.untrustedRoot(root: "CN=rootX9", rootsFile: file), ["CN=rootX9", file])]
        case .unknownIssuer:
            [(.unknownIssuer(issuer: "CN=issuerX8", rootsFile: nil), ["CN=issuerX8", "--ca-file"]),
             (.unknownIssuer(issuer: "CN=issuerX8", rootsFile: file), ["CN=issuerX8", file, "--ca-file"])]
        }
    }

    @Test func certificateProblems() {
        let keys: [CertificateProblem] = [
            .unreadable(position: 0, count: 0, sha256: "", reason: ""), .forAnotherName(names: [], host: ""), .expired(subject: nil, day: ""),
            .notYetValid(subject: nil, day: ""), .intermediateMissing(issuer: ""), .untrustedRoot(root: "", rootsFile: nil),
            .unknownIssuer(issuer: "", rootsFile: nil),
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/ProbeModel/CertificateProblem.swift")
    }

    /// The English is what the inspector wrote before the catalog, word for word.
    @Test func englishIsUnchanged() {
        #expect(CertificateProblem.forAnotherName(names: ["a.example", "b.example"], host: "test.jp").english == "the certificate is for a.example, b.example, not test.jp")
        #expect(CertificateProblem.expired(subject: nil, day: "2030-01-01").english == "the certificate expired on 2030-01-01")
        #expect(CertificateProblem.notYetValid(subject: "CN=CA", day: "2030-01-01").english == "the chain's CN=CA is not valid before 2030-01-01")
        #expect(CertificateProblem.untrustedRoot(root: "CN=Root", rootsFile: nil).english == "the chain ends at CN=Root, a root that the system roots do not trust")
        #expect(CertificateProblem.unknownIssuer(issuer: "CN=CA", rootsFile: "ca.pem").english
            == "the chain leads to CN=CA, which is not among ca.pem; pass --ca-file if it is your private CA")
        #expect(CertificateProblem.expired(subject: "CN=CA", day: "2030-01-01").japanese == "チェーンの CN=CA は 2030-01-01 に期限切れになりました")
    }

    /// A certificate that cannot be read is said in both languages, from the inspector on.
    @Test func theInspectorsProblemsComeInJapanese() async throws {
        let (_, verification) = await ChainInspector(roots: .system).inspect([Array("not a certificate".utf8)], host: "test.jp", at: Date())
        let problem = try #require(verification?.problems.first)
        #expect(problem.english.hasPrefix("certificate 1 of the 1 the server sent (SHA-256 "))
        #expect(problem(.ja).hasPrefix("サーバーが送った 1 個の証明書のうち 1 番目（SHA-256 "))
    }
}
