public import Localization

/// Why talking to AWS failed, in words a user can act on, in every language (`AWSErrorText`).
/// albdoctor exits 2 with it.
public struct AWSError: LocalizedFailure, CustomStringConvertible {
    /// What kind of failure it is, for callers that react to one.
    public enum Code: Sendable, Equatable {
        case noCredentials
        case credentialProcess
        case accessDenied
        case expiredToken
        case invalidCredentials
        case unknownRegion
        /// No region was given anywhere (`--region`, the environment, the profile).
        case noRegion
        case endpointUnreachable
        case service
        case malformedResponse
        case snapshot
        case notFound
        case configuration
        /// The task was cancelled (Ctrl-C, a deadline) while waiting to try a call again.
        case cancelled
    }

    /// What kind of failure it is.
    public let code: Code
    /// What went wrong and what to do, in every language. What AWS said is in it as AWS wrote it.
    public let localizedMessage: LocalizedText
    /// What went wrong and what to do, in English.
    public var message: String { localizedMessage.english }
    /// The AWS error code, when AWS sent one (`UnauthorizedOperation`, `Throttling`, …).
    public let awsCode: String?

    /// A failure of kind `code`, worded by the catalog entry `text`; `awsCode` when AWS sent one.
    package init(_ code: Code, _ text: AWSErrorText, awsCode: String? = nil) {
        self.code = code
        localizedMessage = LocalizedText(text)
        self.awsCode = awsCode
    }

    public var description: String { message }

    /// Whether this is a permissions problem (for tests and callers that react to it).
    public var isAccessDenied: Bool { code == .accessDenied }

    /// Whether no credentials were found anywhere.
    public var isMissingCredentials: Bool { code == .noCredentials }
}
