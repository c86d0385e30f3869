import ArgumentParser
import ProbeModel

/// A pause between rounds: none (`0`, `0s`, `0ms`, …), or a duration as `DurationOption` takes it.
struct PauseOption: ExpressibleByArgument, Sendable {
    /// What was typed, shown as the default in the help.
    let text: String
    let duration: Duration

    init?(argument: String) {
        if Self.isZero(argument) {
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

    /// `0`, or zero with a unit: `0s`, `0ms`, `0.0m`.
    private static func isZero(_ text: String) -> Bool {
        let number = ["ms", "s", "m", "h"].first { text.hasSuffix($0) }.map { text.dropLast($0.count) } ?? Substring(text)
        return Double(number) == 0
    }
}
