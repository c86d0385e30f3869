internal import Foundation

/// Calls AWS Query-protocol APIs (EC2, ELBv2, STS) through a `SignedExchange` (SigV4, retries,
/// AWS's error answers as `AWSError`s that say what to do), following pagination. It can send only the actions in `AWSAction`.
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
            throw AWSError(.configuration, .endpointNotURL(endpoint: endpoint))
        }
        let hostHeader = url.port.map { "\(host):\($0)" } ?? host
        let form = ([("Action", action.rawValue), ("Version", action.service.version)] + parameters)
            .map { "\(SigV4Request.encode($0.0))=\(SigV4Request.encode($0.1))" }.joined(separator: "&")
        let request = SigV4Request(
            method: "POST", path: url.path.isEmpty ? "/" : url.path,
            headers: [("Host", hostHeader), ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
            body: Array(form.utf8))
        let exchange = SignedExchange(credentials: credentials, region: region, retry: retry, timeout: timeout)
        let data = try await exchange.perform(action, url: url, request: request)
        do {
            return try XMLReader.parse(data)
        } catch {
            throw AWSError(.malformedResponse, .notAWSXML(endpoint: endpoint, action: action.rawValue, reason: "\(error)"))
        }
    }

    static func error(for action: AWSAction, status: Int, code: String?, message: String, credentials: AWSCredentials, region: String) -> AWSError {
        switch code {
        case "UnauthorizedOperation", "AccessDenied", "AccessDeniedException", "UnauthorizedAccess":
            return AWSError(.accessDenied, .accessDenied(credentials: credentials, permission: action.permission, s3: action.service == .s3, awsMessage: message), awsCode: code)
        case "ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired":
            return AWSError(.expiredToken, .expiredToken(credentials: credentials, awsMessage: message), awsCode: code)
        case "InvalidClientTokenId", "AuthFailure", "SignatureDoesNotMatch", "InvalidAccessKeyId", "UnrecognizedClientException":
            return AWSError(.invalidCredentials, .invalidCredentials(credentials: credentials, code: code ?? "", awsMessage: message), awsCode: code)
        case "OptInRequired", "InvalidRegion":
            return AWSError(.unknownRegion, .regionNotEnabled(region: region, awsMessage: message), awsCode: code)
        default:
            return AWSError(.service, .serviceFailed(permission: action.permission, status: status, code: code, awsMessage: message), awsCode: code)
        }
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
