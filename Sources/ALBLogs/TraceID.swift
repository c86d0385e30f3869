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
    /// maps back to the same text is).
    private static func hex(_ line: UnsafeBufferPointer<UInt8>, from: Int) -> UInt64? {
        var value: UInt64 = 0
        var invalid: UInt8 = 0
        for index in from..<(from + 16) {
            let digit = digitValues[Int(line[index])]
            invalid |= digit
            value = value << 4 | UInt64(digit & 0x0F)
        }
        return invalid & 0x80 == 0 ? value : nil
    }

    /// Each byte's hex value, or 0x80 when it is not a lowercase hex digit.
    private static let digitValues: [UInt8] = (0..<256).map { byte in
        switch byte {
        case 48...57: UInt8(byte - 48)
        case 97...102: UInt8(byte - 87)
        default: 0x80
        }
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
