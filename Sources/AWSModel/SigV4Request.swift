/// A request as AWS Signature Version 4 sees it, and the text SigV4 derives from it: the
/// canonical request, the signed headers, the encodings of paths and query items. No hashing
/// here: the signer (`SigV4Signer` in AWSInventory, which links swift-crypto) hashes and signs this text, so
/// the parsers' fuzz targets reach every line of it without a cryptography library.
public struct SigV4Request: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// Unencoded.
    public var path: String
    /// Unencoded names and values.
    public var query: [(name: String, value: String)]
    /// As sent; `Host` among them.
    public var headers: [(name: String, value: String)]
    /// The payload, hashed into the canonical request.
    public var body: [UInt8]
    /// Whether the path's dot and empty segments are removed before signing: every service
    /// but S3, whose object keys are signed as they are.
    public var normalizesPath: Bool

    /// A request of `method` on `path`, with unencoded query items.
    public init(method: String, path: String, query: [(name: String, value: String)] = [], headers: [(name: String, value: String)], body: [UInt8] = [],
                normalizesPath: Bool = true) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.normalizesPath = normalizesPath
    }

    /// The canonical request, given the lowercase hex SHA-256 of the body.
    package func canonicalRequest(payloadHash: String) -> String {
        var pairs: [(String, String)] = query.map { (Self.encode($0.name), Self.encode($0.value)) }
        pairs.sort { left, right in left.0 == right.0 ? left.1 < right.1 : left.0 < right.0 }
        let query = pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        let lines = canonicalHeaders.map { "\($0.name):\($0.value)" }.joined(separator: "\n")
        let path = normalizesPath ? Self.canonicalPath(path) : Self.encodePath(path)
        return "\(method)\n\(path)\n\(query)\n\(lines)\n\n\(signedHeaders)\n\(payloadHash)"
    }

    /// The lower-cased header names, sorted, joined with `;`.
    package var signedHeaders: String {
        canonicalHeaders.map(\.name).joined(separator: ";")
    }

    /// Lower-cased names, sorted; values trimmed with inner whitespace runs folded to one space;
    /// repeated names joined with commas in their order.
    private var canonicalHeaders: [(name: String, value: String)] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for header in headers {
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
                result.append(Character(Unicode.Scalar(upperDigits[Int(byte >> 4)])))
                result.append(Character(Unicode.Scalar(upperDigits[Int(byte & 0x0F)])))
            }
        }
        return result
    }

    /// The SHA-256 of an empty body, which S3 wants in `X-Amz-Content-SHA256` for a GET.
    package static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    private static let upperDigits = Array("0123456789ABCDEF".utf8)
}
