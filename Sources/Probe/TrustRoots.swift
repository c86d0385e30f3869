internal import Foundation
internal import X509

/// The roots a chain must lead to: the system's (Debian's /etc/ssl/certs) or a PEM file's.
public struct TrustRoots: Sendable {
    let store: CertificateStore
    /// `the system roots` or the file name, in English.
    public let description: String
    /// The `--ca-file`'s name; nil for the system roots.
    let file: String?

    /// The system trust store, as `curl` and `openssl` on this machine use it.
    public static var system: TrustRoots { TrustRoots(store: CertificateStore.systemTrustRoots, file: nil) }

    /// Every certificate in a PEM file (a private CA, or a bundle).
    public init(pemFile path: String) throws(ResolutionError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ResolutionError(.caFileUnreadable(path: path, reason: error.localizedDescription))
        }
        var certificates: [Certificate] = []
        let marker = "-----BEGIN CERTIFICATE-----"
        for (index, block) in text.components(separatedBy: marker).dropFirst().enumerated() {
            do {
                certificates.append(try Certificate(pemEncoded: marker + block.components(separatedBy: "-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----"))
            } catch {
                throw ResolutionError(.caFileInvalidCertificate(path: path, certificate: index + 1, reason: "\(error)"))
            }
        }
        guard !certificates.isEmpty else {
            throw ResolutionError(.caFileEmpty(path: path))
        }
        self.init(store: CertificateStore(certificates), file: (path as NSString).lastPathComponent)
    }

    private init(store: CertificateStore, file: String?) {
        self.store = store
        self.file = file
        description = file ?? "the system roots"
    }
}
