internal import AsyncHTTPClient
internal import NIOCore

/// The one HTTP client every AWS call shares, for the life of the process. Connection attempts
/// give up after 3 s (AHC retries establishing within that), so an unreachable endpoint is
/// reported in seconds, not minutes.
enum HTTPTransport {
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.timeout.connect = .seconds(3)
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()
}
