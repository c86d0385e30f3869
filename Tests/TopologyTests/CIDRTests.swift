import Addresses
import Testing
import Topology

@Suite struct CIDRTests {
    @Test(arguments: [
        ("10.0.1.0/24", "10.0.1.0/24", 256 as UInt64),
        ("10.0.1.77/24", "10.0.1.0/24", 256),
        ("0.0.0.0/0", "0.0.0.0/0", 4_294_967_296),
        ("192.0.2.1", "192.0.2.1/32", 1),
    ])
    func parsesIPv4(text: String, normalised: String, size: UInt64) throws {
        let block = try #require(IPv4Network(text))
        #expect(block.description == normalised)
        #expect(block.size == size)
    }

    @Test(arguments: ["10.0.0.0/33", "10.0.0/24", "256.0.0.0/8", "a.b.c.d/8", "10.0.0.0/", "", "10.0.0.0/-1"])
    func rejectsMalformedIPv4(text: String) {
        #expect(IPv4Network(text) == nil)
    }

    @Test func containment() throws {
        let vpc = try #require(IPv4Network("10.0.0.0/16"))
        #expect(vpc.contains(try #require(IPv4Network("10.0.200.0/24"))))
        #expect(!vpc.contains(try #require(IPv4Network("10.1.0.0/24"))))
        #expect(!vpc.contains(try #require(IPv4Network("10.0.0.0/8"))))
        #expect(IPv4Network.any.contains(vpc))
    }

    @Test func subdividesLikeFnCidr() throws {
        let vpc = try #require(IPv4Network("10.0.0.0/16"))
        let blocks = try #require(vpc.subdivide(count: 3, hostBits: 8))
        #expect(blocks.map(\.description) == ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"])
        #expect(vpc.subdivide(count: 257, hostBits: 8) == nil)
        #expect(vpc.subdivide(count: 1, hostBits: 17) == nil)
    }

    @Test(arguments: [
        ("::/0", "::/0"),
        ("2001:db8::/56", "2001:db8::/56"),
        ("2001:0db8:0000:0000:0000:0000:0000:0001/128", "2001:db8::1/128"),
        ("fe80::1:2/64", "fe80::/64"),
    ])
    func parsesIPv6(text: String, normalised: String) throws {
        #expect(try #require(IPv6Network(text)).description == normalised)
    }

    @Test(arguments: ["2001:db8:::1/64", "1:2:3:4:5:6:7:8:9/64", "2001:db8::/129", "gggg::/8"])
    func rejectsMalformedIPv6(text: String) {
        #expect(IPv6Network(text) == nil)
    }

    @Test func addressBlockTellsFamilies() throws {
        #expect(try #require(AddressBlock("0.0.0.0/0")).isAnyAddress)
        #expect(try #require(AddressBlock("::/0")).isIPv6)
        #expect(try !(#require(AddressBlock("10.0.0.0/8")).isAnyAddress))
    }
}
