/// A `conn_trace_id` without a `String` per line. What ALB writes — `TID_` and 32 hex digits — is
/// packed into its 128 bits, so equality is exact and costs two integer compares; any other form
/// keeps its text, so a join never confuses two ids.
public enum TraceID: Hashable, Sendable, CustomStringConvertible {
    case packed(UInt64, UInt64)
    case text(String)

    /// The id in `line[from..<to]`, nil for `-` or nothing.
    init?(_ line: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        guard to > from, !(to - from == 1 && line[from] == 45) else { return nil }
        if to - from == 36, line[from] == 84, line[from + 1] == 73, line[from + 2] == 68, line[from + 3] == 95, // TID_
           let high = Self.hex(line, from: from + 4), let low = Self.hex(line, from: from + 20), high | low != 0 {
            // (The all-zero id stays text: ``TraceTable`` marks empty slots with it.)
            self = .packed(high, low)
        } else {
            self = .text(line.string(from: from, to: to))
        }
    }

    /// The id in a string (JSON lines), nil for `-`.
    public init?(_ text: String) {
        guard text != "-", !text.isEmpty else { return nil }
        let bytes = Array(text.utf8)
        guard let parsed = bytes.withUnsafeBufferPointer({ TraceID($0, from: 0, to: bytes.count) }) else { return nil }
        self = parsed
    }

    /// 16 lowercase hex digits at `from` as a number (uppercase is not packed: only the form that
    /// maps back to the same text is). Read eight bytes at a time: this runs twice per log line.
    private static func hex(_ line: UnsafeBufferPointer<UInt8>, from: Int) -> UInt64? {
        guard let base = line.baseAddress, from + 16 <= line.count else { return nil }
        let raw = UnsafeRawPointer(base + from)
        guard let high = hex8(UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))),
              let low = hex8(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        else { return nil }
        return high << 32 | low
    }

    /// Eight ASCII bytes (the first in the lowest byte) as eight lowercase hex digits, nil when
    /// any byte is not one. `(b + 0x80 - c) & 0x80` is set exactly when a byte b < 0x80 is ≥ c.
    static func hex8(_ word: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard word & highs == 0 else { return nil }
        func atLeast(_ c: UInt64) -> UInt64 { (word &+ ones &* (0x80 - c)) & highs }
        let digit = atLeast(0x30) & ~atLeast(0x3A)
        let letter = atLeast(0x61) & ~atLeast(0x67)
        guard digit | letter == highs else { return nil }
        // Each byte's value: its low four bits, plus 9 for a letter (bit 6 set).
        let nibbles = (word & 0x0F0F_0F0F_0F0F_0F0F) &+ ((word >> 6) & ones) &* 9
        // Gather: the first digit is the most significant.
        let pairs = ((nibbles << 4) | (nibbles >> 8)) & 0x00FF_00FF_00FF_00FF
        let quads = ((pairs << 8) | (pairs >> 16)) & 0x0000_FFFF_0000_FFFF
        return ((quads << 16) | (quads >> 32)) & 0xFFFF_FFFF
    }

    public var description: String {
        switch self {
        case .packed(let high, let low):
            let digits = String(high, radix: 16).leftPadded(to: 16) + String(low, radix: 16).leftPadded(to: 16)
            return "TID_" + digits
        case .text(let text):
            return text
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
