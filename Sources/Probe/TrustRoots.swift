internal import Foundation
internal import X509

/// The roots a chain must lead to: the system's (Debian's /etc/ssl/certs) or a PEM file's.
public struct TrustRoots: Sendable {
    let store: CertificateStore
    /// `system roots` or the file name, for messages.
    public let description: String

    /// The system trust store, as `curl` and `openssl` on this machine use it.
    public static var system: TrustRoots { TrustRoots(store: CertificateStore.systemTrustRoots, description: "the system roots") }

    /// Every certificate in a PEM file (a private CA, or a bundle).
    public init(pemFile path: String) throws(ResolutionError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ResolutionError("--ca-file \(path): cannot read it (\(error.localizedDescription))")
        }
        var certificates: [Certificate] = []
        let marker = "-----BEGIN CERTIFICATE-----"
        for (index, block) in text.components(separatedBy: marker).dropFirst().enumerated() {
            do {
                certificates.append(try Certificate(pemEncoded: marker + block.components(separatedBy: "-----END CERTIFICATE-----")[0] + "-----END CERTIFICATE-----"))
            } catch {
                throw ResolutionError("--ca-file \(path): certificate \(index + 1) is not valid PEM/DER (\(error))")
            }
        }
        guard !certificates.isEmpty else {
            throw ResolutionError("--ca-file \(path): expected PEM certificates (-----BEGIN CERTIFICATE-----), found none")
        }
        self.init(store: CertificateStore(certificates), description: (path as NSString).lastPathComponent)
    }

    private init(store: CertificateStore, description: String) {
        self.store = store
        self.description = description
    }
}
