/// Text broken into lines of a number of terminal columns, for the network picture's labels and
/// the Japanese `--help`: between words, and between two characters where either is wide, since
/// Japanese puts no space between its words; never before closing punctuation nor after an
/// opening bracket (禁則).
public enum LineBreaking {
    /// `text` in lines of at most `width` columns (a longer piece stands alone), a wide character
    /// counting two.
    public static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ") {
            for (index, piece) in pieces(word).enumerated() {
                let gap = index == 0 && !current.isEmpty ? 1 : 0
                if !current.isEmpty && currentWidth + gap + piece.displayWidth > width {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                } else if gap == 1 {
                    current += " "
                    currentWidth += 1
                }
                current += piece
                currentWidth += piece.displayWidth
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A word cut where a line may break inside it: beside a wide character, except before what
    /// may not begin a line or after an opening bracket. A word without wide characters is one piece.
    private static func pieces(_ word: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = word.startIndex
        var previous: Character?
        for index in word.indices {
            let character = word[index]
            if let previous, isWide(previous) || isWide(character), !closing.contains(character), !opening.contains(previous) {
                result.append(word[start..<index])
                start = index
            }
            previous = character
        }
        result.append(word[start...])
        return result
    }

    /// What may not begin a line: closing punctuation (Japanese and ASCII), the prolonged sound
    /// mark, small kana.
    private static let closing: Set<Character> = Set("、。，．）」』】・ー！？：ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ:;,.)]!?")

    /// What may not end a line: opening brackets.
    private static let opening: Set<Character> = Set("（「『【([")

    private static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { DisplayWidth.of($0) == 2 } ?? false
    }
}
