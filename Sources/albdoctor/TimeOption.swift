import ALBLogs
import ArgumentParser

/// A UTC time given as `--since`/`--until` (`2025-12-25T23:45:00Z`, `2025-12-25T23:45`,
/// `2025-12-25`): parsed once, here; ArgumentParser refuses any other value and names the option.
struct TimeOption: ExpressibleByArgument, Sendable {
    let time: LogTime

    init?(argument: String) {
        guard let time = LogTime(userText: argument) else { return nil }
        self.time = time
    }
}
