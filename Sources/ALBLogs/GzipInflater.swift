internal import CZlib
internal import Localization

/// Streaming gzip decompression with zlib: chunks in, decompressed pieces out; members back to back
/// (as `cat a.gz b.gz` makes) are read in turn; a truncated or corrupt stream is an error that
/// says how far it got, after everything before it was delivered.
@_spi(Fuzzing) public final class GzipInflater {
    private var stream = z_stream()
    private var output: [UInt8]
    private var started = false
    /// Whether the last member ended and no input followed it.
    private var ended = false

    @_spi(Fuzzing) public struct Failure: Error {
        /// Why the stream stopped, in every language.
        let reason: LocalizedText

        /// Why the stream stopped, in English.
        public var message: String { reason.english }

        init(_ reason: LogReadingText) { self.reason = LocalizedText(reason) }
    }

    /// 256 KiB of output at a time: what was inflated is still in the core's cache when the lines are split.
    @_spi(Fuzzing) public init(outputSize: Int = 1 << 18) {
        output = [UInt8](repeating: 0, count: outputSize)
    }

    deinit {
        if started { inflateEnd(&stream) }
    }

    /// Inflates one chunk of compressed input, calling `body` with each piece of output.
    @_spi(Fuzzing) public func feed(_ input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws(Failure) {
        guard let base = input.baseAddress, input.count > 0 else { return }
        if !started {
            guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw Failure(.zlibCannotStart)
            }
            started = true
        }
        if ended {
            // Bytes after a complete member: a further member, or zero padding.
            if input.allSatisfy({ $0 == 0 }) { return }
            inflateReset(&stream)
            ended = false
        }
        stream.next_in = UnsafeMutablePointer(mutating: base)
        stream.avail_in = uInt(input.count)
        while true {
            let status: Int32 = output.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            let produced = output.count - Int(stream.avail_out)
            if produced > 0 { output.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<produced])) } }
            switch status {
            case Z_STREAM_END:
                if stream.avail_in == 0 {
                    ended = true
                    return
                }
                let rest = UnsafeBufferPointer(start: stream.next_in, count: Int(stream.avail_in))
                if rest.allSatisfy({ $0 == 0 }) {
                    ended = true
                    return
                }
                inflateReset(&stream)
            case Z_OK:
                if stream.avail_in == 0 && stream.avail_out > 0 { return }
            case Z_BUF_ERROR:
                if stream.avail_in == 0 { return }
                throw Failure(.corruptGzip(detail: nil))
            default:
                let detail = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw Failure(.corruptGzip(detail: detail))
            }
        }
    }

    /// Checks that the stream ended where the input did.
    @_spi(Fuzzing) public func finish() throws(Failure) {
        guard started, !ended else { return }
        throw Failure(.truncatedGzip)
    }
}
