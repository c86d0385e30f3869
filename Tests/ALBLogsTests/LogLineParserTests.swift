@testable import ALBLogs
import Foundation
import Testing
import _TestSupport

/// AWS's documented example lines, the seed's JSON entry, and malformed input.
@Suite struct LogLineParserTests {
    static let examples: [String] = {
        let url = Bundle.module.url(forResource: "Logs/aws-doc-examples", withExtension: "log")!
        return (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }()

    func parse(_ line: String, format: LogLineParser.Format = .unknown) -> Result<LogRecord, LineError> {
        var parser = LogLineParser(keepDetails: true)
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { parser.parse(UnsafeBufferPointer($0), from: 0, to: $0.count, format: format) }
    }

    func access(_ line: String) throws -> AccessRecord {
        guard case .success(.access(let record)) = parse(line) else { throw LogsError("not an access entry: \(parse(line))") }
        return record
    }

    @Test func documentedHTTPEntry() throws {
        let record = try access(Self.examples[0])
        #expect(record.kind == .http)
        #expect(Timestamp.format(record.time) == "2018-07-02T22:23:00.186641Z")
        #expect(record.client == ClientAddress("192.168.131.39"))
        #expect(record.elbStatus == 200)
        #expect(record.targetStatus == 200)
        #expect(record.targetProcessingTime == 0.001)
        #expect(record.request == "GET http://www.example.com:80/ HTTP/1.1")
        #expect(record.userAgent == "curl/7.46.0")
        #expect(!record.isRedirect)
        #expect(record.connTraceID?.description == "TID_1234abcd5678ef90")
    }

    @Test func olderHTTPSEntryWithoutTrailingFields() throws {
        let record = try access(Self.examples[1])
        #expect(record.kind == .https)
        #expect(record.isEncrypted)
        #expect(record.connTraceID == nil)
        #expect(record.errorReason == nil)
    }

    @Test func malformedRequestAnsweredByTheLoadBalancer() throws {
        let record = try access(Self.examples[2])
        #expect(record.elbStatus == 400)
        #expect(record.targetStatus == nil)
        #expect(record.targetProcessingTime == nil)
        #expect(record.request == "- http://myalb1-878688131.us-east-1.elb.amazonaws.com:80- -")
        #expect(record.client == ClientAddress("205.210.31.158"))
    }

    @Test func connectionEntries() throws {
        guard case .success(.connection(let ok)) = parse(Self.examples[3]),
              case .success(.connection(let failed)) = parse(Self.examples[4], format: .connection) else {
            Issue.record("connection lines did not parse")
            return
        }
        #expect(ok.client == ClientAddress("203.0.113.1"))
        #expect(ok.listenerPort == 443)
        #expect(ok.verifyStatus == "Success")
        #expect(!ok.failed)
        #expect(failed.failed)
        #expect(failed.verifyStatus == "Failed:ClientCertUntrusted")
        #expect(failed.connTraceID == .packed(0x1c71a68d70587445, 0xad5127ff8b2687d7))
        #expect(failed.connTraceID?.description == "TID_1c71a68d70587445ad5127ff8b2687d7")
    }

    @Test func theSeedsJSONEntryIsARedirect() throws {
        let url = try #require(Bundle.module.url(forResource: "Logs/incident-entry", withExtension: "json"))
        let record = try access(try String(contentsOf: url, encoding: .utf8))
        #expect(record.isRedirect)
        #expect(record.redirectURL == "https://test.jp:443/")
        #expect(record.client == ClientAddress("119.21.1.1"))
        #expect(record.connTraceID?.description == "TID_c8908f22305e62458552dd06d871d365")
        #expect(record.userAgent?.contains("Chrome/142") == true)
    }

    @Test func redirectNeedsTheRedirectAction() throws {
        let line = #"http 2025-12-25T23:45:50.036400Z app/a/b 1.2.3.4:5 - -1 -1 -1 301 - 1 2 "GET http://t:80/ HTTP/1.1" "ua" - - - "-" "-" "-" 0 2025-12-25T23:45:50.029000Z "forward" "https://t:443/" "-" "-" "-" "-" "-" -"#
        #expect(try !access(line).isRedirect)
        #expect(try access(line.replacingOccurrences(of: "\"forward\"", with: "\"waf,redirect\"")).isRedirect)
    }

    @Test func escapedQuotesAndAllTypes() throws {
        for type in ["http", "https", "h2", "grpcs", "ws", "wss"] {
            let line = #"\#(type) 2025-01-01T00:00:00Z app/a/b 1.2.3.4:5 - 0.1 0.2 0.3 200 200 1 2 "GET / HTTP/1.1" "agent \"quoted\" here" - -"#
            let record = try access(line)
            #expect(record.kind.rawValue == type)
            #expect(record.userAgent == #"agent \"quoted\" here"#)
        }
        #expect(try access(#"https 2025-01-01T00:00:00Z app/a/b [2001:db8::1]:443 - 0.1 0.2 0.3 200 200 1 2 "GET / HTTP/1.1" "a" - -"#).client == ClientAddress("2001:db8::1"))
    }

    @Test(arguments: [
        ("", "empty line"),
        ("garbage", "expected at least 12"),
        (#"https 2025-01-01T00:00:00Z app "unclosed"#, "a quoted field is not closed"),
        (#"https yesterday app/a/b 1.2.3.4:5 - 0 0 0 200 200 1 2 "r" "u" - -"#, "expected an ISO 8601 time in field 2"),
        (#"https 2025-01-01T00:00:00Z app/a/b nocolon - 0 0 0 200 200 1 2 "r" "u" - -"#, "expected client:port in field 4"),
        ("{not json", "is not a JSON object"),
        ("{\"a\": 1}", "a JSON line needs"),
    ])
    func malformedLinesSayWhy(line: String, expected: String) {
        switch parse(line) {
        case .success(let record): Issue.record("parsed \(record)")
        case .failure(let error): #expect(error.message.contains(expected), "got: \(error.message)")
        }
    }

    @Test(arguments: ["2025-12-25T23:45:50.036400Z", "1970-01-01T00:00:00.000000Z", "2024-02-29T12:00:00.000001Z", "2099-12-31T23:59:59.999999Z"])
    func timestampsRoundTrip(text: String) throws {
        let micros = try #require(Timestamp.parse(text))
        #expect(Timestamp.format(micros) == text)
    }

    @Test func fileNamesTellKindNodeAndInterval() {
        let access = LogFileName("AWSLogs/1/elasticloadbalancing/ap-northeast-1/2025/12/25/123456789012_elasticloadbalancing_ap-northeast-1_app.test-alb.50dc6c495c0c9188_20251225T2345Z_010.000.001.021_5rb8s2ib.log.gz")
        #expect(!access.isConnectionLog)
        #expect(access.node == "10.0.1.21")
        #expect(access.endTime?.description == "2025-12-25T23:45:00.000000Z")
        let connection = LogFileName("conn_log.123456789012_elasticloadbalancing_us-east-2_app.my-lb.1234567890abcdef_20140215T2340Z_172.160.001.192_20sg8hgm.log.gz")
        #expect(connection.isConnectionLog)
        #expect(connection.node == "172.160.1.192")
        #expect(LogFileName("renamed.log").endTime == nil)
    }
}
