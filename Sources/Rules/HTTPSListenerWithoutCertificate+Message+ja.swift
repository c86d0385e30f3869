extension HTTPSListenerWithoutCertificate.Message {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .noCertificate(let listener, let `protocol`, let port):
            "\(listener)（\(`protocol`) \(port.map(String.init) ?? "?")）には証明書がないため、このリスナーでは TLS ハンドシェイクがどれも完了しません。"
        case .hasCertificate(let listener): "\(listener) に証明書があること"
        }
    }
}
