extension HTTPSListenerWithoutCertificate.Message {
    /// The English of every entry.
    var english: String {
        switch self {
        case .noCertificate(let listener, let `protocol`, let port):
            "\(listener) (\(`protocol`) \(port.map(String.init) ?? "?")) has no certificate, so no TLS handshake on it can complete."
        case .hasCertificate(let listener): "\(listener) has a certificate"
        }
    }
}
