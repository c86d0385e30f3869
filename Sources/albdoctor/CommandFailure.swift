import Localization
import Reports

/// A failure a command finds itself while it runs (a file it cannot write or read), thrown to
/// where `Terminal.inputError` says it in the user's language. `description` is the English, as
/// the logs of `serve`'s reload read it.
struct CommandFailure: LocalizedFailure, CustomStringConvertible {
    /// What went wrong, in every language.
    let localizedMessage: LocalizedText

    /// The failure one of the command line's own texts names.
    init(_ text: CommandLineText) {
        localizedMessage = LocalizedText(text)
    }

    var description: String { localizedMessage.english }
}
