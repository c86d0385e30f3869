internal import Addresses
internal import NIOCore
internal import NIOPosix

/// albdoctor's own DNS client: asks one server directly, over UDP, and again over TCP when the
/// answer comes back truncated; follows CNAMEs; keeps TTLs.
public struct DNSResolver: Sendable {
    /// The server as the user gave it, e.g. `127.0.0.1:5353`.
    public let server: String
    private let address: SocketAddress
    private let timeout: TimeAmount

    /// `SERVER[:PORT]`: `10.0.0.2`, `10.0.0.2:5353`, `[fd00::53]:53`, `fd00::53`.
    public init(server text: String, timeout: Duration) throws(ResolutionError) {
        let parsed: HostPort
        do { parsed = try HostPort(parsing: Substring(text)) } catch { throw ResolutionError(.dnsServerNotHostPort(text: text, reason: error.reason)) }
        let port = parsed.port ?? 53
        guard let ip = IPAddress(parsed.host), let address = try? SocketAddress(ipAddress: ip.text, port: port) else {
            throw ResolutionError(.dnsServerNotAddress(text: text))
        }
        self.server = HostPort(host: ip.text, port: port).text
        self.address = address
        self.timeout = timeout.timeAmount
    }

    /// The records of `types` for `host`, with the CNAME chain that led to them. Each type is
    /// asked on its own: when one fails (a server that refuses AAAA, a timeout) and another
    /// answers, the failure is returned beside the records; only when every type fails is it thrown.
    public func lookup(_ host: String, types: [DNSMessage.RecordType]) async throws(ResolutionError)
        -> (records: [DNSMessage.Record], cnames: [String], failures: [(type: DNSMessage.RecordType, error: ResolutionError)]) {
        var records: [DNSMessage.Record] = []
        var cnames: [String] = []
        var failures: [(type: DNSMessage.RecordType, error: ResolutionError)] = []
        for type in types {
            do {
                let found = try await lookup(host, type: type)
                records += found.records
                for name in found.cnames where !cnames.contains(name) { cnames.append(name) }
            } catch {
                failures.append((type, error))
            }
        }
        if failures.count == types.count, let first = failures.first { throw first.error }
        return (records, cnames, failures)
    }

    /// The records of one type for `host`, following CNAMEs.
    private func lookup(_ host: String, type: DNSMessage.RecordType) async throws(ResolutionError) -> (records: [DNSMessage.Record], cnames: [String]) {
        var records: [DNSMessage.Record] = []
        var cnames: [String] = []
        let typeName = type == .a ? "A" : "AAAA"
        var name = host
        for _ in 0..<8 {
            let response = try await exchange(name: name, type: type)
            switch response.responseCode {
            case 0: break
            case 3: throw ResolutionError(.nameDoesNotExist(host: host, server: server, name: name))
            case 2: throw ResolutionError(.serverFailed(server: server, recordType: typeName, name: name))
            case 5: throw ResolutionError(.serverRefused(server: server, recordType: typeName, name: name))
            default: throw ResolutionError(.responseCode(server: server, recordType: typeName, name: name, code: Int(response.responseCode)))
            }
            var current = name
            var followed: Set<String> = [name.lowercased()]
            while let cname = response.answers.first(where: { $0.type == .cname && $0.name.caseInsensitiveEquals(current) }),
                  followed.insert(cname.value.lowercased()).inserted {
                if !cnames.contains(cname.value) { cnames.append(cname.value) }
                current = cname.value
            }
            let found = response.answers.filter { $0.type == type && $0.name.caseInsensitiveEquals(current) }
            records += found
            if !found.isEmpty || current.caseInsensitiveEquals(name) { break }
            name = current
        }
        return (records, cnames)
    }

    private func exchange(name: String, type: DNSMessage.RecordType) async throws(ResolutionError) -> DNSMessage.Response {
        let id = UInt16.random(in: 0...UInt16.max)
        let query = DNSMessage.query(id: id, name: name, type: type)
        let udp = try await perform("UDP", name: name, type: type) { try await self.udp(query, id: id) }
        guard udp.truncated else { return udp }
        return try await perform("TCP", name: name, type: type) { try await self.tcp(query, id: id) }
    }

    private func perform(_ transport: String, name: String, type: DNSMessage.RecordType, _ body: () async throws -> [UInt8]) async throws(ResolutionError) -> DNSMessage.Response {
        let recordType = type == .a ? "A" : "AAAA"
        let bytes: [UInt8]
        do {
            bytes = try await body()
        } catch let error as DeadlineExceeded {
            throw ResolutionError(.serverDidNotAnswer(
                server: server, recordType: recordType, name: name, transport: transport, within: Double(error.after.milliseconds).millisecondsText))
        } catch is ClosedBeforeAnswer {
            throw ResolutionError(.closedBeforeAnswer(server: server, recordType: recordType, name: name, transport: transport))
        } catch {
            throw ResolutionError(.cannotAsk(server: server, recordType: recordType, name: name, transport: transport, reason: "\(error)"))
        }
        do {
            return try DNSMessage.decode(bytes)
        } catch {
            throw ResolutionError(.malformedAnswer(server: server, recordType: recordType, name: name, transport: transport, reason: "\(error)"))
        }
    }

    private func udp(_ query: [UInt8], id: UInt16) async throws -> [UInt8] {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let shot = OneShot<[UInt8]>(on: loop)
        let server = address
        let channel = try await DatagramBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(DatagramAnswerHandler(id: id, server: server, shot: shot))
                }
            }
            .bind(host: server.protocol == .inet6 ? "::" : "0.0.0.0", port: 0).get()
        let timeout = self.timeout
        // Three sends spread over the deadline: one lost datagram must not fail the lookup.
        for attempt in 0..<3 {
            loop.scheduleTask(in: .nanoseconds(timeout.nanoseconds * Int64(attempt) / 3)) {
                guard !shot.isCompleted else { return }
                channel.writeAndFlush(AddressedEnvelope(remoteAddress: server, data: channel.allocator.buffer(bytes: query)), promise: nil)
            }
        }
        loop.scheduleTask(in: timeout) { shot.fail(DeadlineExceeded(after: timeout)) }
        defer { channel.close(promise: nil) }
        return try await shot.promise.futureResult.get()
    }

    private func tcp(_ query: [UInt8], id: UInt16) async throws -> [UInt8] {
        let loop = MultiThreadedEventLoopGroup.singleton.next()
        let shot = OneShot<[UInt8]>(on: loop)
        let timeout = self.timeout
        loop.scheduleTask(in: timeout) { shot.fail(DeadlineExceeded(after: timeout)) }
        let channel = try await ClientBootstrap(group: loop)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(StreamAnswerHandler(query: query, shot: shot))
                }
            }
            .connect(to: address).get()
        defer { channel.close(promise: nil) }
        return try await shot.promise.futureResult.get()
    }
}

/// The reply to our query id from our server; anything else on the socket is ignored.
private final class DatagramAnswerHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    let id: UInt16
    let server: SocketAddress
    let shot: OneShot<[UInt8]>

    init(id: UInt16, server: SocketAddress, shot: OneShot<[UInt8]>) {
        self.id = id
        self.server = server
        self.shot = shot
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        guard envelope.remoteAddress == server, let bytes = envelope.data.getBytes(at: envelope.data.readerIndex, length: envelope.data.readableBytes),
              bytes.count >= 2, UInt16(bytes[0]) << 8 | UInt16(bytes[1]) == id else { return }
        shot.succeed(bytes)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        shot.fail(error)
    }
}

/// RFC 1035 §4.2.2: a two-byte length, then the message, both ways.
private final class StreamAnswerHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer
    let query: [UInt8]
    let shot: OneShot<[UInt8]>
    private var received: ByteBuffer?

    init(query: [UInt8], shot: OneShot<[UInt8]>) {
        self.query = query
        self.shot = shot
    }

    func channelActive(context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: query.count + 2)
        buffer.writeInteger(UInt16(query.count))
        buffer.writeBytes(query)
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var chunk = unwrapInboundIn(data)
        if received == nil { received = chunk } else { received?.writeBuffer(&chunk) }
        guard let buffer = received, let length = buffer.getInteger(at: buffer.readerIndex, as: UInt16.self),
              buffer.readableBytes >= 2 + Int(length), let bytes = buffer.getBytes(at: buffer.readerIndex + 2, length: Int(length)) else { return }
        shot.succeed(bytes)
    }

    func channelInactive(context: ChannelHandlerContext) {
        shot.fail(ClosedBeforeAnswer())
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        shot.fail(error)
    }
}

/// The server closed the TCP connection before its whole answer had come.
struct ClosedBeforeAnswer: Error {}

/// An operation that ran out of time.
struct DeadlineExceeded: Error, CustomStringConvertible {
    let after: TimeAmount
    var description: String { "no answer within \(after.milliseconds) ms" }
}

extension TimeAmount {
    var milliseconds: Int64 { nanoseconds / 1_000_000 }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
