internal import Localization

/// Why `serve`'s configuration (`--config` and the URLs on the command line) cannot be used, by
/// typed key: `at` is `FILE:LINE:COLUMN`. English in `ServeConfigurationText+en.swift`, Japanese in
/// `ServeConfigurationText+ja.swift`. What the YAML parser said comes as it wrote it.
enum ServeConfigurationText: CatalogEntry {
    /// The file is not YAML.
    case notYAML(file: String, reason: String)
    /// The file's top is not a mapping.
    case notMapping(file: String)
    /// A key that is not a string.
    case expectedKey(at: String)
    /// A duration (`interval`, `connect_timeout`, `timeout`) that is not one.
    case invalidDuration(at: String, key: String, value: String)
    /// `family` other than ipv4 and ipv6.
    case invalidFamily(at: String, value: String)
    /// `drop_after` that is not a number of rounds, 1 or more.
    case invalidDropAfter(at: String)
    /// A key albdoctor does not know; `known` are those it does.
    case unknownKey(at: String, key: String, known: [String])
    /// `targets:` that is not a list.
    case targetsNotList(at: String)
    /// An item of `targets:` without `url:`.
    case targetWithoutURL(at: String)
    /// A URL that cannot be probed: `error` says why; `place` is where it was given (nil: the
    /// command line).
    case invalidURL(place: String?, error: LocalizedText)
    /// The same target twice.
    case givenTwice(url: String)
    /// Neither the file nor the command line gives a target.
    case noTargets
}
