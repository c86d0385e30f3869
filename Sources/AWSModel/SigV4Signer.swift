internal import Crypto
public import Foundation

/// AWS Signature Version 4, as pure functions: the canonical request, the string to sign and
/// the `Authorization` header, checked against AWS's published test suite.
public struct SigV4Signer: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    public var service: String

    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// A request as the signer sees it. `path` is unencoded; `query` items are unencoded.
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var query: [(name: String, value: String)]
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]
        /// Whether the path's dot and empty segments are removed before signing: every service
        /// but S3, whose object keys are signed as they are.
        public var normalizesPath: Bool

        public init(method: String, path: String, query: [(name: String, value: String)] = [], headers: [(name: String, value: String)], body: [UInt8] = [],
                    normalizesPath: Bool = true) {
            self.method = method
            self.path = path
            self.query = query
            self.headers = headers
            self.body = body
            self.normalizesPath = normalizesPath
        }
    }

    /// The request's headers plus `X-Amz-Date`, `X-Amz-Security-Token` (temporary credentials)
    /// and `Authorization`.
    public func sign(_ request: Request, at date: Date) -> [(name: String, value: String)] {
        let amzDate = SigV4Signer.amzDate(date)
        let prepared = prepared(request, amzDate: amzDate)
        return prepared.headers + [("Authorization", authorization(prepared, amzDate: amzDate))]
    }

    /// The request with the headers signing adds: `X-Amz-Date`, and `X-Amz-Security-Token` for
    /// temporary credentials (signed, as STS-issued credentials require).
    func prepared(_ request: Request, amzDate: String) -> Request {
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
    func authorization(_ request: Request, amzDate: String) -> String {
        let scope = credentialScope(amzDate)
        let signature = hex(HMAC<SHA256>.authenticationCode(for: Data(stringToSign(request, amzDate: amzDate).utf8), using: signingKey(amzDate)))
        return "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope), SignedHeaders=\(SigV4Signer.signedHeaders(request)), Signature=\(signature)"
    }

    func stringToSign(_ request: Request, amzDate: String) -> String {
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

    static func canonicalRequest(_ request: Request) -> String {
        var pairs: [(String, String)] = request.query.map { (encode($0.name), encode($0.value)) }
        pairs.sort { left, right in left.0 == right.0 ? left.1 < right.1 : left.0 < right.0 }
        let query = pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        let headers = canonicalHeaders(request)
        let lines = headers.map { "\($0.name):\($0.value)" }.joined(separator: "\n")
        let payload = hex(SHA256.hash(data: Data(request.body)))
        let path = request.normalizesPath ? canonicalPath(request.path) : encodePath(request.path)
        return "\(request.method)\n\(path)\n\(query)\n\(lines)\n\n\(signedHeaders(request))\n\(payload)"
    }

    static func signedHeaders(_ request: Request) -> String {
        canonicalHeaders(request).map(\.name).joined(separator: ";")
    }

    /// Lower-cased names, sorted; values trimmed with inner whitespace runs folded to one space;
    /// repeated names joined with commas in their order.
    private static func canonicalHeaders(_ request: Request) -> [(name: String, value: String)] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for header in request.headers {
            let name = header.name.lowercased()
            if values[name] == nil { order.append(name) }
            let folded = header.value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
            values[name, default: []].append(folded)
        }
        return order.sorted().map { ($0, values[$0, default: []].joined(separator: ",")) }
    }

    /// RFC 3986 path with dot segments removed and empty segments dropped, each segment encoded.
    static func canonicalPath(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        let trailing = path.hasSuffix("/") && !segments.isEmpty ? "/" : ""
        return "/" + segments.map { encode(String($0)) }.joined(separator: "/") + trailing
    }

    /// A path as S3 signs and reads it: each segment encoded, the slashes kept, nothing removed.
    package static func encodePath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters.
    package static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                result.append("%")
                result.append(Character(Unicode.Scalar(Self.upperDigits[Int(byte >> 4)])))
                result.append(Character(Unicode.Scalar(Self.upperDigits[Int(byte & 0x0F)])))
            }
        }
        return result
    }

    /// The SHA-256 of an empty body, which S3 wants in `X-Amz-Content-SHA256` for a GET.
    package static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

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
    private static let upperDigits = Array("0123456789ABCDEF".utf8)
}
