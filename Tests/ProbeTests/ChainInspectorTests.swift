import Crypto
import Foundation
import Localization
@testable import Probe
import ProbeModel
import SwiftASN1
import Testing
import X509

/// What the inspector makes of a served chain, on certificates made here.
@Suite struct ChainInspectorTests {
    /// A self-signed certificate for `name`, as DER.
    private func certificate(_ name: String) throws -> [UInt8] {
        let key = P256.Signing.PrivateKey()
        let subject = try DistinguishedName { CommonName(name) }
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: Certificate.PublicKey(key.publicKey),
            notValidBefore: Date() - 3600, notValidAfter: Date() + 30 * 86_400, issuer: subject, subject: subject,
            signatureAlgorithm: .ecdsaWithSHA256, extensions: try Certificate.Extensions { SubjectAlternativeNames([.dnsName(name)]) },
            issuerPrivateKey: Certificate.PrivateKey(key))
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return serializer.serializedBytes
    }

    private func sha256(_ bytes: [UInt8]) -> String { SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined() }

    /// A certificate that cannot be parsed is named with its place and fingerprint, and the
    /// others keep their own fingerprints (they were paired with the wrong bytes before).
    @Test func anUnreadableCertificateIsNamedAndTheOthersKeepTheirBytes() async throws {
        let leaf = try certificate("test.jp")
        let garbage: [UInt8] = [0x30, 0x03, 0x02, 0x01, 0x07]
        let other = try certificate("other.jp")
        let (chain, verification) = await ChainInspector(roots: .system).inspect([leaf, garbage, other], host: "test.jp", at: Date())
        #expect(chain.map(\.sha256) == [sha256(leaf), sha256(other)])
        #expect(chain.map(\.subject) == ["CN=test.jp", "CN=other.jp"])
        let problems = try #require(verification?.problems)
        #expect(problems.first?.english.hasPrefix("certificate 2 of the 3 the server sent (SHA-256 \(sha256(garbage))) cannot be read: ") == true, "\(problems)")
        #expect(verification?.leafUnreadable == false)
        #expect(verification?.nameMatches == true)
    }

    @Test func anUnreadableLeafIsNotJudgedAndBecomesAFinding() async throws {
        let garbage: [UInt8] = Array("not a certificate".utf8)
        let intermediate = try certificate("intermediate")
        let (chain, verification) = await ChainInspector(roots: .system).inspect([garbage, intermediate], host: "test.jp", at: Date())
        #expect(chain.map(\.subject) == ["CN=intermediate"])
        let checked = try #require(verification)
        #expect(checked.leafUnreadable && !checked.trusted && !checked.nameMatches)
        #expect(checked.problems.count == 1 && checked.problems[0].english.hasPrefix("certificate 1 of the 2 the server sent"))
    }
}
