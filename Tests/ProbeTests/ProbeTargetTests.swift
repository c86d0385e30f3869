import Addresses
import Testing
import Probe

/// What users type, and the errors they get for what cannot be probed.
@Suite struct ProbeTargetTests {
    @Test(arguments: [
        ("test.jp", "https://test.jp/", 443),
        ("https://Test.JP./health?x=1#top", "https://test.jp/health?x=1", 443),
        ("http://test.jp:8080", "http://test.jp:8080/", 8080),
        ("https://[2001:DB8::1]:8443/", "https://[2001:db8::1]:8443/", 8443),
        ("198.51.100.7", "https://198.51.100.7/", 443),
        ("https://user@test.jp/", "https://test.jp/", 443),
    ])
    func parses(text: String, url: String, port: Int) throws {
        let target = try ProbeTarget(parsing: text)
        #expect(target.url == url)
        #expect(target.port == port)
    }

    @Test(arguments: [
        ("ftp://test.jp/", "expected an http:// or https:// URL"),
        ("https://test.jp:99999/", "port '99999' is not a number from 1 to 65535"),
        ("https://bücher.de/", "internationalised (IDN) name; give its ASCII form"),
        ("https://te st.jp/", "is not a valid host name"),
        ("https://[2001:db8::1/", "needs its closing ']'"),
        ("https:///path", "no host name"),
    ])
    func rejectsWithAReason(text: String, reason: String) {
        #expect {
            try ProbeTarget(parsing: text)
        } throws: { error in
            (error as? ProbeTarget.ParseError)?.description.contains(reason) == true
        }
    }

    @Test func addressesAreCanonical() {
        #expect(IPAddress("2001:DB8:0:0:1:0:0:1")?.text == "2001:db8::1:0:0:1")
        #expect(IPAddress("fd77:1:0:0:0:0:0:2")?.text == "fd77:1::2")
        #expect(IPAddress("10.0.0.1")?.family == .ipv4)
        #expect(IPAddress("10.0.0.256") == nil)
        #expect([IPAddress("fd00::1"), IPAddress("10.0.0.10"), IPAddress("10.0.0.9")].compactMap { $0 }.sorted().map(\.text) == ["10.0.0.9", "10.0.0.10", "fd00::1"])
    }
}
