#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Splits one log line into fields, byte by byte: fields are separated by one space; a field that
/// starts with `"` runs to the next unescaped `"` (ALB escapes quotes inside as `\"`). Field bounds
/// live in storage allocated once and reused for every line.
struct FieldTokenizer {
    static let capacity = 48
    /// Field bounds, quotes excluded.
    private(set) var starts = [Int](repeating: 0, count: FieldTokenizer.capacity)
    private(set) var ends = [Int](repeating: 0, count: FieldTokenizer.capacity)
    private(set) var count = 0

    init() {}

    /// Tokenizes `line[from..<to]`, stopping after `limit` fields; false when a quote is not closed.
    mutating func tokenize(_ line: UnsafeBufferPointer<UInt8>, from: Int, to: Int, limit: Int = FieldTokenizer.capacity) -> Bool {
        guard let base = line.baseAddress else { return true }
        let limit = min(limit, FieldTokenizer.capacity)
        var found = 0
        var index = from
        var closedAll = true
        starts.withUnsafeMutableBufferPointer { starts in
            ends.withUnsafeMutableBufferPointer { ends in
                while index < to && found < limit {
                    if base[index] == 34 { // "
                        let start = index + 1
                        var cursor = start
                        var closed = false
                        while cursor < to {
                            let position = Self.quote(base, from: cursor, to: to)
                            guard position < to else { break }
                            // A quote preceded by an odd number of backslashes is escaped.
                            var backslashes = 0
                            while position - backslashes - 1 >= start && base[position - backslashes - 1] == 92 { backslashes += 1 }
                            if backslashes % 2 == 0 {
                                cursor = position
                                closed = true
                                break
                            }
                            cursor = position + 1
                        }
                        guard closed else {
                            closedAll = false
                            return
                        }
                        starts[found] = start
                        ends[found] = cursor
                        index = cursor + 1
                    } else {
                        let start = index
                        index = Self.space(base, from: index, to: to)
                        starts[found] = start
                        ends[found] = index
                    }
                    found += 1
                    while index < to && base[index] == 32 { index += 1 }
                }
            }
        }
        count = found
        return closedAll
    }

    /// The index of the first space in `base[from..<to]`, or `to`. Unquoted fields are short (a
    /// time, an address, a number): eight bytes at a time beats both a byte loop and a memchr call
    /// per field.
    @inline(__always)
    static func space(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        first(0x20, base, from: from, to: to)
    }

    /// The index of the first `"` in `base[from..<to]`, or `to`. Short quoted fields (`"-"`, a
    /// host name) end within sixteen bytes, found eight at a time; long ones (a request line, a
    /// user agent) are left to memchr, which is faster once past its call.
    @inline(__always)
    static func quote(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        let near = min(to, from + 16)
        let found = first(0x22, base, from: from, to: near)
        guard found == near, near < to else { return found }
        guard let hit = memchr(base + near, 0x22, to - near) else { return to }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The index of the first `byte` in `base[from..<to]`, or `to`, eight bytes at a time: a byte
    /// of `word ^ pattern` is zero where `byte` is; `(x - 0x01…) & ~x & 0x80…` flags zero bytes,
    /// and its lowest flag is always a true one.
    @inline(__always)
    static func first(_ byte: UInt8, _ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var index = from
        let raw = UnsafeRawPointer(base)
        while index + 8 <= to {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ pattern
            let zeros = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zeros != 0 { return index + zeros.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < to && base[index] != byte { index += 1 }
        return index
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `self[from..<to]` equals the ASCII `text`.
    func equals(_ text: StaticString, from: Int, to: Int) -> Bool {
        guard to - from == text.utf8CodeUnitCount else { return false }
        let pointer = text.utf8Start
        for offset in 0..<(to - from) where self[from + offset] != pointer[offset] { return false }
        return true
    }

    /// Whether `self[from..<to]` contains the ASCII `text`.
    func contains(_ text: StaticString, from: Int, to: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard length > 0, to - from >= length else { return false }
        let pointer = text.utf8Start
        var index = from
        while index + length <= to {
            var match = true
            for offset in 0..<length where self[index + offset] != pointer[offset] {
                match = false
                break
            }
            if match { return true }
            index += 1
        }
        return false
    }

    /// The integer in `self[from..<to]`; nil for `-`, `-1`, anything not a number, or more than
    /// 18 digits (which would overflow; a fuzzer found the line).
    func integer(from: Int, to: Int) -> Int? {
        guard to > from, to - from <= 18 else { return nil }
        var value = 0
        for index in from..<to {
            let byte = self[index]
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// The decimal number in `self[from..<to]`; nil for `-`/`-1`/garbage.
    func decimal(from: Int, to: Int) -> Double? {
        guard to > from, self[from] != 45 else { return nil }
        var whole = 0.0
        var fraction = 0.0
        var scale = 0.1
        var seenDot = false
        for index in from..<to {
            let byte = self[index]
            if byte == 46 && !seenDot {
                seenDot = true
            } else if byte >= 48 && byte <= 57 {
                if seenDot {
                    fraction += Double(byte - 48) * scale
                    scale /= 10
                } else {
                    whole = whole * 10 + Double(byte - 48)
                }
            } else {
                return nil
            }
        }
        return whole + fraction
    }

    func string(from: Int, to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: self[from..<to]), as: UTF8.self)
    }
}
