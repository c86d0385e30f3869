internal import Localization

extension HTTPSListenerWithoutCertificate {
    /// The messages of ALB010, by typed key. English in `HTTPSListenerWithoutCertificate+Message+en.swift`,
    /// Japanese in `HTTPSListenerWithoutCertificate+Message+ja.swift`.
    enum Message: CatalogEntry {
        /// A listener that terminates TLS has no certificate (its port nil when unknown).
        case noCertificate(listener: String, protocol: String, port: Int?)
        /// What ALB010 could not verify.
        case hasCertificate(listener: String)
    }
}
