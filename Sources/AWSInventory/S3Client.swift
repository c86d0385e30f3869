public import Foundation

/// Reads objects from S3 — ListObjectsV2 and GetObject, nothing else — for the load balancer's
/// logs. With an endpoint override (moto, LocalStack) it addresses buckets path-style
/// (`ENDPOINT/BUCKET/KEY`); otherwise virtual-hosted (`https://BUCKET.s3.REGION.amazonaws.com/KEY`).
public struct S3Client: Sendable {
    /// One object of a listing.
    public struct Object: Sendable, Hashable {
        public var key: String
        public var size: Int
    }

    public var credentials: AWSCredentials
    public var region: String
    public var endpointOverride: String?
    public var retry: RetryPolicy
    public var timeout: Duration

    public init(credentials: AWSCredentials, region: String, endpointOverride: String? = nil, retry: RetryPolicy = RetryPolicy(), timeout: Duration = .seconds(60)) {
        self.credentials = credentials
        self.region = region
        self.endpointOverride = endpointOverride
        self.retry = retry
        self.timeout = timeout
    }

    /// Every object under `prefix`, following continuation tokens.
    public func list(bucket: String, prefix: String) async throws(AWSError) -> [Object] {
        var objects: [Object] = []
        var token: String?
        var pages = 0
        repeat {
            var query = [(name: "list-type", value: "2"), (name: "prefix", value: prefix)]
            if let token { query.append((name: "continuation-token", value: token)) }
            let data = try await send(.listObjectsV2, bucket: bucket, key: nil, query: query)
            let root: AWSXMLElement
            do {
                root = try XMLReader.parse(data)
            } catch {
                throw AWSError(.malformedResponse, .s3NotXML(bucket: bucket, reason: "\(error)"))
            }
            for content in root.children("Contents") {
                guard let key = content.string("Key") else { continue }
                objects.append(Object(key: key, size: content.string("Size").flatMap(Int.init) ?? 0))
            }
            token = root.string("IsTruncated") == "true" ? root.string("NextContinuationToken") : nil
            pages += 1
        } while token != nil && pages < 100_000
        return objects
    }

    /// The object's bytes (at most `limit`).
    public func get(bucket: String, key: String, limit: Int = 1 << 30) async throws(AWSError) -> [UInt8] {
        try await send(.getObject, bucket: bucket, key: key, query: [], limit: limit)
    }

    private func send(_ action: AWSAction, bucket: String, key: String?, query: [(name: String, value: String)], limit: Int = 64 << 20) async throws(AWSError) -> [UInt8] {
        let base: String
        var path: String
        if let endpointOverride {
            base = endpointOverride.hasSuffix("/") ? String(endpointOverride.dropLast()) : endpointOverride
            path = "/" + bucket + "/" + (key ?? "")
        } else {
            base = "https://\(bucket).s3.\(region).amazonaws.com\(region.hasPrefix("cn-") ? ".cn" : "")"
            path = "/" + (key ?? "")
        }
        if let prefixPath = URL(string: base)?.path, !prefixPath.isEmpty, prefixPath != "/" { path = prefixPath + path }
        let encodedQuery = query.map { "\(SigV4Request.encode($0.name))=\(SigV4Request.encode($0.value))" }.joined(separator: "&")
        guard let origin = URL(string: base), let host = origin.host,
              let url = URL(string: "\(origin.scheme ?? "https")://\(origin.port.map { "\(host):\($0)" } ?? host)\(SigV4Request.encodePath(path))\(encodedQuery.isEmpty ? "" : "?" + encodedQuery)") else {
            throw AWSError(.configuration, .s3URL(base: base, bucket: bucket))
        }
        let request = SigV4Request(
            method: "GET", path: path, query: query,
            headers: [("Host", origin.port.map { "\(host):\($0)" } ?? host), ("X-Amz-Content-SHA256", SigV4Request.emptyPayloadHash)],
            normalizesPath: false)
        return try await SignedExchange(credentials: credentials, region: region, retry: retry, timeout: timeout).perform(action, url: url, request: request, limit: limit)
    }
}

/// `s3://BUCKET/PREFIX`, as the AWS CLI writes it.
public struct S3Location: Sendable, Hashable, CustomStringConvertible {
    public var bucket: String
    public var prefix: String

    public init(bucket: String, prefix: String) {
        self.bucket = bucket
        self.prefix = prefix
    }

    /// Parses `s3://BUCKET[/PREFIX]`; nil for anything else.
    public init?(url: String) {
        guard url.hasPrefix("s3://") else { return nil }
        let rest = url.dropFirst("s3://".count)
        let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let bucket = parts.first, !bucket.isEmpty else { return nil }
        self.bucket = String(bucket)
        prefix = parts.count > 1 ? String(parts[1]) : ""
    }

    public var description: String { "s3://\(bucket)/\(prefix)" }
}
