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
        static let configuration = CommandConfiguration(
            abstract: "Watch every address of every site continuously: Prometheus metrics, a status page, alerts when one node stops answering.",
            discussion: """
                Each round, every target is resolved (the answers of recent rounds are unioned: an \
                address absent from DNS for drop_after rounds, 10 by default, is dropped with its \
                series) and every address is probed as `probe` does — TCP, TLS, HTTP, port 80, \
                certificate — each target on its own schedule, so a slow one never delays another.

                Endpoints: /metrics (Prometheus text format; names in docs/metrics.md), \
                /probe?target=URL (a fresh probe of a configured target, for Prometheus's \
                multi-target pattern; anything else is refused with 403), / (status page), /healthz. \
                SIGHUP reloads --config (a bad file is reported with file:line and the old one keeps \
                running); SIGTERM or Ctrl-C stop it.

                Examples:
                  albdoctor serve https://test.jp/ --listen 127.0.0.1:9153
                  albdoctor serve --config targets.yaml --listen 0.0.0.0:9153 --interval 15s
                  curl -s localhost:9153/metrics | grep albdoctor_probe_success
                """
        )

        @Argument(help: ArgumentHelp("URLs to watch, added to the --config file's targets.", valueName: "url"))
        var urls: [String] = []

        @Option(help: ArgumentHelp("A YAML file of targets with their own interval and probe options (see docs/metrics.md).", valueName: "file"))
        var config: String?

        @Option(help: ArgumentHelp("Where to serve HTTP: 127.0.0.1:9153, [::1]:9153, :9153 (every address); port 0 picks a free port and prints it.", valueName: "host:port"))
        var listen = ListenAddress.loopback

        @Option(help: ArgumentHelp("Time between rounds, for targets that do not set their own: \(DurationOption.accepted).", valueName: "duration"))
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
