@_spi(Fuzzing) @testable import ALBLogs
import Foundation
import Testing
import _TestSupport

/// Lines must come out the same whatever the chunking, as `ByteToMessageDecoderVerifier` checks.
@Suite(.timeLimit(.minutes(2))) struct StreamingTests {
    static let text = "first line\nsecond \"quoted\" line\n\nfourth\nlast without newline"

    private func lines(chunks: [[UInt8]]) -> [String] {
        var splitter = LineSplitter()
        var out: [String] = []
        let collect: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void = { buffer, from, to in out.append(buffer.string(from: from, to: to)) }
        for chunk in chunks { chunk.withUnsafeBufferPointer { splitter.feed($0, collect) } }
        splitter.finish(collect)
        return out
    }

    @Test func dripFedWholeAndByLineAgree() {
        let bytes = Array(Self.text.utf8)
        let whole = lines(chunks: [bytes])
        #expect(whole == ["first line", "second \"quoted\" line", "", "fourth", "last without newline"])
        #expect(lines(chunks: bytes.map { [$0] }) == whole)
        #expect(lines(chunks: Self.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            Array(line.utf8) + (index < 4 ? [10] : [])
        }) == whole)
        #expect(lines(chunks: stride(from: 0, to: bytes.count, by: 7).map { Array(bytes[$0..<min($0 + 7, bytes.count)]) }) == whole)
    }

    private func gzip(_ text: String) async throws -> Data {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-gz-\(UUID().uuidString)")
        try Data(text.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        return try await runProcess("/bin/sh", ["-c", "gzip -nc '\(input.path)'"]).output
    }

    private func inflate(_ data: Data, chunk: Int) throws -> String {
        let inflater = GzipInflater(outputSize: 64)
        var out = Data()
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + chunk, bytes.count)
            try bytes[offset..<end].withUnsafeBufferPointer { try inflater.feed($0) { out.append(contentsOf: $0) } }
            offset = end
        }
        try inflater.finish()
        return String(decoding: out, as: UTF8.self)
    }

    @Test func gzipInAnyChunkingAndConcatenatedMembers() async throws {
        let text = String(repeating: "a line of an ALB log\n", count: 500)
        let data = try await gzip(text)
        #expect(try inflate(data, chunk: 1) == text)
        #expect(try inflate(data, chunk: 100) == text)
        #expect(try inflate(data + data, chunk: 4096) == text + text)
    }

    @Test func truncatedGzipIsAnErrorAfterItsLines() async throws {
        let text = (0..<2000).map { "line \($0) of an ALB log, value \($0 * 7919 % 10007)\n" }.joined()
        let data = try await gzip(text)
        var out = Data()
        let inflater = GzipInflater()
        let cut = [UInt8](data.prefix(data.count / 2))
        try cut.withUnsafeBufferPointer { try inflater.feed($0) { out.append(contentsOf: $0) } }
        #expect(throws: GzipInflater.Failure.self) { try inflater.finish() }
        #expect(out.count > 0)
        #expect(text.hasPrefix(String(decoding: out, as: UTF8.self)))
    }

    @Test func corruptGzipIsAnError() async throws {
        var bytes = [UInt8](try await gzip((0..<500).map { "entry \($0) \($0 * 31 % 97)\n" }.joined()))
        for index in (bytes.count / 2)..<(bytes.count / 2 + 8) { bytes[index] ^= 0x5A }
        let inflater = GzipInflater()
        #expect(throws: GzipInflater.Failure.self) {
            try bytes.withUnsafeBufferPointer { try inflater.feed($0) { _ in } }
            try inflater.finish()
        }
    }

    @Test(.requires(Requirement("libdeflate.so.0 (apt-get install libdeflate0)") { LibDeflate.shared != nil }))
    func libdeflateLoadedAtRunTimeAgreesWithZlib() async throws {
        #expect(LibDeflate.inflaterName == "libdeflate")
        let text = (0..<5000).map { "line \($0) of an ALB log, value \($0 * 7919 % 10007)\n" }.joined()
        let data = [UInt8](try await gzip(text))
        var whole: [UInt8] = []
        let used = data.withUnsafeBufferPointer { WholeGzip.decompress($0) { whole.append(contentsOf: $0) } }
        #expect(used)
        #expect(String(decoding: whole, as: UTF8.self) == text)
        #expect(try inflate(Data(data), chunk: 4096) == text)
        // Several members: not the fast path's; the caller streams them with zlib.
        let twice = data + data
        #expect(!twice.withUnsafeBufferPointer { WholeGzip.decompress($0) { _ in } })
    }
}
