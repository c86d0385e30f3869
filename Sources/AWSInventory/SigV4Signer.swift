internal import Crypto
public import Foundation

/// AWS Signature Version 4, as pure functions: the string to sign and the `Authorization` header
/// of a `SigV4Request` (whose canonical form AWSModel writes), checked against AWS's published
/// test suite.
public struct SigV4Signer: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    public var service: String

    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// The request's headers plus `X-Amz-Date`, `X-Amz-Security-Token` (temporary credentials)
    /// and `Authorization`.
    public func sign(_ request: SigV4Request, at date: Date) -> [(name: String, value: String)] {
        let amzDate = SigV4Signer.amzDate(date)
        let prepared = prepared(request, amzDate: amzDate)
        return prepared.headers + [("Authorization", authorization(prepared, amzDate: amzDate))]
    }

    /// The request with the headers signing adds: `X-Amz-Date`, and `X-Amz-Security-Token` for
    /// temporary credentials (signed, as STS-issued credentials require).
    func prepared(_ request: SigV4Request, amzDate: String) -> SigV4Request {
        var request = request
        if !request.headers.contains(where: { $0.name.lowercased() == "x-amz-date" }) {
            request.headers.append(("X-Amz-Date", amzDate))
        }
        if let token = credentials.sessionToken, !request.headers.contains(where: { $0.name.lowercased() == "x-amz-security-token" }) {
            request.headers.append(("X-Amz-Security-Token", token))
        }
        return request
    }

    /// The `Authorization` header value for a request that already carries `X-Amz-Date`.
    func authorization(_ request: SigV4Request, amzDate: String) -> String {
        let scope = credentialScope(amzDate)
        let signature = hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign(request, amzDate: amzDate).utf8), using: signingKey(amzDate)))
        return "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(request.signedHeaders), Signature=\(signature)"
    }

    func stringToSign(_ request: SigV4Request, amzDate: String) -> String {
        let hash = hex(SHA256.hash(data: Data(SigV4Signer.canonicalRequest(request).utf8)))
        return "AWS4-HMAC-SHA256\n\(amzDate)\n\(credentialScope(amzDate))\n\(hash)"
    }

    private func credentialScope(_ amzDate: String) -> String {
        "\(amzDate.prefix(8))/\(region)/\(service)/aws4_request"
    }

    private func signingKey(_ amzDate: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(credentials.secretAccessKey)".utf8))
        for part in [String(amzDate.prefix(8)), region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    /// The canonical request of `request`, its body hashed.
    static func canonicalRequest(_ request: SigV4Request) -> String {
        request.canonicalRequest(payloadHash: hex(SHA256.hash(data: Data(request.body))))
    }

    /// `20150830T123600Z`: ISO 8601 basic format in UTC, as `X-Amz-Date` wants it.
    static func amzDate(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(dateSeparator: .omitted, dateTimeSeparator: .standard, timeSeparator: .omitted, timeZone: .gmt))
    }

    private func hex(_ bytes: some Sequence<UInt8>) -> String { SigV4Signer.hex(bytes) }

    /// Lowercase hex, two digits per byte (no `String(format:)` per byte: it goes through ICU).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            digits.append(lowerDigits[Int(byte >> 4)])
            digits.append(lowerDigits[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private static let lowerDigits = Array("0123456789abcdef".utf8)
}
