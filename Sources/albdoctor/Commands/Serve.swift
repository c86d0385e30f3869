import ArgumentParser
import Foundation
import Localization
import Logging
import Probe
import Reports
import Serve

extension ALBDoctor {
    /// `albdoctor serve`: every address of every target, all the time, as metrics and a status page.
    struct Serve: AsyncParsableCommand {
        /// Computed, as the help's words are in the process's language (`Help`).
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Help.text(ServeHelp.abstract), discussion: Help.text(ServeHelp.discussion))
        }

        @Argument(help: Help.argument(ServeHelp.urls, valueName: "url"))
        var urls: [String] = []

        @Option(help: Help.argument(ServeHelp.config, valueName: "file"))
        var config: String?

        @Option(help: Help.argument(ServeHelp.listen, valueName: "host:port"))
        var listen = ListenAddress.loopback

        @Option(help: Help.argument(ServeHelp.interval(longestHours: Help.longestHours), valueName: "duration"))
        var interval = DurationOption(default: "30s", .seconds(30))

        @OptionGroup var connection: ProbeConnectionOptions

        @OptionGroup var lang: LanguageOption

        func validate() throws {
            if urls.isEmpty && config == nil { throw ValidationError(UsageText.giveServeTargets.text(in: lang.language)) }
        }

        func run() async throws {
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            let logger = Logger(label: "albdoctor.serve")
            let initial: ServeConfiguration
            do {
                initial = try load()
            } catch {
                throw Terminal.inputError(error, language: lang.language)
            }
            let (host, port) = (listen.host, listen.port)
            let metrics = ServeMetrics()
            let monitor = Monitor(configuration: initial, metrics: metrics, logger: logger)
            let server = ServeServer(host: host, port: port, monitor: monitor, metrics: metrics, version: ALBDoctor.version, language: lang.language) {
                OutputOptions.generated(environment: ProcessInfo.processInfo.environment)
            }
            // SIGHUP reads the file again; a bad one is logged and the running configuration stays.
            try await server.run(logger: logger, reload: { try self.load() }) { bound in
                print("albdoctor serve: listening on http://\(host.contains(":") ? "[\(host)]" : host):\(bound)/ (\(initial.targets.count) target\(initial.targets.count == 1 ? "" : "s"))")
                fflush(nil)
            }
        }

        private func load() throws -> ServeConfiguration {
            var text: String?
            if let config {
                guard let contents = FileManager.default.contents(atPath: config) else { throw CommandFailure(.configUnreadable(file: config)) }
                text = String(decoding: contents, as: UTF8.self)
            }
            return try ServeConfiguration.parse(text, file: config ?? "", urls: urls, defaults: defaults())
        }

        private func defaults() -> ServeConfiguration.Defaults {
            var defaults = ServeConfiguration.Defaults()
            defaults.interval = interval.duration
            defaults.connectTimeout = connection.connectTimeout.duration
            defaults.timeout = connection.timeout.duration
            defaults.dns = connection.dns
            defaults.caFile = connection.caFile
            defaults.family = connection.family
            return defaults
        }
    }
}
