@testable import AWSInventory
import AWSModel
import Foundation
import Testing

/// AWS's published Signature Version 4 test suite: for each case, the canonical request, the
/// string to sign and the Authorization header must match byte for byte.
@Suite struct SigV4TestSuiteTests {
    static let folder = Bundle.module.url(forResource: "SigV4TestSuite", withExtension: nil)!
    static let cases: [String] = {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".req") }.map { String($0.dropLast(4)) }.sorted()
    }()
    let credentials = AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", source: "test suite")

    /// Parses a `.req` file: request line, headers (indented lines continue the previous one), body.
    static func request(_ text: String) -> SigV4Request {
        let parts = text.components(separatedBy: "\n\n")
        let head = parts[0].components(separatedBy: "\n")
        let body = parts.count > 1 ? parts[1...].joined(separator: "\n\n") : ""
        let requestLine = head[0].split(separator: " ")
        let method = String(requestLine[0])
        let target = requestLine[1..<(requestLine.count - 1)].joined(separator: " ")
        let pathPart = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(pathPart[0]).removingPercentEncoding ?? String(pathPart[0])
        var query: [(name: String, value: String)] = []
        if pathPart.count > 1 {
            for pair in pathPart[1].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                query.append((String(kv[0]).removingPercentEncoding ?? String(kv[0]), kv.count > 1 ? (String(kv[1]).removingPercentEncoding ?? String(kv[1])) : ""))
            }
        }
        var headers: [(name: String, value: String)] = []
        for line in head.dropFirst() {
            if line.first == " " || line.first == "\t", let last = headers.popLast() {
                headers.append((last.name, last.value + "\n" + line))
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
        return SigV4Request(method: method, path: path, query: query, headers: headers, body: Array(body.utf8))
    }

    @Test func suiteIsPresent() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func signsLikeAWS(name: String) throws {
        let base = Self.folder.appendingPathComponent(name)
        func read(_ suffix: String) throws -> String { try String(contentsOf: URL(fileURLWithPath: base.path + suffix), encoding: .utf8) }
        let amzDate = try #require(Self.request(try read(".req")).headers.first { $0.name.lowercased() == "x-amz-date" }?.value)
        // Cases with temporary credentials name the token in the canonical request only.
        var credentials = self.credentials
        if let line = try read(".creq").split(separator: "\n").first(where: { $0.hasPrefix("x-amz-security-token:") }) {
            credentials.sessionToken = String(line.dropFirst("x-amz-security-token:".count))
        }
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        let request = signer.prepared(Self.request(try read(".req")), amzDate: amzDate)
        #expect(SigV4Signer.canonicalRequest(request) == (try read(".creq")), "canonical request of \(name)")
        #expect(signer.stringToSign(request, amzDate: amzDate) == (try read(".sts")), "string to sign of \(name)")
        #expect(signer.authorization(request, amzDate: amzDate) == (try read(".authz")), "authorization of \(name)")
    }

    /// The empty body's hash S3 wants is written out in AWSModel (which hashes nothing): it must be
    /// what SHA-256 makes of an empty body.
    @Test func theEmptyPayloadHashIsTheHashOfNothing() {
        let request = SigV4Request(method: "GET", path: "/", headers: [("Host", "bucket.s3.amazonaws.com")])
        #expect(SigV4Signer.canonicalRequest(request) == request.canonicalRequest(payloadHash: SigV4Request.emptyPayloadHash))
    }

    @Test func signAddsDateTokenAndAuthorization() throws {
        var credentials = self.credentials
        credentials.sessionToken = "session"
        let signer = SigV4Signer(credentials: credentials, region: "ap-northeast-1", service: "ec2")
        let date = try #require(ISO8601DateFormatter().date(from: "2015-08-30T12:36:00Z"))
        let headers = signer.sign(SigV4Request(method: "POST", path: "/", headers: [("Host", "ec2.ap-northeast-1.amazonaws.com")], body: Array("Action=DescribeVpcs".utf8)), at: date)
        #expect(headers.contains { $0.name == "X-Amz-Date" && $0.value == "20150830T123600Z" })
        #expect(headers.contains { $0.name == "X-Amz-Security-Token" && $0.value == "session" })
        let authorization = try #require(headers.first { $0.name == "Authorization" }?.value)
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/ap-northeast-1/ec2/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token, Signature="))
        #expect(!authorization.contains(credentials.secretAccessKey))
    }
}
