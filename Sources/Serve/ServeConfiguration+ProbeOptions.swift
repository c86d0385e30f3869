public import Probe
public import ServeConfig

extension ServeConfiguration.Target {
    /// The probe options of one round.
    public var probeOptions: ProbeOptions {
        var options = ProbeOptions()
        options.dnsServer = dns
        options.connectTimeout = connectTimeout
        options.timeout = timeout
        options.family = family
        options.rounds = 1
        options.userAgent = "albdoctor-serve"
        return options
    }
}
