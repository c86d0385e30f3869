public import Foundation
public import Localization

/// Keys to sign requests with. Never printed: `description` hides the secret and the token.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// When temporary credentials stop working.
    public var expiration: Date?
    /// Where they were found, for messages ("environment", "profile dev in ~/.aws/credentials", …).
    public var source: String
    /// `source` in every language: English only when it was given as a string.
    public var localizedSource: LocalizedText

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil, source: String) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
        localizedSource = LocalizedText(english: source)
    }

    /// Credentials found where `origin` says, named in every language.
    package init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil, origin: CredentialSourceText) {
        self.init(accessKeyID: accessKeyID, secretAccessKey: secretAccessKey, sessionToken: sessionToken, expiration: expiration, source: origin.english)
        localizedSource = LocalizedText(origin)
    }

    public var description: String { "credentials \(accessKeyID) from \(source)" }
}
