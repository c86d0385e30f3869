internal import AsyncHTTPClient
internal import Foundation
internal import NIOCore
internal import NIOHTTP1

/// Calls AWS Query-protocol APIs (EC2, ELBv2, STS): signs with SigV4, retries throttling and
/// server errors with backoff and jitter, follows pagination, and turns AWS's error answers into
/// `AWSError`s that say what to do. It can send only the actions in `AWSAction`.
public struct QueryClient: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    /// `--endpoint-url`: one endpoint for every service (moto, LocalStack).
    public var endpointOverride: String?
    public var retry: RetryPolicy
    /// How long one HTTP exchange may take.
    public var timeout: Duration

    public init(credentials: AWSCredentials, region: String, endpointOverride: String? = nil, retry: RetryPolicy = RetryPolicy(), timeout: Duration = .seconds(30)) {
        self.credentials = credentials
        self.region = region
        self.endpointOverride = endpointOverride
        self.retry = retry
        self.timeout = timeout
    }

    /// Every page of a paginated call, concatenated as the list of `listName` items
    /// (EC2 pages with `NextToken`, ELBv2 with `Marker`).
    public func callAllPages(_ action: AWSAction, _ parameters: [(String, String)] = [], listName: String) async throws(AWSError) -> [AWSXMLElement] {
        var items: [AWSXMLElement] = []
        var token: String?
        var pages = 0
        repeat {
            var page = parameters
            if let token { page.append((action.service == .ec2 ? "NextToken" : "Marker", token)) }
            let root = try await call(action, page)
            let result = root.child("\(action.rawValue)Result") ?? root
            items += result.list(listName)
            token = (result.string("nextToken") ?? result.string("NextMarker")).flatMap { $0.isEmpty ? nil : $0 }
            pages += 1
        } while token != nil && pages < 10_000
        return items
    }

    /// One call: the response's root element, or an `AWSError`.
    public func call(_ action: AWSAction, _ parameters: [(String, String)] = []) async throws(AWSError) -> AWSXMLElement {
        let endpoint = endpointOverride ?? action.service.endpoint(region: region)
        guard let url = URL(string: endpoint), let host = url.host else {
            throw AWSError(.configuration, "the endpoint '\(endpoint)' is not a URL; expected e.g. http://127.0.0.1:5000")
        }
        let hostHeader = url.port.map { "\(host):\($0)" } ?? host
        let form = ([("Action", action.rawValue), ("Version", action.service.version)] + parameters)
            .map { "\(SigV4Signer.encode($0.0))=\(SigV4Signer.encode($0.1))" }.joined(separator: "&")
        let body = Array(form.utf8)
        let signer = SigV4Signer(credentials: credentials, region: region, service: action.service.rawValue)
        var attempt = 0
        while true {
            attempt += 1
            let headers = signer.sign(SigV4Signer.Request(
                method: "POST", path: url.path.isEmpty ? "/" : url.path,
                headers: [("Host", hostHeader), ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                body: body), at: Date())
            var request = HTTPClientRequest(url: endpoint)
            request.method = .POST
            for header in headers { request.headers.add(name: header.name, value: header.value) }
            request.headers.add(name: "User-Agent", value: "albdoctor")
            request.body = .bytes(ByteBuffer(bytes: body))
            let status: Int
            let data: [UInt8]
            do {
                let response = try await HTTPTransport.client.execute(request, timeout: .nanoseconds(Int64((timeout / .nanoseconds(1)).rounded())))
                status = Int(response.status.code)
                var buffer = try await response.body.collect(upTo: 64 << 20)
                data = buffer.readBytes(length: buffer.readableBytes) ?? []
            } catch {
                // The transport already retried establishing the connection: one more try at most.
                if attempt < min(2, retry.maxAttempts) {
                    try? await Task.sleep(for: .seconds(retry.delay(afterAttempt: attempt, random: Double.random(in: 0..<1))))
                    continue
                }
                throw AWSError(.endpointUnreachable, "cannot reach \(endpoint) for \(action.permission) after \(attempt) attempts: \(QueryClient.describe(error)); check the region, the network, or --endpoint-url")
            }
            let root: AWSXMLElement
            do {
                root = try XMLReader.parse(data)
            } catch {
                if status >= 500 && attempt < retry.maxAttempts { continue }
                throw AWSError(.malformedResponse, "\(endpoint) answered \(action.rawValue) with HTTP \(status) and a body that is not AWS XML (\(error)); is --endpoint-url an AWS API endpoint?")
            }
            if (200..<300).contains(status) { return root }
            let code = root.firstDescendant("Code")?.text
            let message = root.firstDescendant("Message")?.text ?? ""
            if retry.shouldRetry(status: status, code: code), attempt < retry.maxAttempts {
                try? await Task.sleep(for: .seconds(retry.delay(afterAttempt: attempt, random: Double.random(in: 0..<1))))
                continue
            }
            throw QueryClient.error(for: action, status: status, code: code, message: message, credentials: credentials, region: region)
        }
    }

    static func error(for action: AWSAction, status: Int, code: String?, message: String, credentials: AWSCredentials, region: String) -> AWSError {
        let said = message.isEmpty ? "" : " (AWS said: \(message))"
        switch code {
        case "UnauthorizedOperation", "AccessDenied", "AccessDeniedException", "UnauthorizedAccess":
            return AWSError(.accessDenied, "\(credentials) may not call \(action.permission); allow it in the IAM policy (albdoctor needs only the Describe actions listed in `albdoctor aws --help`)\(said)", awsCode: code)
        case "ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired":
            return AWSError(.expiredToken, "the session token of \(credentials) has expired; get new credentials (e.g. `aws sso login` or a new assume-role session) and run again\(said)", awsCode: code)
        case "InvalidClientTokenId", "AuthFailure", "SignatureDoesNotMatch", "InvalidAccessKeyId", "UnrecognizedClientException":
            return AWSError(.invalidCredentials, "AWS rejected \(credentials) (\(code ?? "")): the key is unknown, deleted, or its secret is wrong\(said)", awsCode: code)
        case "OptInRequired", "InvalidRegion":
            return AWSError(.unknownRegion, "region \(region) is not enabled for this account or does not exist\(said)", awsCode: code)
        default:
            return AWSError(.service, "\(action.permission) failed with HTTP \(status)\(code.map { " \($0)" } ?? "")\(said)", awsCode: code)
        }
    }

    private static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}

extension AWSXMLElement {
    /// The first element with this name anywhere below, depth first.
    func firstDescendant(_ name: String) -> AWSXMLElement? {
        for child in children {
            if child.name == name { return child }
            if let found = child.firstDescendant(name) { return found }
        }
        return nil
    }
}
