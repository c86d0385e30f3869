#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Cuts a stream of byte chunks into lines, whatever the chunk boundaries: a line split across
/// chunks is carried over. Pure; the readers feed it.
public struct LineSplitter {
    private var carry: [UInt8] = []
    /// Lines longer than this are cut (a log line is a few KB at most).
    public let maximumLineLength: Int

    public init(maximumLineLength: Int = 1 << 20) {
        self.maximumLineLength = maximumLineLength
    }

    /// Calls `body` with each complete line in `chunk` (without the newline).
    public mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        guard let base = chunk.baseAddress else { return }
        var start = 0
        let count = chunk.count
        while start < count, let found = memchr(base + start, 10, count - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if carry.isEmpty {
                body(chunk, start, index)
            } else {
                carry.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<index]))
                carry.withUnsafeBufferPointer { body($0, 0, $0.count) }
                carry.removeAll(keepingCapacity: true)
            }
            start = index + 1
        }
        if start < count {
            carry.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start..<count]))
            if carry.count > maximumLineLength {
                carry.withUnsafeBufferPointer { body($0, 0, $0.count) }
                carry.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The last line when the stream does not end with a newline.
    public mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        guard !carry.isEmpty else { return }
        carry.withUnsafeBufferPointer { body($0, 0, $0.count) }
        carry.removeAll()
    }
}
