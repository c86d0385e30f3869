/// Log timestamps as microseconds since 1970, parsed and printed without Foundation on the hot path.
enum Timestamp {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` in `bytes[from..<to]`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int64? {
        guard to - from >= 20, let minute = minute(bytes, from: from), let rest = secondsAndFraction(bytes, from: from + 16, to: to) else { return nil }
        return minute + rest
    }

    /// The minute `YYYY-MM-DDTHH:MM` at `bytes[from..<from + 16]` (the caller checked the length).
    static func minute(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int64? {
        guard bytes[from + 4] == 45, bytes[from + 7] == 45, bytes[from + 10] == 84 || bytes[from + 10] == 32, bytes[from + 13] == 58,
              let year = digits(bytes, from, 4), let month = digits(bytes, from + 5, 2), let day = digits(bytes, from + 8, 2),
              let hour = digits(bytes, from + 11, 2), let minute = digits(bytes, from + 14, 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return ((days * 24 + hour) * 60 + minute) * 60_000_000
    }

    /// `:SS[.ffffff]Z` at `bytes[from..<to]` as microseconds.
    static func secondsAndFraction(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int64? {
        guard to - from >= 4, bytes[from] == 58, let second = digits(bytes, from + 1, 2), second < 61 else { return nil }
        // What ALB writes: six fraction digits.
        if to - from == 11, bytes[from + 3] == 46, bytes[from + 10] == 90 {
            guard let micros = digits(bytes, from + 4, 6) else { return nil }
            return second * 1_000_000 + micros
        }
        var micros: Int64 = 0
        var index = from + 3
        if index < to && bytes[index] == 46 {
            index += 1
            var scale: Int64 = 100_000
            while index < to, bytes[index] >= 48 && bytes[index] <= 57 {
                micros += Int64(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < to, bytes[index] == 90 else { return nil }
        return second * 1_000_000 + micros
    }

    /// 28 to 31: without this bound the day arithmetic reads 2025-02-30 as 2025-03-02.
    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ count: Int) -> Int64? {
        var value: Int64 = 0
        for index in at..<(at + count) {
            let byte = bytes[index]
            guard byte >= 48 && byte <= 57 else { return nil }
            value = value &* 10 &+ Int64(byte &- 48) // at most six digits: no overflow
        }
        return value
    }

    /// Parses the timestamps of one file. Its lines come in time order, so most share their
    /// `YYYY-MM-DDTHH:MM` with the line before: that minute is remembered by its 16 bytes and only
    /// the seconds and fraction are read again.
    struct Reader {
        private var key: (UInt64, UInt64) = (0, 0)
        private var minute: Int64?

        mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int64? {
            guard to - from >= 20, let base = bytes.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base + from)
            let key = (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if minute == nil || key != self.key {
                minute = Timestamp.minute(bytes, from: from)
                self.key = key
            }
            guard let minute, let rest = Timestamp.secondsAndFraction(bytes, from: from + 16, to: to) else { return nil }
            return minute + rest
        }
    }

    /// Parses a timestamp given as text (ISO 8601, `Z`).
    static func parse(_ text: String) -> Int64? {
        var utf8 = Array(text.utf8)
        return utf8.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0), from: 0, to: $0.count) }
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ`.
    static func format(_ micros: Int64) -> String {
        let seconds = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = micros - seconds * 1_000_000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilFromDays(days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(fraction, 6))Z"
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// A time as users type it (UTC): ISO 8601 with or without seconds or the `Z`, or a date
    /// alone (its midnight) → microseconds since 1970; nil when it is none of these.
    static func parseUserTime(_ text: String) -> Int64? {
        var candidate = text
        if candidate.count == 10 { candidate += "T00:00:00Z" }
        if candidate.count == 16 { candidate += ":00Z" }
        if !candidate.hasSuffix("Z") { candidate += "Z" }
        return parse(candidate)
    }
}
