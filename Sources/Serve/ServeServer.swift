internal import Foundation
internal import Hummingbird
public import Localization
public import Logging
internal import Probe
internal import ServiceLifecycle
internal import UnixSignals

/// The HTTP side of `serve` (hummingbird): `/metrics`, `/probe?target=URL` for configured targets
/// only, `/` the status page, `/healthz`. The monitor and the SIGHUP reloader run as services
/// beside the server; SIGTERM and SIGINT stop all three gracefully.
public struct ServeServer: Sendable {
    public var host: String
    public var port: Int
    public var monitor: Monitor
    public var metrics: ServeMetrics
    public var version: String
    /// When the page says it was made: `SOURCE_DATE_EPOCH`-aware clock of the caller.
    public var now: @Sendable () -> String
    /// `/probe` requests served at once; more get 429.
    public var probeLimit = 4
    /// The language of the status page.
    public var language: Language

    public init(host: String, port: Int, monitor: Monitor, metrics: ServeMetrics, version: String, language: Language = .en, now: @escaping @Sendable () -> String) {
        self.language = language
        self.host = host
        self.port = port
        self.monitor = monitor
        self.metrics = metrics
        self.version = version
        self.now = now
    }

    /// Serves until SIGTERM or SIGINT; `listening` gets the bound port (for `--listen HOST:0`).
    /// On SIGHUP `reload` reads the configuration again; when it throws, the error is logged and
    /// the running configuration stays.
    public func run(logger: Logger, reload: @escaping @Sendable () throws -> ServeConfiguration, listening: @escaping @Sendable (Int) -> Void) async throws {
        let router = Router()
        let monitor = self.monitor
        let metrics = self.metrics
        let gate = ProbeGate(limit: probeLimit)
        let version = self.version
        let now = self.now
        let language = self.language
        router.get("metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
        router.get("healthz") { _, _ in "ok\n" }
        router.get("/") { _, _ in
            let seconds = Int(max(1, (await monitor.shortestInterval()).components.seconds))
            let page = StatusPage.render(await monitor.snapshot(), generated: now(), version: version, refreshSeconds: seconds, language: language)
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        router.get("probe") { request, _ in
            guard let asked = request.uri.queryParameters.get("target") else {
                return Self.text(.badRequest, "give ?target=URL, one of the configured targets\n")
            }
            // Only configured targets: anything else would let a scraper make this host connect anywhere.
            guard let target = await monitor.configured(asked) else {
                return Self.text(.forbidden, "\(asked) is not a configured target\n")
            }
            guard await gate.enter() else { return Self.text(.tooManyRequests, "too many /probe requests at once; try again\n") }
            let fresh = ServeMetrics()
            do {
                let report = try await FreshProbe.run(target)
                fresh.record(target: target.url, report: report, findings: report.findings(), known: report.addresses.count, previous: [], consecutiveFailures: [:])
                fresh.resolution(target: target.url, succeeded: true)
            } catch {
                fresh.resolution(target: target.url, succeeded: false)
            }
            // Nothing above throws out of the handler, so the slot is always given back here.
            await gate.leave()
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: fresh.exposition())))
        }
        // SIGHUP is trapped before the server runs: a reload sent right after "listening" must
        // not meet SIGHUP's default action, which ends the process.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "albdoctor"),
            services: [MonitorService(monitor: monitor), ReloadService(monitor: monitor, hangups: hangups, reload: reload, logger: logger)],
            onServerRunning: { channel in listening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }

    private static func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Runs the monitor until the service group shuts down (its watches are cancelled then).
struct MonitorService: Service {
    let monitor: Monitor

    func run() async throws {
        try await cancelWhenGracefulShutdown { await monitor.run() }
    }
}

/// Reads the configuration again on each SIGHUP, until the service group shuts down.
struct ReloadService: Service {
    let monitor: Monitor
    /// SIGHUP, trapped since before the server started.
    let hangups: UnixSignalsSequence
    let reload: @Sendable () throws -> ServeConfiguration
    let logger: Logger

    func run() async throws {
        for await _ in hangups.cancelOnGracefulShutdown() {
            do {
                await monitor.reload(try reload())
            } catch {
                logger.error("configuration not reloaded; the previous one keeps running", metadata: ["error": .string("\(error)")])
            }
        }
    }
}

/// Bounds concurrent `/probe` requests.
actor ProbeGate {
    private let limit: Int
    private var inFlight = 0

    init(limit: Int) { self.limit = limit }

    func enter() -> Bool {
        guard inFlight < limit else { return false }
        inFlight += 1
        return true
    }

    func leave() { inFlight -= 1 }
}
