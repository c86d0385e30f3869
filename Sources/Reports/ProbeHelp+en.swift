extension ProbeHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "Probe every address of a host through TCP, TLS and HTTP: which one hangs, which serves the wrong certificate."
        case .discussion:
            """
            Resolves every A and AAAA address (the system resolver, or --dns SERVER directly) and, for \
            each address at once, connects, shakes hands with SNI, sends GET and checks that port 80 \
            redirects to HTTPS — the `curl -v`, `nc` and `openssl s_client` rounds of a manual hunt in one \
            command. One address that times out while the others work is the signature of a \
            load-balancer node in a subnet without an internet route.

            Examples:
              albdoctor probe test.jp
              albdoctor probe https://test.jp/health --rounds 10 --interval 1s
              albdoctor probe test.jp --dns 8.8.8.8 --dns-rounds 5       # ALB answers rotate: union them
              albdoctor probe https://test.jp/ --address 203.0.113.9      # one node, SNI and Host test.jp
              albdoctor probe test.jp --watch                             # live table until Ctrl-C
              albdoctor probe test.jp --format json | jq '.addresses[] | {address, tcp}'

            Exit codes: 0 healthy; 1 an error finding (an address that never connects, a bad \
            certificate, …); 2 bad usage or a name that does not resolve.
            """
        case .targets: "Host names or URLs (https:// is assumed)."
        case .dnsRounds: "Ask the DNS this many times and probe the union of the answers (with --dns)."
        case .rounds: "Probe every address this many times, to see intermittent loss."
        case .interval(let longestHours): "Pause between rounds: 0 or \(OptionGroupHelp.durationValues(longestHours: longestHours).english)."
        case .address: "Probe this address instead of resolving (repeatable); SNI and Host stay the URL's host."
        case .watch: "Keep probing until Ctrl-C, redrawing the table after each round."
        case .noPort80: "Do not check that port 80 redirects to HTTPS."
        case .expiryWarning: "Warn when a certificate expires within this many days."
        }
    }
}
