@testable import ALBLogs
import Testing

@Suite struct ConnectionJoinTests {
    let second: Int64 = 1_000_000
    let alice = ClientAddress("198.51.100.1")
    let bob = ClientAddress("2001:db8::7")

    func id(_ number: UInt64) -> TraceID { .packed(0xA5A5, number) }

    @Test func theWindowIsHowLongAFirstRequestMayCome() {
        for (window, silent) in [(Int64(3600), 0), (600, 1)] {
            var join = ConnectionJoin(window: window * second, slack: 360 * second)
            join.connection(traceID: id(1), client: alice, time: 1000 * second)
            // Keep-alive: the first request on the connection comes 50 minutes later.
            for minute in stride(from: Int64(1), through: 60, by: 1) {
                if minute == 50 { join.request(traceID: id(1), time: (1000 + 50 * 60) * second) }
                join.advance(to: (1000 + minute * 60) * second)
            }
            join.finish()
            #expect(join.silentByClient.values.reduce(0, +) == silent, "window \(window) s")
        }
    }

    @Test func requestsReadBeforeTheirConnectionAndOtherClients() {
        var join = ConnectionJoin(window: 3600 * second, slack: 360 * second)
        join.request(traceID: id(2), time: 1010 * second)
        join.connection(traceID: id(2), client: alice, time: 1000 * second)
        join.connection(traceID: .text("conn-7"), client: bob, time: 1000 * second)
        join.connection(traceID: id(3), client: bob, time: 1001 * second)
        join.request(traceID: .text("conn-7"), time: 1002 * second)
        join.finish()
        #expect(join.silentByClient == [bob: 1])
        #expect(join.connectionCount == 3)
    }

    @Test func traceIDsAreExact() {
        let bytes = Array("TID_1c71a68d70587445ad5127ff8b2687d7 TID_1C71A68D70587445AD5127FF8B2687D7 TID_00000000000000000000000000000000".utf8)
        let ids = bytes.withUnsafeBufferPointer { line in [(0, 36), (37, 73), (74, 110)].map { TraceID(line, from: $0.0, to: $0.1) } }
        #expect(ids[0] == .packed(0x1c71a68d70587445, 0xad5127ff8b2687d7))
        #expect(ids[1] == .text("TID_1C71A68D70587445AD5127FF8B2687D7"), "uppercase stays text: a different id")
        #expect(ids[2] == .text("TID_00000000000000000000000000000000"))
        #expect(ids.map { $0?.description } == ["TID_1c71a68d70587445ad5127ff8b2687d7", "TID_1C71A68D70587445AD5127FF8B2687D7", "TID_00000000000000000000000000000000"])
    }

    @Test func theTableKeepsEveryEntryThroughGrowthAndRemoval() {
        // Ids that share their home slot (same high ^ low) make long runs: removal must shift them back.
        var table = TraceTable(capacity: 16)
        var expected: [TraceID: UInt64] = [:]
        for number in UInt64(1)...5000 {
            let id: TraceID = number % 3 == 0 ? .packed(number, number) : .packed(number << 20, number * 7919)
            table.updateValue(number, forKey: id)
            expected[id] = number
        }
        for number in stride(from: UInt64(1), through: 5000, by: 2) {
            let id: TraceID = number % 3 == 0 ? .packed(number, number) : .packed(number << 20, number * 7919)
            #expect(table.removeValue(forKey: id) == number)
            expected[id] = nil
        }
        #expect(table.count == expected.count)
        for (id, value) in expected { #expect(table[id] == value) }
        #expect(table[.packed(1 << 20, 7919)] == nil)
    }
}
