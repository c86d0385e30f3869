extension ProbeTargetReason {
    /// The Japanese of every entry.
    package var japanese: String {
        switch self {
        case .notHTTP: "http:// か https:// の URL（またはホスト名だけ）を指定してください"
        case .noHostName: "ホスト名がありません"
        case .internationalised(let host): "'\(host)' は国際化ドメイン名（IDN）です。ASCII 形式（xn--…）で指定してください（例: `idn2 '\(host)'` の出力）"
        case .invalidHostName(let host): "'\(host)' は有効なホスト名ではありません（英字、数字、'-'、'_' からなる 1〜63 文字のラベルをドットで区切ったもの）"
        case .unclosedIPv6: "IPv6 リテラルに閉じ括弧 ']' がありません"
        case .unexpectedAfterIPv6(let text): "IPv6 リテラルの後に予期しない '\(text)' があります"
        case .notIPv6(let host): "'\(host)' は IPv6 アドレスではありません"
        case .ambiguousColons: "host[:port] の形式で指定してください。IPv6 アドレスは [2001:db8::1]:443 のように角括弧で囲みます"
        case .invalidPort(let text): "ポート '\(text)' は 1 から 65535 までの数値ではありません"
        }
    }
}
