/// Japanese text puts a space between Latin letters or digits and kana or kanji (和欧間スペース),
/// and none between two Japanese characters: for a value whose first or last character
/// depends on the value (a name, or a phrase that begins with one), the catalog asks here.
public enum JapaneseSpacing {
    /// `text` with a space before it when it begins with a Latin letter, digit or other visible ASCII
    /// character, to follow Japanese.
    public static func after(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, isLatin(first) else { return text }
        return " " + text
    }

    /// `text` with a space after it when it ends with a Latin letter, digit or other visible ASCII
    /// character, to precede Japanese.
    public static func before(_ text: String) -> String {
        guard let last = text.unicodeScalars.last, isLatin(last) else { return text }
        return text + " "
    }

    /// Any visible ASCII character: letters and digits, and the punctuation names and code end
    /// with (`private[0]`, `rtb-1`, `"a"`, `(x)`), which Japanese keeps apart by a space as well.
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F
    }
}

extension JapaneseSpacing {
    /// `text` ended as a sentence inside Japanese: with `。` after Japanese (unless it already ends
    /// with `。`, `？` or `！`), with `.` after an English detail the catalog does not hold (a
    /// library's message), which a `。` would cut off oddly.
    public static func sentence(_ text: String) -> String {
        guard let last = text.unicodeScalars.last else { return text }
        if last.isASCII { return last == "." ? text : text + "." }
        return "。？！".unicodeScalars.contains(last) ? text : text + "。"
    }
}

extension JapaneseSpacing {
    /// `sentence(text)` followed by more Japanese: a space after an English full stop, none after `。`.
    public static func sentenceBeforeMore(_ text: String) -> String {
        let ended = sentence(text)
        return ended.hasSuffix(".") ? ended + " " : ended
    }
}
