/// A hash table from `TraceID` to a 64-bit payload, for the conn_trace_id join: open addressing
/// with linear probing over the packed 128-bit ids, which are random already, so a multiply
/// spreads them without a per-lookup SipHash; one 24-byte slot per entry (id and payload
/// together: a probe touches one cache line); deletion shifts entries back, leaving no
/// tombstones. The all-zero id marks an empty slot (``TraceID`` never packs it); ids that are
/// not packed live in a `Dictionary` beside it.
///
/// Written here because the join is the one serial step of reading logs: Swift's `Dictionary`
/// hashes every key with SipHash and copies reference-counted keys, and spent most of that step
/// doing so (measured with perf on bench/logs.sh's conn=access mix); no package of the
/// toolchain's copies offers a table with a caller-chosen hash.
struct TraceTable: Sendable {
    private struct Slot: Sendable {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var payload: UInt64 = 0
        var isEmpty: Bool { high == 0 && low == 0 }
    }

    private var slots: [Slot]
    private var mask: Int
    private var packedCount = 0
    private var texts: [String: UInt64] = [:]

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
    }

    var count: Int { packedCount + texts.count }

    private func home(_ high: UInt64, _ low: UInt64) -> Int {
        Int(truncatingIfNeeded: ((high ^ low) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The slot holding the id, or the empty slot where it would go.
    private func find(_ high: UInt64, _ low: UInt64) -> (index: Int, found: Bool) {
        slots.withUnsafeBufferPointer { slots in
            var index = home(high, low)
            while !slots[index].isEmpty {
                if slots[index].high == high && slots[index].low == low { return (index, true) }
                index = (index + 1) & mask
            }
            return (index, false)
        }
    }

    subscript(id: TraceID) -> UInt64? {
        switch id {
        case .packed(let high, let low):
            let (index, found) = find(high, low)
            return found ? slots[index].payload : nil
        case .text(let text):
            return texts[text]
        }
    }

    /// Sets the payload of `id`; returns the one it replaced.
    @discardableResult
    mutating func updateValue(_ payload: UInt64, forKey id: TraceID) -> UInt64? {
        guard case .packed(let high, let low) = id else {
            if case .text(let text) = id { return texts.updateValue(payload, forKey: text) }
            return nil
        }
        var (index, found) = find(high, low)
        if found {
            defer { slots[index].payload = payload }
            return slots[index].payload
        }
        if (packedCount + 1) * 4 > slots.count * 3 {
            grow()
            index = find(high, low).index
        }
        packedCount += 1
        slots[index] = Slot(high: high, low: low, payload: payload)
        return nil
    }

    @discardableResult
    mutating func removeValue(forKey id: TraceID) -> UInt64? {
        guard case .packed(let high, let low) = id else {
            if case .text(let text) = id { return texts.removeValue(forKey: text) }
            return nil
        }
        let (found, present) = find(high, low)
        guard present else { return nil }
        let removed = slots[found].payload
        packedCount -= 1
        // Backward shift: move later entries of the same run into the gap when their home
        // slot does not lie cyclically between the gap and them.
        var gap = found
        var next = (gap + 1) & mask
        while !slots[next].isEmpty {
            let wanted = home(slots[next].high, slots[next].low)
            let between = gap <= next ? (gap < wanted && wanted <= next) : (gap < wanted || wanted <= next)
            if !between {
                slots[gap] = slots[next]
                gap = next
            }
            next = (next + 1) & mask
        }
        slots[gap] = Slot()
        return removed
    }

    private mutating func grow() {
        var bigger = TraceTable(capacity: slots.count * 2)
        for slot in slots where !slot.isEmpty { bigger.updateValue(slot.payload, forKey: .packed(slot.high, slot.low)) }
        bigger.texts = texts
        self = bigger
    }
}
