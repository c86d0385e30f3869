@_spi(Fuzzing) import ALBLogs
import AWSModel
import CloudFormation
import Foundation
import HCL
import ProbeModel
import Rules
import ServeConfig
import Terraform

/// Every fuzz target, by name: what it parses is in the name. `fuzz/run.sh --list` reads the
/// names from the `case` lines below; ALBDOCTOR_FUZZ_TARGET picks one for libFuzzer.
enum FuzzTargets {
    static func run(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch name {
        case "template-yaml": template(text, file: "fuzz.yaml")
        case "template-json": template(text, file: "fuzz.json")
        case "log-access-line": line(bytes, .access)
        case "log-connection-line": line(bytes, .connection)
        case "log-json-line": line(bytes, .unknown)
        case "gzip-inflate": inflate(bytes)
        case "dns-message": _ = try? DNSMessage.decode(Array(bytes))
        case "xml-aws-response": xml(bytes)
        case "snapshot-json": snapshot(bytes)
        case "sigv4-canonical-request": canonicalRequest(text)
        case "ini-aws-config": _ = SharedConfiguration(credentialsFile: text, configFile: text).profile("default")
        case "hcl-parse": hcl(text)
        case "terraform-plan-state": terraform(bytes)
        case "yaml-serve-config": _ = try? ServeConfiguration.parse(text, file: "fuzz.yaml", urls: [], defaults: .init())
        default: fatalError("unknown fuzz target '\(name)'; fuzz/run.sh --list names them")
        }
    }

    /// Read, evaluate, check: what `lint` does to one template.
    static func template(_ text: String, file: String) {
        guard let evaluation = try? Deployment(stacks: [StackSource(name: "fuzz", file: file, text: text)], region: "ap-northeast-1").evaluate() else { return }
        _ = RuleRegistry.check(evaluation.topology)
    }

    /// HCL native syntax and the JSON syntax, as `lint` reads `.tf` and `.tf.json` files.
    static func hcl(_ text: String) {
        _ = try? HCLParser.parseBody(text, file: "fuzz.tf")
        _ = try? JSONBody.parse(text, file: "fuzz.tf.json", blockLabels: ["resource": 2, "variable": 1])
    }

    /// A plan's JSON or a state file, read as one deployment and checked, as `lint` does.
    static func terraform(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let topology = try? DeploymentReader.topology(of: Data(bytes), file: "fuzz.json", region: "ap-northeast-1") else { return }
        _ = RuleRegistry.check(topology)
    }

    static func line(_ bytes: some Collection<UInt8>, _ format: LogLineParser.Format) {
        let array = Array(bytes)
        var parser = LogLineParser(keepDetails: true, wantTraceIDs: true)
        array.withUnsafeBufferPointer { buffer in
            // Each line of the input, as the splitter hands them over.
            var start = 0
            for index in 0...buffer.count where index == buffer.count || buffer[index] == 0x0A {
                _ = parser.parseLine(buffer, from: start, to: index, format: format)
                start = index + 1
            }
        }
    }

    /// The streaming inflater, fed in pieces whose size the first byte chooses.
    static func inflate(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else { return }
        let piece = Int(first) * 7 + 1
        let input = UnsafeBufferPointer(rebasing: bytes.dropFirst())
        let inflater = GzipInflater(outputSize: 4096)
        var produced = 0
        do {
            var offset = 0
            while offset < input.count {
                let end = min(input.count, offset + piece)
                try inflater.feed(UnsafeBufferPointer(rebasing: input[offset..<end])) { produced += $0.count }
                offset = end
                if produced > 64 << 20 { return }
            }
            try inflater.finish()
        } catch {
            return
        }
    }

    static func xml(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let root = try? XMLReader.parse(Array(bytes)) else { return }
        _ = root.path("DescribeSubnetsResponse/subnetSet")
        _ = root.list("item")
    }

    static func snapshot(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let inventory = try? Snapshot.decode(Data(bytes), file: "fuzz.json") else { return }
        _ = RuleRegistry.check(inventory.topology())
    }

    /// A request from lines: method, path, then `name=value` query items and `Name: value` headers,
    /// in the canonical form SigV4 signs (hashing and HMAC are swift-crypto's, outside the fuzz world).
    static func canonicalRequest(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let query = lines.dropFirst(2).filter { $0.contains("=") && !$0.contains(": ") }.map { line -> (name: String, value: String) in
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        let headers = lines.dropFirst(2).filter { $0.contains(": ") }.map { line -> (name: String, value: String) in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        for normalizes in [true, false] {
            let request = SigV4Request(method: lines.first ?? "GET", path: lines.dropFirst().first ?? "/", query: query, headers: headers + [("Host", "example.amazonaws.com")],
                                       normalizesPath: normalizes)
            _ = request.canonicalRequest(payloadHash: SigV4Request.emptyPayloadHash)
        }
    }
}
