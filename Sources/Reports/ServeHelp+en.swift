extension ServeHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "Watch every address of every site continuously: Prometheus metrics, a status page, alerts when one node stops answering."
        case .discussion:
            """
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
        case .urls: "URLs to watch, added to the --config file's targets."
        case .config: "A YAML file of targets with their own interval and probe options (see docs/metrics.md)."
        case .listen: "Where to serve HTTP: 127.0.0.1:9153, [::1]:9153, :9153 (every address); port 0 picks a free port and prints it."
        case .interval(let longestHours): "Time between rounds, for targets that do not set their own: \(OptionGroupHelp.durationValues(longestHours: longestHours).english)."
        }
    }
}
