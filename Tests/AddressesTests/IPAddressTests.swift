import Addresses
import Foundation
import Testing

/// One address type for every view: what it accepts, how it prints, how it orders and which
/// blocks hold it.
@Suite struct IPAddressTests {
    @Test(arguments: [
        ("203.0.113.7", "203.0.113.7", IPAddress.Family.ipv4),
        ("2001:DB8:0:0:0:0:0:1", "2001:db8::1", .ipv6),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1", .ipv6),
        ("::ffff:192.0.2.1", "::ffff:c000:201", .ipv6),
        ("::", "::", .ipv6),
    ])
    func parsesOnceAndPrintsTheCanonicalForm(text: String, canonical: String, family: IPAddress.Family) throws {
        let address = try #require(IPAddress(text))
        #expect(address.text == canonical)
        #expect(address.family == family)
        #expect(IPAddress(canonical) == address)
    }

    @Test(arguments: ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "+1.2.3.4", "1.2.3.4/24", "2001:db8::1::2", "2001:db8::g", "[::1]", "fe80::1%eth0", "example.com"])
    func refusesWhatIsNotAnAddress(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func ordersIPv4FirstThenByValue() throws {
        let texts = ["2001:db8::10", "10.0.0.10", "2001:db8::9", "9.0.0.1", "10.0.0.9"]
        let sorted = texts.compactMap(IPAddress.init).sorted().map(\.text)
        #expect(sorted == ["9.0.0.1", "10.0.0.9", "10.0.0.10", "2001:db8::9", "2001:db8::10"])
    }

    @Test func jsonHoldsTheText() throws {
        let address = try #require(IPAddress("2001:db8::1"))
        let data = try JSONEncoder().encode([address])
        #expect(String(decoding: data, as: UTF8.self) == #"["2001:db8::1"]"#)
        #expect(try JSONDecoder().decode([IPAddress].self, from: data) == [address])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([IPAddress].self, from: Data(#"["nope"]"#.utf8)) }
    }

    @Test func blocksHoldTheirOwnFamilysAddresses() throws {
        let v4 = try #require(AddressBlock("10.40.2.0/24"))
        let v6 = try #require(AddressBlock("2001:db8:1::/48"))
        #expect(v4.contains(try #require(IPAddress("10.40.2.200"))))
        #expect(!v4.contains(try #require(IPAddress("10.40.3.1"))))
        #expect(v6.contains(try #require(IPAddress("2001:db8:1:ff::1"))))
        #expect(!v6.contains(try #require(IPAddress("2001:db8:2::1"))))
        // An IPv4-mapped address is IPv6: no IPv4 block holds it.
        #expect(!v4.contains(try #require(IPAddress("::ffff:10.40.2.1"))))
        #expect(try #require(AddressBlock("0.0.0.0/0")).contains(try #require(IPAddress("192.0.2.1"))))
    }
}
