import Foundation
import Localization
import Reports
import Testing
import _TestSupport

/// The catalogs of the help (`albdoctor --help`, `albdoctor COMMAND --help`): every key in English
/// and Japanese, with the same option names, values, file names and commands. `samples` are
/// exhaustive switches and `checkEveryCase` holds each list of keys to the cases its enum
/// declares, so a new key cannot go untested.
@Suite struct HelpCatalogTests {
    /// A longest duration in hours that appears in no text.
    static let hours: Int64 = 97

    /// A sample of every key of `ALBDoctorHelp`, with the values each text must show.
    static func samples(_ entry: ALBDoctorHelp) -> [(ALBDoctorHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, ["HTTPS"])]
        case .discussion: [(.discussion, ["lint", "aws", "probe", "logs", "--fail-on"])]
        }
    }

    /// A sample of every key of `OptionGroupHelp`, with the values each text must show.
    static func samples(_ entry: OptionGroupHelp) -> [(OptionGroupHelp, [String])] {
        switch entry {
        case .format: [(.format, ["text", "json", "sarif", "html", "markdown", "gitlab", "lint", "aws", "diagnose", "Mermaid", "GitLab Code Quality"])]
        case .failOn: [(.failOn, ["1", "error", "warning", "note"])]
        case .noColor: [(.noColor, ["NO_COLOR"])]
        case .quiet: [(.quiet, ["probe", "logs", "diagnose"])]
        case .noSummary: [(.noSummary, [])]
        case .stack: [(.stack, [])]
        case .parameter: [(.parameter, ["KEY=VALUE", "STACK.KEY=VALUE", "AWS::AccountId=…"])]
        case .templateURL: [(.templateURL, ["TemplateURL"])]
        case .dns: [(.dns, ["DNS", "UDP", "TCP", "CNAME"])]
        case .caFile: [(.caFile, ["PEM", "CA"])]
        case .connectTimeout: [(.connectTimeout(longestHours: hours), ["TCP", "500ms", "3s", "1m", "1h", "1ms", "97h"])]
        case .timeout: [(.timeout(longestHours: hours), ["TLS", "HTTP", "DNS", "500ms", "1ms", "97h"])]
        case .ipv4Only: [(.ipv4Only, ["IPv4"])]
        case .ipv6Only: [(.ipv6Only, ["IPv6"])]
        case .lang: [(.lang, ["en", "ja", "ALBDOCTOR_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG", "ja_JP.UTF-8", "JSON"])]
        case .durationValues: [(.durationValues(longestHours: hours), ["500ms", "3s", "1m", "1h", "1ms", "97h"])]
        case .windowValues: [(.windowValues(longestHours: hours), ["180", "180s", "3m", "1h", "1s", "97h"])]
        case .timeValues: [(.timeValues, ["UTC", "2025-12-25T23:45:00Z", "2025-12-25T23:45", "2025-12-25"])]
        }
    }

    /// A sample of every key of `LintHelp`, with the values each text must show.
    static func samples(_ entry: LintHelp) -> [(LintHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, ["CloudFormation", "Terraform"])]
        case .discussion:
            [(.discussion, [
                "Fn::ImportValue", "cdk.out", "!Rain::Module PATH", "rain pkg", "AWS::CloudFormation::Stack", "TemplateURL", "Parameters",
                "Fn::GetAtt Child.Outputs.X", "AWS::LanguageExtensions", "Fn::ForEach", "Fn::Length", "Fn::FindInMap", "SAM", ".tf.json",
                "terraform.tfvars", "*.auto.tfvars", "--var-file", "--var", "count", "for_each", "locals", "data \"aws_availability_zones\"",
                "--region", "aws_subnet.public[1]", "HCL", "apply",
            ])]
        case .paths: [(.paths, ["X.template.json", "X", "cdk.out", "Terraform", "JSON", "terraform show -json"])]
        case .variable: [(.variable, ["Terraform", "KEY=VALUE"])]
        case .variableFile: [(.variableFile, ["Terraform", ".tfvars"])]
        case .region: [(.region, ["Fn::GetAZs", "AWS::Region", "AWS_REGION", "AWS_DEFAULT_REGION", "us-east-1"])]
        }
    }

    /// A sample of every key of `AWSHelp`, with the values each text must show.
    static func samples(_ entry: AWSHelp) -> [(AWSHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, [])]
        case .discussion:
            [(.discussion(permissions: "permissionX1, permissionX2"), [
                "permissionX1, permissionX2", "`lint`", "AWS", "AWS CLI", "~/.aws/credentials", "~/.aws/config", "credential_process",
                "role_arn + source_profile", "IAM", "sts:AssumeRole",
            ])]
        case .profile: [(.profile, ["~/.aws/config", "~/.aws/credentials", "AWS_PROFILE", "'default'"])]
        case .region: [(.region, ["AWS_REGION", "AWS_DEFAULT_REGION"])]
        case .loadBalancer: [(.loadBalancer, ["ARN"])]
        case .endpointURL: [(.endpointURL, ["moto", "LocalStack", "AWS_ENDPOINT_URL", "AWS"])]
        case .saveSnapshot: [(.saveSnapshot, ["JSON"])]
        case .snapshot: [(.snapshot, ["AWS"])]
        }
    }

    /// A sample of every key of `DiagnoseHelp`, with the values each text must show.
    static func samples(_ entry: DiagnoseHelp) -> [(DiagnoseHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, ["URL"])]
        case .discussion:
            [(.discussion, [
                "URL", "CNAME", "`aws`", "S3", "--logs", "--templates", "AccessDenied", "Describe", "s3:ListBucket", "s3:GetObject", "--fail-on",
            ])]
        case .target: [(.target, ["URL"])]
        case .rounds: [(.rounds, [])]
        case .profile: [(.profile, ["AWS", "`aws`"])]
        case .endpointURL: [(.endpointURL, ["EC2", "ELBv2", "S3", "moto", "LocalStack"])]
        case .snapshot: [(.snapshot, ["`albdoctor aws --save-snapshot`", "S3"])]
        case .logs: [(.logs, ["s3://BUCKET/PREFIX"])]
        case .since: [(.since, ["UTC", "2025-12-25T23:45:00Z", "2025-12-25T23:45", "--until", "3"])]
        case .until: [(.until, [])]
        case .templates: [(.templates, ["CloudFormation", "`lint`"])]
        }
    }

    /// A sample of every key of `LogsHelp`, with the values each text must show.
    static func samples(_ entry: LogsHelp) -> [(LogsHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, ["ALB", "HTTPS", "TLS"])]
        case .discussion:
            [(.discussion, [".log", ".log.gz", "`aws s3 sync`", "AWSLogs/ACCOUNT/elasticloadbalancing/REGION/YYYY/MM/DD/", "conn_log.*", "JSON", "Athena", "CloudWatch"])]
        case .paths: [(.paths, ["-"])]
        case .window: [(.window(longestHours: hours), ["HTTPS", "180", "180s", "1s", "97h"])]
        case .connectionWindow: [(.connectionWindow, ["conn_trace_id", "1h", "ALB", "4000s"])]
        case .since: [(.since, ["UTC", "2025-12-25T23:45:00Z", "2025-12-25"])]
        case .until: [(.until, [])]
        case .client: [(.client, [])]
        case .athenaSQL: [(.athenaSQL, ["Athena", "SQL"])]
        case .athenaConnectionTable: [(.athenaConnectionTable, ["--athena-sql", "connection"])]
        }
    }

    /// A sample of every key of `ProbeHelp`, with the values each text must show.
    static func samples(_ entry: ProbeHelp) -> [(ProbeHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, ["TCP", "TLS", "HTTP"])]
        case .discussion:
            [(.discussion, ["AAAA", "--dns SERVER", "SNI", "GET", "80", "HTTPS", "`curl -v`", "`nc`", "`openssl s_client`"])]
        case .targets: [(.targets, ["https://"])]
        case .dnsRounds: [(.dnsRounds, ["DNS", "--dns"])]
        case .rounds: [(.rounds, [])]
        case .interval: [(.interval(longestHours: hours), ["0", "500ms", "1ms", "97h"])]
        case .address: [(.address, ["SNI", "Host", "URL"])]
        case .watch: [(.watch, ["Ctrl-C"])]
        case .noPort80: [(.noPort80, ["80", "HTTPS"])]
        case .expiryWarning: [(.expiryWarning, [])]
        }
    }

    /// A sample of every key of `ServeHelp`, with the values each text must show.
    static func samples(_ entry: ServeHelp) -> [(ServeHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, ["Prometheus"])]
        case .discussion:
            [(.discussion, [
                "drop_after", "10", "`probe`", "TCP", "TLS", "HTTP", "/metrics", "docs/metrics.md", "/probe?target=URL", "403", "/healthz", "SIGHUP",
                "--config", "file:line", "SIGTERM", "Ctrl-C",
            ])]
        case .urls: [(.urls, ["URL", "--config"])]
        case .config: [(.config, ["YAML", "docs/metrics.md"])]
        case .listen: [(.listen, ["HTTP", "127.0.0.1:9153", "[::1]:9153", ":9153", "0"])]
        case .interval: [(.interval(longestHours: hours), ["500ms", "1ms", "97h"])]
        }
    }

    /// A sample of every key of `RulesHelp`, with the values each text must show.
    static func samples(_ entry: RulesHelp) -> [(RulesHelp, [String])] {
        switch entry {
        case .abstract: [(.abstract, [])]
        case .discussion: [(.discussion, ["ALB", "`lint`", "`aws`", "PRB", "`probe`", "LOG", "`logs`"])]
        case .rule: [(.rule, ["ALB001", "PRB001", "LOG001", "lb-subnet-without-internet-route"])]
        case .writeDocs: [(.writeDocs, ["Markdown"])]
        }
    }

    @Test func theCommand() {
        let keys: [ALBDoctorHelp] = [.abstract, .discussion]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/ALBDoctorHelp.swift")
    }

    @Test func theSharedOptions() {
        let keys: [OptionGroupHelp] = [
            .format, .failOn, .noColor, .quiet, .noSummary, .stack, .parameter, .templateURL, .dns, .caFile, .connectTimeout(longestHours: 0),
            .timeout(longestHours: 0), .ipv4Only, .ipv6Only, .lang, .durationValues(longestHours: 0), .windowValues(longestHours: 0), .timeValues,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/OptionGroupHelp.swift")
    }

    @Test func lint() {
        let keys: [LintHelp] = [.abstract, .discussion, .paths, .variable, .variableFile, .region]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/LintHelp.swift")
    }

    @Test func aws() {
        let keys: [AWSHelp] = [.abstract, .discussion(permissions: ""), .profile, .region, .loadBalancer, .endpointURL, .saveSnapshot, .snapshot]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/AWSHelp.swift")
    }

    @Test func diagnose() {
        let keys: [DiagnoseHelp] = [.abstract, .discussion, .target, .rounds, .profile, .endpointURL, .snapshot, .logs, .since, .until, .templates]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/DiagnoseHelp.swift")
    }

    @Test func logs() {
        let keys: [LogsHelp] = [
            .abstract, .discussion, .paths, .window(longestHours: 0), .connectionWindow, .since, .until, .client, .athenaSQL, .athenaConnectionTable,
        ]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/LogsHelp.swift")
    }

    @Test func probe() {
        let keys: [ProbeHelp] = [.abstract, .discussion, .targets, .dnsRounds, .rounds, .interval(longestHours: 0), .address, .watch, .noPort80, .expiryWarning]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/ProbeHelp.swift")
    }

    @Test func serve() {
        let keys: [ServeHelp] = [.abstract, .discussion, .urls, .config, .listen, .interval(longestHours: 0)]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/ServeHelp.swift")
    }

    @Test func rules() {
        let keys: [RulesHelp] = [.abstract, .discussion, .rule, .writeDocs]
        for key in keys { checkCatalog(Self.samples(key)) }
        checkEveryCase(keys, declaredIn: "Sources/Reports/RulesHelp.swift")
    }

    /// The commands of a discussion's examples: its indented lines, without their `# comment`.
    static func examples(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("  ") }.map { line in
            String(line.split(separator: "#", maxSplits: 1).first ?? line).trimmingCharacters(in: .whitespaces)
        }
    }

    /// Every example command is the same in both languages; only the comments are translated.
    @Test func theExamplesAreTheSameCommands() {
        let discussions: [(String, String)] = [
            (LintHelp.discussion.english, LintHelp.discussion.japanese),
            (AWSHelp.discussion(permissions: "").english, AWSHelp.discussion(permissions: "").japanese),
            (DiagnoseHelp.discussion.english, DiagnoseHelp.discussion.japanese),
            (LogsHelp.discussion.english, LogsHelp.discussion.japanese),
            (ProbeHelp.discussion.english, ProbeHelp.discussion.japanese),
            (ServeHelp.discussion.english, ServeHelp.discussion.japanese),
            (RulesHelp.discussion.english, RulesHelp.discussion.japanese),
        ]
        for (english, japanese) in discussions {
            #expect(!Self.examples(english).isEmpty)
            #expect(Self.examples(english) == Self.examples(japanese))
        }
    }

    /// The durations the help gives are the ones the options took before the catalog.
    @Test func theValuesAreAsTheyWere() {
        #expect(OptionGroupHelp.durationValues(longestHours: 8760).english == "500ms, 3s, 1m or 1h; from 1ms to 8760h (a year)")
        #expect(OptionGroupHelp.windowValues(longestHours: 8760).english == "180, 180s, 3m or 1h; from 1s to 8760h (a year)")
        #expect(OptionGroupHelp.durationValues(longestHours: 8760).japanese == "500ms、3s、1m、1h の形式で、1ms から 8760h（1 年）まで")
    }
}
