internal import Localization

extension CertificateProblem {
    /// The Japanese of every entry.
    package var japanese: String {
        switch self {
        case .unreadable(let position, let count, let sha256, let reason):
            "サーバーが送った \(count) 個の証明書のうち \(position) 番目（SHA-256 \(sha256)）を読み取れません: \(reason)"
        case .forAnotherName(let names, let host):
            "証明書は \(names.joined(separator: "、")) 用で、\(host) 用ではありません"
        case .expired(let subject, let day):
            "\(Self.which(subject))は \(day) に期限切れになりました"
        case .notYetValid(let subject, let day):
            "\(Self.which(subject))は \(day) より前には有効ではありません"
        case .intermediateMissing(let issuer):
            "サーバーはリーフ証明書を、その中間証明書（\(issuer)）なしで送っています。中間証明書を自分で取得しないクライアント（curl、openssl、Android、Java）は、このチェーンを拒否します"
        case .untrustedRoot(let root, let rootsFile):
            "チェーンはルート証明書 \(root) で終わっていますが、このルートは\(JapaneseSpacing.after(Self.roots(rootsFile)))に含まれておらず、信頼されていません"
        case .unknownIssuer(let issuer, let rootsFile):
            "チェーンは \(issuer) に行き着きますが、これは\(JapaneseSpacing.after(Self.roots(rootsFile)))に含まれていません。プライベート CA であれば --ca-file でそのルート証明書を渡してください"
        }
    }

    /// `証明書` (the leaf) or `チェーンの SUBJECT`, before `は`.
    private static func which(_ subject: String?) -> String {
        subject.map { "チェーンの \(JapaneseSpacing.before($0))" } ?? "証明書"
    }

    /// The roots a chain was checked against: the `--ca-file`'s, or the system's.
    private static func roots(_ file: String?) -> String {
        file.map { "\($0) のルート証明書" } ?? "システムのルート証明書"
    }
}
