internal import AsyncHTTPClient
internal import Foundation
internal import NIOCore
internal import NIOHTTP1

/// One signed HTTP exchange with AWS, shared by the Query client (EC2, ELBv2, STS) and the S3
/// client: signs each attempt afresh, retries throttling, server errors and a failed connection
/// with backoff and jitter, and turns AWS's XML error answers into `AWSError`s.
struct SignedExchange: Sendable {
    var credentials: AWSCredentials
    var region: String
    var retry: RetryPolicy
    var timeout: Duration

    /// The body of a 2xx answer (at most `limit` bytes), or the error AWS answered with.
    func perform(_ action: AWSAction, url: URL, request: SigV4Request, limit: Int = 64 << 20) async throws(AWSError) -> [UInt8] {
        let signer = SigV4Signer(credentials: credentials, region: region, service: action.service.rawValue)
        // Where the call went, without path and query: `http://127.0.0.1:5000`, `https://ec2.ap-northeast-1.amazonaws.com`.
        let endpoint = "\(url.scheme ?? "https")://\(url.host ?? "")\(url.port.map { ":\($0)" } ?? "")"
        var attempt = 0
        while true {
            attempt += 1
            let headers = signer.sign(request, at: Date())
            var http = HTTPClientRequest(url: url.absoluteString)
            http.method = HTTPMethod(rawValue: request.method)
            for header in headers { http.headers.add(name: header.name, value: header.value) }
            http.headers.add(name: "User-Agent", value: "albdoctor")
            if !request.body.isEmpty { http.body = .bytes(ByteBuffer(bytes: request.body)) }
            let status: Int
            let data: [UInt8]
            do {
                let response = try await HTTPTransport.client.execute(http, timeout: .nanoseconds(Int64((timeout / .nanoseconds(1)).rounded())))
                status = Int(response.status.code)
                var buffer = try await response.body.collect(upTo: limit)
                data = buffer.readBytes(length: buffer.readableBytes) ?? []
            } catch {
                // The transport already retried establishing the connection: one more try at most.
                if attempt < min(2, retry.maxAttempts) {
                    try await pause(afterAttempt: attempt, before: action, at: endpoint)
                    continue
                }
                throw AWSError(.endpointUnreachable, .unreachable(endpoint: endpoint, permission: action.permission, attempts: attempt, reason: Self.describe(error)))
            }
            if (200..<300).contains(status) { return data }
            let root: AWSXMLElement
            do {
                root = try XMLReader.parse(data)
            } catch {
                if status >= 500 && attempt < retry.maxAttempts { continue }
                throw AWSError(.malformedResponse, .notAWSXMLWithStatus(endpoint: endpoint, action: action.rawValue, status: status, reason: "\(error)"))
            }
            let code = root.firstDescendant("Code")?.text
            let message = root.firstDescendant("Message")?.text ?? ""
            if retry.shouldRetry(status: status, code: code), attempt < retry.maxAttempts {
                try await pause(afterAttempt: attempt, before: action, at: endpoint)
                continue
            }
            throw QueryClient.error(for: action, status: status, code: code, message: message, credentials: credentials, region: region)
        }
    }

    /// Waits before the next attempt; a cancelled task stops here instead of trying again.
    private func pause(afterAttempt attempt: Int, before action: AWSAction, at endpoint: String) async throws(AWSError) {
        do {
            try await Task.sleep(for: .seconds(retry.delay(afterAttempt: attempt, random: Double.random(in: 0..<1))))
        } catch {
            throw AWSError(.cancelled, .cancelled(permission: action.permission, endpoint: endpoint))
        }
    }

    private static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.count > 200 ? String(text.prefix(200)) + "…" : text
    }
}
