import ArgumentParser

/// The command-line entry: subcommands wire modules together and hold no logic of their own.
@main
struct ALBDoctor: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "albdoctor",
        abstract: "Find why some clients of a load-balanced HTTPS site fail while others don't.",
        discussion: """
            Names the broken load-balancer node, its subnet and the missing route — before you deploy \
            (lint), inside the account (aws), from outside (probe) and after the fact (logs).

            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 bad usage or \
            unreadable input; 3 an internal error.
            """,
        version: version,
        subcommands: [Lint.self, RulesCommand.self]
    )
}
