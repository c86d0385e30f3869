import ArgumentParser
import ProbeModel

/// A pause between rounds: 0 (none), or a duration as `DurationOption` takes it.
struct PauseOption: ExpressibleByArgument, Sendable {
    /// What was typed, shown as the default in the help.
    let text: String
    let duration: Duration

    init?(argument: String) {
        if argument == "0" {
            duration = .zero
        } else if let duration = DurationArgument.parse(argument) {
            self.duration = duration
        } else {
            return nil
        }
        text = argument
    }

    /// A default: its text and the duration it means.
    init(default text: String, _ duration: Duration) {
        self.text = text
        self.duration = duration
    }

    var defaultValueDescription: String { text }

    /// What the help says a value may be, after "0 or".
    static let accepted = DurationOption.accepted
}
