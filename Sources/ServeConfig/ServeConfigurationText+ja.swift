internal import Localization
internal import ProbeModel

extension ServeConfigurationText {
    /// The Japanese of every entry.
    var japanese: String {
        switch self {
        case .notYAML(let file, let reason): "\(file): YAML ではありません: \(reason)"
        case .notMapping(let file): "\(file):1:1: `targets:` を持つマッピングが必要です"
        case .expectedKey(let at): "\(at): キーが必要です"
        case .invalidDuration(let at, let key, let value):
            "\(at): \(key) '\(value)': 1ms から \(DurationArgument.longestHours)h（1 年）までの時間を、500ms、15s、1m のように指定してください"
        case .invalidFamily(let at, let value): "\(at): family '\(value)': ipv4 か ipv6 を指定してください"
        case .invalidDropAfter(let at): "\(at): drop_after: 1 以上のラウンド数を指定してください"
        case .unknownKey(let at, let key, let known): "\(at): '\(key)' は不明なキーです。\(known.joined(separator: ", ")) のいずれかを指定してください"
        case .targetsNotList(let at): "\(at): targets: `- url: …` のリストが必要です"
        case .targetWithoutURL(let at): "\(at): `url:` を持つターゲットが必要です"
        case .invalidURL(let place, let error): "\(place ?? "コマンドライン"): \(error(.ja))"
        case .givenTwice(let url): "\(url) が 2 回指定されています。各ターゲットは 1 回だけ指定してください"
        case .noTargets: "ターゲットがありません。URL を指定するか、`targets:` を含む --config ファイルを渡してください"
        }
    }
}
