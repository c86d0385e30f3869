import Testing
@testable import ProbeModel

/// RFC 1035 wire format: the query we send, the answers we read.
@Suite struct DNSMessageTests {
    @Test func queryIsTheWireFormat() {
        let bytes = DNSMessage.query(id: 0xBEEF, name: "test.jp", type: .aaaa)
        #expect(bytes == [0xBE, 0xEF, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0,
                          4, 0x74, 0x65, 0x73, 0x74, 2, 0x6A, 0x70, 0, 0, 28, 0, 1])
    }

    /// www.test.jp CNAME test.jp, then A and AAAA for test.jp; names compressed by pointers.
    static let answer: [UInt8] = [
        0x12, 0x34, 0x81, 0x80, 0, 1, 0, 3, 0, 0, 0, 0,
        3, 0x77, 0x77, 0x77, 4, 0x74, 0x65, 0x73, 0x74, 2, 0x6A, 0x70, 0, 0, 1, 0, 1,  // question at 12
        0xC0, 12, 0, 5, 0, 1, 0, 0, 0x0E, 0x10, 0, 2, 0xC0, 16,                        // CNAME → test.jp (offset 16)
        0xC0, 16, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 198, 51, 100, 7,                      // A, ttl 60
        0xC0, 16, 0, 28, 0, 1, 0, 0, 0, 30, 0, 16, 0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]

    @Test func answersWithCompressionAreRead() throws {
        let response = try DNSMessage.decode(Self.answer)
        #expect(response.id == 0x1234)
        #expect(!response.truncated)
        #expect(response.responseCode == 0)
        #expect(response.answers == [
            .init(name: "www.test.jp", type: .cname, ttl: 3600, value: "test.jp"),
            .init(name: "test.jp", type: .a, ttl: 60, value: "198.51.100.7"),
            .init(name: "test.jp", type: .aaaa, ttl: 30, value: "2001:db8::1"),
        ])
    }

    @Test func truncationAndErrorsAreSeen() throws {
        var truncated = Self.answer
        truncated[2] |= 0x02
        truncated[3] = 0x83
        let response = try DNSMessage.decode(truncated)
        #expect(response.truncated)
        #expect(response.responseCode == 3)
        #expect(throws: DNSMessage.DecodingError.self) { try DNSMessage.decode(Array(Self.answer.prefix(40))) }
        #expect(throws: DNSMessage.DecodingError.self) { try DNSMessage.decode([0x12, 0x34, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]) }
        // A pointer to itself must end in an error, not a hang.
        var loop = Self.answer
        loop[29] = 0xC0
        loop[30] = 29
        #expect(throws: DNSMessage.DecodingError.self) { try DNSMessage.decode(loop) }
    }

    @Test func unionKeepsEveryAddressItsSmallestTTLAndHowOftenItCame() {
        let first: [DNSMessage.Record] = [.init(name: "a", type: .a, ttl: 60, value: "192.0.2.1"), .init(name: "a", type: .a, ttl: 60, value: "192.0.2.2")]
        let second: [DNSMessage.Record] = [.init(name: "a", type: .a, ttl: 20, value: "192.0.2.3"), .init(name: "a", type: .a, ttl: 12, value: "192.0.2.1")]
        let resolution = Resolution.union(source: "test", rounds: [first, second], cnames: [], ms: 1)
        #expect(resolution.answers.map(\.address.text) == ["192.0.2.1", "192.0.2.2", "192.0.2.3"])
        #expect(resolution.answers.map(\.ttl) == [12, 60, 20])
        #expect(resolution.answers.map(\.seenInRounds) == [2, 1, 1])
    }
}
