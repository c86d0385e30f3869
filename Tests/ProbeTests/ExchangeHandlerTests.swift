import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing
@testable import Probe

/// The exchange's protocol logic without sockets: what it sends, what it makes of what it reads.
@Suite struct ExchangeHandlerTests {
    private func exchange() throws -> (EmbeddedChannel, OneShot<ExchangeHandler.Observation>) {
        let channel = EmbeddedChannel()
        try channel.connect(to: SocketAddress(ipAddress: "192.0.2.1", port: 80)).wait()
        let shot = OneShot<ExchangeHandler.Observation>(on: channel.embeddedEventLoop)
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: "test.jp")
        let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: "/health", headers: headers)
        try channel.pipeline.syncOperations.addHandlers([
            HTTPRequestEncoder(), ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes)),
            ExchangeHandler(request: head, tls: false, timeout: .seconds(5), shot: shot),
        ])
        return (channel, shot)
    }

    /// The observation, which must be complete: an EmbeddedEventLoop runs everything at once.
    private func observed(_ shot: OneShot<ExchangeHandler.Observation>) throws -> ExchangeHandler.Observation {
        try #require(shot.isCompleted, "the exchange did not complete")
        return try shot.promise.futureResult.wait()
    }

    private func sent(_ channel: EmbeddedChannel) throws -> String {
        var text = ""
        while var buffer = try channel.readOutbound(as: ByteBuffer.self) { text += buffer.readString(length: buffer.readableBytes) ?? "" }
        return text
    }

    @Test func sendsTheRequestAndReadsTheRedirect() throws {
        let (channel, shot) = try exchange()
        #expect(try sent(channel) == "GET /health HTTP/1.1\r\nHost: test.jp\r\n\r\n")
        try channel.writeInbound(ByteBuffer(string: "HTTP/1.1 301 Moved Permanently\r\nServer: awselb/2.0\r\nLocation: https://test.jp:443/health\r\nContent-Length: 0\r\n\r\n"))
        let observation = try observed(shot)
        #expect(observation.status == 301)
        #expect(observation.location == "https://test.jp:443/health")
        #expect(observation.server == "awselb/2.0")
        #expect(observation.failure == nil)
    }

    @Test func garbageIsAProtocolErrorOfTheHTTPPhase() throws {
        let (channel, shot) = try exchange()
        _ = try sent(channel)
        try channel.writeInbound(ByteBuffer(string: "SSH-2.0-OpenSSH_9.2\r\n\r\n"))
        let observation = try observed(shot)
        #expect(observation.failure?.kind == .protocolError)
        #expect(observation.failedPhase == .http)
    }

    @Test func peerClosingBeforeAnswerIsClosed() throws {
        let (channel, shot) = try exchange()
        _ = try sent(channel)
        try channel.close().wait()
        let observation = try observed(shot)
        #expect(observation.failure?.kind == .closed)
        #expect(observation.failure?.detail.english == "the server closed the connection before sending a response")
    }

    @Test func theDeadlineEndsTheExchange() throws {
        let (channel, shot) = try exchange()
        _ = try sent(channel)
        channel.embeddedEventLoop.advanceTime(by: .seconds(5))
        let observation = try observed(shot)
        #expect(observation.failure?.kind == .timeout)
        #expect(observation.failure?.detail.english == "the HTTP response did not finish within 5.0 s")
    }
}
