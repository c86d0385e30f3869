import ArgumentParser
import AWSInventory
import Localization
import Reports

/// A `diagnose --logs` value: a local file or folder, or `s3://BUCKET/PREFIX`, parsed once.
enum LogsLocation: Sendable, Equatable {
    case path(String)
    case s3(S3Location)

    /// `@Option(transform:)`: an `s3://` value must name a bucket.
    static func argument(_ text: String) throws -> LogsLocation {
        guard text.hasPrefix("s3://") else { return .path(text) }
        guard let location = S3Location(url: text) else { throw ValidationError(UsageText.expectedS3Location.text(in: LanguageOption.ofProcess)) }
        return .s3(location)
    }
}
