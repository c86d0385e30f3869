/// When and how long to wait before trying a call again: throttling and server errors are
/// retried with exponential backoff and full jitter, as AWS's SDKs do.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var baseDelay: Double
    public var maxDelay: Double

    public init(maxAttempts: Int = 5, baseDelay: Double = 0.1, maxDelay: Double = 5) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottled", "RequestThrottledException",
        "RequestLimitExceeded", "TooManyRequestsException", "ProvisionedThroughputExceededException", "SlowDown",
        "BandwidthLimitExceeded", "EC2ThrottledException", "PriorRequestNotComplete",
    ]
    static let transientCodes: Set<String> = ["InternalError", "InternalFailure", "ServiceUnavailable", "Unavailable", "RequestTimeout"]

    /// Whether a response with this HTTP status and AWS error code deserves another try.
    public func shouldRetry(status: Int, code: String?) -> Bool {
        if let code, RetryPolicy.throttlingCodes.contains(code) || RetryPolicy.transientCodes.contains(code) { return true }
        return status == 429 || status >= 500
    }

    /// Seconds to wait before attempt `attempt + 1` (attempt counts from 1); `random` in 0..<1.
    public func delay(afterAttempt attempt: Int, random: Double) -> Double {
        let ceiling = min(maxDelay, baseDelay * Double(1 << min(attempt, 20)))
        return ceiling * random
    }
}
