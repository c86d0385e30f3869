import ArgumentParser
import ProbeModel

/// A duration option as users type it (`500ms`, `3s`, `3`, `2m`, `1h`), from 1 ms to a year:
/// parsed once, here; ArgumentParser refuses any other value and names the option.
struct DurationOption: ExpressibleByArgument, Sendable {
    /// What was typed, shown as the default in the help.
    let text: String
    let duration: Duration

    init?(argument: String) {
        guard let duration = DurationArgument.parse(argument) else { return nil }
        text = argument
        self.duration = duration
    }

    /// A default: its text and the duration it means.
    init(default text: String, _ duration: Duration) {
        self.text = text
        self.duration = duration
    }

    var defaultValueDescription: String { text }
}
