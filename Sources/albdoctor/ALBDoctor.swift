import ArgumentParser
import CBuildInfo
import Foundation
import Localization
import Reports

/// The command-line entry: subcommands wire modules together and hold no logic of their own.
@main
struct ALBDoctor: AsyncParsableCommand {
    static let version = "0.1.0"

    /// The commit this binary was built from, when its build was told (scripts/release does).
    static let commit: String? = albdoctor_build_commit().map { String(cString: $0) }

    /// What `--version` prints: "0.1.0 (commit 1a2b3c4d5e6f)", or "(commit unknown)" for a build
    /// that was not told.
    static let versionLine = "\(version) (commit \(commit ?? "unknown"))"

    /// Computed, as the help's words are in the process's language (`Help`).
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "albdoctor",
            abstract: Help.text(ALBDoctorHelp.abstract),
            discussion: Help.text(ALBDoctorHelp.discussion),
            version: versionLine,
            subcommands: [Diagnose.self, Lint.self, AWS.self, Logs.self, Probe.self, Serve.self, RulesCommand.self]
        )
    }

    /// Runs the command and turns every outcome into the documented exit codes: 0 clean, 1 findings
    /// at or above `--fail-on`, 2 bad usage or input, 3 an internal error.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let failure as any LocalizedFailure {
            // Bad input a command did not stop on itself (swift-argument-parser would call it an
            // internal error): said as `Terminal.inputError` says it, in the user's language.
            let language = LanguageOption.ofProcess
            Terminal.writeError(CommandLineText.errorPrefix.text(in: language) + failure.localizedMessage(language))
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(Help.laidOut(message))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                Terminal.writeError(message)
                Foundation.exit(2)
            }
            Terminal.writeError("albdoctor: internal error: \(message.isEmpty ? "\(error)" : message)")
            Foundation.exit(3)
        }
    }
}
