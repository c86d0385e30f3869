public import Localization

/// One certificate of a served chain, as a user compares them.
public struct CertificateSummary: Sendable, Hashable, Codable {
    public var subject: String
    public var subjectAlternativeNames: [String]
    public var issuer: String
    /// ISO 8601, UTC.
    public var notBefore: String
    public var notAfter: String
    /// Whole days from the probe to `notAfter` (negative once expired).
    public var daysLeft: Int
    /// `RSA 2048`, `ECDSA P-256`, `Ed25519`.
    public var key: String
    /// `sha256WithRSAEncryption`, `ecdsaWithSHA256`, …
    public var signatureAlgorithm: String
    /// Hex SHA-256 of the DER bytes: the same certificate on two addresses has the same fingerprint.
    public var sha256: String
    public var isSelfIssued: Bool

    /// Every stored property, as the memberwise initializer takes them.
    package init(subject: String, subjectAlternativeNames: [String], issuer: String, notBefore: String, notAfter: String, daysLeft: Int, key: String, signatureAlgorithm: String, sha256: String, isSelfIssued: Bool) {
        self.subject = subject
        self.subjectAlternativeNames = subjectAlternativeNames
        self.issuer = issuer
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.daysLeft = daysLeft
        self.key = key
        self.signatureAlgorithm = signatureAlgorithm
        self.sha256 = sha256
        self.isSelfIssued = isSelfIssued
    }
}

/// What verification concluded about a served chain.
public struct Verification: Sendable, Hashable, Codable {
    /// The chain leads to a trusted root (system roots or `--ca-file`) by signatures.
    public var trusted: Bool
    /// The leaf is valid for the host name (RFC 6125).
    public var nameMatches: Bool
    /// Some certificate of the chain is past its notAfter.
    public var expired: Bool
    /// Some certificate of the chain is before its notBefore.
    public var notYetValid: Bool
    /// The server did not send the intermediate its leaf needs.
    public var chainIncomplete: Bool
    /// The root the chain was built to, when trusted.
    public var trustAnchor: String?
    /// The server's own certificate could not be parsed, so nothing else was judged (`problems`
    /// says why, and `chain` lists only the certificates that could be read).
    public var leafUnreadable: Bool
    /// One sentence for each problem, in every language; empty when the chain is good.
    public var problems: [LocalizedText]

    /// Trusted (so complete), for the name, and in date.
    public var isValid: Bool { trusted && nameMatches && !expired && !notYetValid }

    /// Every stored property, as the memberwise initializer takes them.
    package init(trusted: Bool, nameMatches: Bool, expired: Bool, notYetValid: Bool, chainIncomplete: Bool, trustAnchor: String? = nil, leafUnreadable: Bool = false, problems: [LocalizedText]) {
        self.leafUnreadable = leafUnreadable
        self.trusted = trusted
        self.nameMatches = nameMatches
        self.expired = expired
        self.notYetValid = notYetValid
        self.chainIncomplete = chainIncomplete
        self.trustAnchor = trustAnchor
        self.problems = problems
    }
}
