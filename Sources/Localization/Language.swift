/// A language albdoctor writes its messages, fixes, pages and documentation in. Rule ids, JSON
/// field names, metric names and SARIF rule ids are the same in every language.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// English, the default.
    case en
    /// Japanese.
    case ja

    /// The language `--lang` names, else the first of `ALBDOCTOR_LANG`, `LC_ALL`,
    /// `LC_MESSAGES`, `LANGUAGE` and `LANG` that is set and not empty, read as a string
    /// (`ja_JP.UTF-8` and `ja` are Japanese; `C`, `POSIX` and anything else English).
    ///
    /// The variables are read as text on purpose: `setlocale` answers nothing for a locale the
    /// machine has not generated (a container rarely has `ja_JP.UTF-8`), and Foundation's
    /// `Locale.current` on Linux does not follow these variables, yet the user's choice is
    /// plain in them either way.
    public static func chosen(flag: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        if let own = environment["ALBDOCTOR_LANG"], !own.isEmpty { return Language(localeName: own) }
        // POSIX's order: LC_ALL overrides LC_MESSAGES, which overrides LANG; GNU gettext reads
        // LANGUAGE (a colon-separated list of preferences) ahead of LANG.
        for name in ["LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let first = value.split(separator: ":").first.map(String.init) ?? value
            return Language(localeName: first)
        }
        return .en
    }

    /// The language of a locale name such as `ja_JP.UTF-8`, `ja-JP`, `ja`, `en_US` or `C`:
    /// Japanese when the language part is `ja` (any case), English otherwise.
    public init(localeName: String) {
        let language = localeName.prefix { $0.isLetter }.lowercased()
        self = language == "ja" ? .ja : .en
    }
}

extension Language {
    /// The key of an encoder's `userInfo` that holds the language a document is written in.
    public static let userInfoKey = CodingUserInfoKey(rawValue: "albdoctor.language")

    /// The language an encoder's `userInfo` asks for; English when it names none.
    public init(userInfo: [CodingUserInfoKey: Any]) {
        self = Self.userInfoKey.flatMap { userInfo[$0] as? Language } ?? .en
    }
}
