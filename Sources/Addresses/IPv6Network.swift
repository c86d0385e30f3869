/// An IPv6 CIDR block such as `2001:db8::/56`, held as two 64-bit halves.
public struct IPv6Network: Sendable, Hashable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64
    /// Prefix length, 0…128.
    public let prefixLength: Int

    /// The block of every IPv6 address, `::/0`.
    public static let any = IPv6Network(high: 0, low: 0, prefixLength: 0)

    public init(high: UInt64, low: UInt64, prefixLength: Int) {
        precondition((0...128).contains(prefixLength), "prefix length out of range")
        self.prefixLength = prefixLength
        let (maskHigh, maskLow) = IPv6Network.mask(prefixLength)
        self.high = high & maskHigh
        self.low = low & maskLow
    }

    /// Parses `address/n` in any RFC 4291 text form (`::` compression included).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let (high, low) = IPv6Network.parseAddress(parts[0]) else { return nil }
        var prefix = 128
        if parts.count == 2 {
            guard let value = Int(parts[1]), (0...128).contains(value) else { return nil }
            prefix = value
        }
        self.init(high: high, low: low, prefixLength: prefix)
    }

    /// Parses an IPv6 address into its two halves; the last 32 bits may be a dotted quad
    /// (`::ffff:192.0.2.1`).
    public static func parseAddress(_ text: Substring) -> (UInt64, UInt64)? {
        var text = String(text)
        if let colon = text.lastIndex(of: ":"), text[colon...].contains("."),
           let v4 = IPv4Network.parseAddress(text[text.index(after: colon)...]) {
            text = String(text[...colon]) + String(v4 >> 16, radix: 16) + ":" + String(v4 & 0xFFFF, radix: 16)
        }
        let halves = text.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), group.allSatisfy({ $0.isASCII && $0.isHexDigit }), let value = UInt16(group, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all = head
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all += Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        }
        guard all.count == 8 else { return nil }
        let high = all[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        let low = all[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        return (high, low)
    }

    /// Whether `other` lies wholly inside this block.
    public func contains(_ other: IPv6Network) -> Bool {
        other.prefixLength >= prefixLength && IPv6Network(high: other.high, low: other.low, prefixLength: prefixLength) == self
    }

    /// Whether `address` (IPv6) lies inside this block.
    public func contains(_ address: IPAddress) -> Bool {
        address.family == .ipv6 && contains(IPv6Network(high: address.high, low: address.low, prefixLength: 128))
    }

    public var description: String { Self.addressText(high: high, low: low) + "/\(prefixLength)" }

    /// An IPv6 address in the RFC 5952 text form: lowercase hex groups, the longest run of two
    /// or more zero groups compressed to `::`.
    public static func addressText(high: UInt64, low: UInt64) -> String {
        var words: [UInt64] = []
        for half in [high, low] {
            for shift in stride(from: 48, through: 0, by: -16) { words.append((half >> UInt64(shift)) & 0xFFFF) }
        }
        var best = (start: -1, length: 0)
        var index = 0
        while index < 8 {
            if words[index] == 0 {
                var end = index
                while end < 8 && words[end] == 0 { end += 1 }
                if end - index > best.length && end - index > 1 { best = (index, end - index) }
                index = end
            } else {
                index += 1
            }
        }
        let hex = words.map { String($0, radix: 16) }
        guard best.start >= 0 else { return hex.joined(separator: ":") }
        return hex[0..<best.start].joined(separator: ":") + "::" + hex[(best.start + best.length)...].joined(separator: ":")
    }

    /// ``addressText(high:low:)`` of 16 bytes in network order.
    public static func addressText(bytes: some Collection<UInt8>) -> String {
        let array = Array(bytes)
        precondition(array.count == 16, "an IPv6 address has 16 bytes")
        let high = array[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let low = array[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return addressText(high: high, low: low)
    }

    private static func mask(_ prefix: Int) -> (UInt64, UInt64) {
        let highBits = min(prefix, 64)
        let lowBits = max(prefix - 64, 0)
        let high: UInt64 = highBits == 0 ? 0 : UInt64.max << UInt64(64 - highBits)
        let low: UInt64 = lowBits == 0 ? 0 : UInt64.max << UInt64(64 - lowBits)
        return (high, low)
    }
}

