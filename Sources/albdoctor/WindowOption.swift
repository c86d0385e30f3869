import ArgumentParser
import ProbeModel

/// A window of the logs in whole seconds (`180`, `180s`, `3m`, `1h`), from 1 s to a year: parsed
/// once, here; ArgumentParser refuses any other value and names the option.
struct WindowOption: ExpressibleByArgument, Sendable {
    /// What was typed, shown as the default in the help.
    let text: String
    let seconds: Int64

    init?(argument: String) {
        guard let duration = DurationArgument.parse(argument), duration >= .seconds(1) else { return nil }
        text = argument
        seconds = duration.components.seconds
    }

    /// A default: its text and the seconds it means.
    init(default text: String, seconds: Int64) {
        self.text = text
        self.seconds = seconds
    }

    var defaultValueDescription: String { text }
}
