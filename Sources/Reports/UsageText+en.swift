extension UsageText {
    /// The English of every entry.
    public var english: String {
        switch self {
        case .giveTemplate: "Give at least one template: a file, a folder, or --stack NAME=PATH."
        case .snapshotAlone: "--snapshot reads a saved file: it does not go with --save-snapshot, --endpoint-url or --profile."
        case .roundsAtLeastOne: "--rounds must be 1 or more."
        case .snapshotHoldsRegion: "--snapshot holds its region: it does not go with --region."
        case .oneS3Location: "--logs takes one s3://BUCKET/PREFIX."
        case .pathsOrS3: "--logs takes local paths or one s3:// location, not both."
        case .sinceBeforeUntil: "--since must be before --until."
        case .giveLogs: "Give log files or folders (or - for stdin), or --athena-sql TABLE."
        case .giveProbeTarget: "Give a host name or URL to probe, e.g. `albdoctor probe test.jp`."
        case .probeRoundsAtLeastOne: "--rounds and --dns-rounds must be 1 or more."
        case .dnsRoundsNeedDNS: "--dns-rounds needs --dns SERVER: the system resolver caches its answer."
        case .giveServeTargets: "Give URLs to watch or --config FILE, e.g. `albdoctor serve https://test.jp/`."
        case .familiesExclusive: "-4 and -6 exclude each other; give neither to probe both families."
        case .textOnlyFlag(let flag, let format):
            "\(flag) shapes the text output; --format \(format) writes every finding and its summary as it is."
        case .formatNotForView(let format, let view, let allowed):
            "--format \(format) is not for \(view); it writes \(allowed.joined(separator: ", "))."
        case .expectedIPAddress: "expected an IPv4 or IPv6 address"
        case .expectedS3Location: "expected s3://BUCKET/PREFIX"
        }
    }
}
