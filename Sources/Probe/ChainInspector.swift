internal import Addresses
internal import Crypto
internal import Foundation
internal import Localization
internal import SwiftASN1
internal import X509

/// Turns a chain as served into what a user compares (subjects, names, dates, keys) and into a
/// verdict: trusted, right name, in date, complete. Verification is swift-certificates'.
struct ChainInspector: Sendable {
    let roots: TrustRoots

    func inspect(_ der: [[UInt8]], host: String, at now: Date) async -> (chain: [CertificateSummary], verification: Verification?) {
        // Each certificate with its own bytes: one that cannot be parsed is named, and the others
        // keep their fingerprints.
        var certificates: [Certificate] = []
        var summaries: [CertificateSummary] = []
        var unreadable: [LocalizedText] = []
        var leafParsed = false
        for (position, bytes) in der.enumerated() {
            do {
                let certificate = try Certificate(derEncoded: bytes)
                leafParsed = leafParsed || position == 0
                certificates.append(certificate)
                summaries.append(Self.summary(certificate, der: bytes, now: now))
            } catch {
                unreadable.append(LocalizedText(CertificateProblem.unreadable(position: position + 1, count: der.count, sha256: Self.fingerprint(bytes), reason: "\(error)")))
            }
        }
        guard !der.isEmpty else { return ([], nil) }
        guard leafParsed, let leaf = certificates.first else {
            // Without the server's own certificate nothing else can be judged.
            return (summaries, Verification(
                trusted: false, nameMatches: false, expired: false, notYetValid: false, chainIncomplete: false, trustAnchor: nil,
                leafUnreadable: true, problems: unreadable))
        }

        let hostIsAddress = IPAddress(host) != nil
        var nameVerifier = Verifier(rootCertificates: CertificateStore([leaf])) {
            SignatureChainPolicy()
            ServerIdentityPolicy(serverHostname: hostIsAddress ? nil : host, serverIP: hostIsAddress ? host : nil)
        }
        let nameResult = await nameVerifier.validate(leaf: leaf, intermediates: CertificateStore())
        var nameMatches = false
        if case .validCertificate = nameResult { nameMatches = true }

        var chainVerifier = Verifier(rootCertificates: roots.store) { SignatureChainPolicy() }
        let chainResult = await chainVerifier.validate(leaf: leaf, intermediates: CertificateStore(certificates.dropFirst()))
        var anchor: Certificate?
        if case .validCertificate(let chain) = chainResult { anchor = Array(chain).last }

        let checked = anchor == nil ? certificates : certificates + [anchor].compactMap { $0 }
        let expired = checked.first { $0.notValidAfter < now }
        let early = checked.first { $0.notValidBefore > now }
        // Walk the served chain from the leaf by issuer; where it stops decides "incomplete" vs "untrusted".
        var tip = leaf
        while let parent = certificates.first(where: { $0.subject == tip.issuer && $0 != tip }) { tip = parent }
        let incomplete = anchor == nil && tip == leaf && leaf.issuer != leaf.subject

        var problems = unreadable
        func problem(_ entry: CertificateProblem) { problems.append(LocalizedText(entry)) }
        if !nameMatches {
            let names = Self.names(leaf)
            problem(.forAnotherName(names: names.isEmpty ? [leaf.subject.description] : names, host: host))
        }
        if let expired {
            problem(.expired(subject: expired == leaf ? nil : expired.subject.description, day: Self.day(expired.notValidAfter)))
        }
        if let early {
            problem(.notYetValid(subject: early == leaf ? nil : early.subject.description, day: Self.day(early.notValidBefore)))
        }
        if incomplete {
            problem(.intermediateMissing(issuer: leaf.issuer.description))
        } else if anchor == nil {
            problem(tip.issuer == tip.subject
                ? .untrustedRoot(root: tip.subject.description, rootsFile: roots.file)
                : .unknownIssuer(issuer: tip.issuer.description, rootsFile: roots.file))
        }
        let verification = Verification(
            trusted: anchor != nil, nameMatches: nameMatches, expired: expired != nil, notYetValid: early != nil,
            chainIncomplete: incomplete, trustAnchor: anchor.map { $0.subject.description }, problems: problems)
        return (summaries, verification)
    }

    static func summary(_ certificate: Certificate, der: [UInt8], now: Date) -> CertificateSummary {
        let key = certificate.publicKey.description
            .replacingOccurrences(of: ".PublicKey", with: "")
            .replacingOccurrences(of: "RSA", with: "RSA ")
            .replacingOccurrences(of: "P256", with: "ECDSA P-256").replacingOccurrences(of: "P384", with: "ECDSA P-384").replacingOccurrences(of: "P521", with: "ECDSA P-521")
        return CertificateSummary(
            subject: certificate.subject.description,
            subjectAlternativeNames: names(certificate),
            issuer: certificate.issuer.description,
            notBefore: timestamp(certificate.notValidBefore),
            notAfter: timestamp(certificate.notValidAfter),
            daysLeft: Int((certificate.notValidAfter.timeIntervalSince(now) / 86_400).rounded(.down)),
            key: key,
            signatureAlgorithm: certificate.signatureAlgorithm.description.replacingOccurrences(of: "SignatureAlgorithm.", with: ""),
            sha256: fingerprint(der),
            isSelfIssued: certificate.issuer == certificate.subject)
    }

    /// The SHA-256 of a certificate's bytes in lowercase hex, without separators.
    static func fingerprint(_ der: [UInt8]) -> String {
        SHA256.hash(data: der).map { String(format: "%02x", $0) }.joined()
    }

    /// The DNS names and IP addresses the certificate is for.
    static func names(_ certificate: Certificate) -> [String] {
        guard let alternatives = try? certificate.extensions.subjectAlternativeNames else { return [] }
        return alternatives.compactMap { name in
            switch name {
            case .dnsName(let dns): dns
            case .ipAddress(let octets): octets.bytes.count == 4 ? octets.bytes.map(String.init).joined(separator: ".") : nil
            default: nil
            }
        }
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    private static func day(_ date: Date) -> String {
        String(timestamp(date).prefix(10))
    }
}

/// Accepts any chain that signatures connect to a root: dates and names are judged separately,
/// so that one expired certificate does not hide whether the chain is otherwise trusted.
private struct SignatureChainPolicy: VerifierPolicy {
    let verifyingCriticalExtensions: [ASN1ObjectIdentifier] = [
        .X509ExtensionID.basicConstraints, .X509ExtensionID.keyUsage, .X509ExtensionID.extendedKeyUsage,
        .X509ExtensionID.subjectAlternativeName, .X509ExtensionID.nameConstraints,
    ]

    func chainMeetsPolicyRequirements(chain: UnverifiedCertificateChain) async -> PolicyEvaluationResult { .meetsPolicy }
}
