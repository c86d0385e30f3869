extension CertificateProblem {
    /// The English of every entry.
    package var english: String {
        switch self {
        case .unreadable(let position, let count, let sha256, let reason):
            "certificate \(position) of the \(count) the server sent (SHA-256 \(sha256)) cannot be read: \(reason)"
        case .forAnotherName(let names, let host):
            "the certificate is for \(names.joined(separator: ", ")), not \(host)"
        case .expired(let subject, let day):
            "\(Self.which(subject)) expired on \(day)"
        case .notYetValid(let subject, let day):
            "\(Self.which(subject)) is not valid before \(day)"
        case .intermediateMissing(let issuer):
            "the server sends the leaf without its intermediate (\(issuer)): clients that do not fetch it themselves (curl, openssl, Android, Java) reject the chain"
        case .untrustedRoot(let root, let rootsFile):
            "the chain ends at \(root), a root that \(Self.roots(rootsFile)) do not trust"
        case .unknownIssuer(let issuer, let rootsFile):
            "the chain leads to \(issuer), which is not among \(Self.roots(rootsFile)); pass --ca-file if it is your private CA"
        }
    }

    /// `the certificate` (the leaf) or `the chain's SUBJECT`.
    private static func which(_ subject: String?) -> String {
        subject.map { "the chain's \($0)" } ?? "the certificate"
    }

    /// The roots a chain was checked against: the `--ca-file`'s name, or the system's.
    private static func roots(_ file: String?) -> String {
        file ?? "the system roots"
    }
}
