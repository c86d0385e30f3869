import ALBLogs
import AWSInventory
import ArgumentParser
import Diagnose
import DiagnoseReports
import Findings
import LintPipeline
import Foundation
import Probe
import Localization
import Reports
import RuleCatalog

extension ALBDoctor {
    /// `albdoctor diagnose`: from a URL to the root cause, joining probe, account, logs and templates.
    struct Diagnose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "From a URL to the root cause: which address fails, which node, subnet and route table it is, since when, how many clients, and the fix.",
            discussion: """
                Joins the other views in one run. It probes every address of the URL (several tries \
                to each address at once, so an intermittent one shows within one connect timeout); \
                finds the load balancer in the account by the name's CNAME chain or by the network \
                interface holding each address, then each address's node, subnet and route table and \
                the rules `aws` runs; reads the load balancer's access and connection logs for the \
                period from the S3 bucket its attributes name (or --logs), per node; and, with \
                --templates, names the template resource to change. A view that cannot be used (no \
                credentials, no logs, AccessDenied) is named with what it would add and how to enable \
                it; the others go on. Only read-only calls are made (the Describe actions of `aws`, \
                s3:ListBucket and s3:GetObject).

                Examples:
                  albdoctor diagnose https://test.jp/
                  albdoctor diagnose test.jp --profile prod --region ap-northeast-1
                  albdoctor diagnose test.jp --snapshot tokyo.json --logs ~/alb-logs/
                  albdoctor diagnose test.jp --logs s3://my-logs/prod --since 2025-12-25T22:00:00Z
                  albdoctor diagnose test.jp --templates network.yaml alb.yaml --format json
                  albdoctor diagnose test.jp --templates parent.yaml --template-url https://bucket.s3.amazonaws.com/vpc.yaml=stacks/vpc.yaml

                Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 bad input \
                (a name that does not resolve, an unreadable file); 3 internal error.
                """
        )

        @Argument(help: ArgumentHelp("The URL (or host name) clients fail on.", valueName: "url"), transform: ProbeTarget.argument)
        var target: ProbeTarget

        @OptionGroup var connection: ProbeConnectionOptions

        @Option(help: ArgumentHelp("Tries to each address, all at once.", valueName: "n"))
        var rounds = 6

        @Option(help: "The AWS profile (as `aws`).")
        var profile: String?

        @Option(help: "The region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region).")
        var region: String?

        @Option(name: .customLong("endpoint-url"), help: "Send every AWS call (EC2, ELBv2, S3) to this endpoint (moto, LocalStack); S3 is then addressed path-style.")
        var endpointURL: String?

        @Option(help: ArgumentHelp("Use a snapshot saved by `albdoctor aws --save-snapshot` instead of calling the account (reading logs from S3 still needs credentials).", valueName: "file"))
        var snapshot: String?

        @Option(help: ArgumentHelp("Read logs here (files, folders, or s3://BUCKET/PREFIX) instead of the bucket the load balancer's attributes name; repeatable.", valueName: "path|s3-url"),
                transform: LogsLocation.argument)
        var logs: [LogsLocation] = []

        @Option(help: ArgumentHelp("Read logs from this time (\(TimeOption.accepted)). Default: 3 hours before --until.", valueName: "time"))
        var since: TimeOption?

        @Option(help: ArgumentHelp("Read logs up to this time. Default: now.", valueName: "time"))
        var until: TimeOption?

        @Option(help: ArgumentHelp("How long a redirected client has to arrive over HTTPS: \(WindowOption.accepted).", valueName: "duration"))
        var window = WindowOption(default: "180s", seconds: 180)

        @Option(parsing: .upToNextOption, help: ArgumentHelp("CloudFormation templates or folders (as `lint`): the resource to change and the snippet.", valueName: "path"))
        var templates: [String] = []

        @OptionGroup var templateOptions: TemplateOptions

        @OptionGroup var output: OutputOptions

        func validate() throws {
            try output.require([.text, .json, .html, .markdown], view: "diagnose")
            guard rounds >= 1 else { throw ValidationError(UsageText.roundsAtLeastOne.text(in: output.language)) }
            if snapshot != nil && region != nil { throw ValidationError(UsageText.snapshotHoldsRegion.text(in: output.language)) }
            _ = try logsSource()
            _ = try period()
        }

        func run() async throws {
            var options = probeOptions()
            do { try connection.loadTrustRoots(into: &options) } catch { throw Terminal.inputError(error, language: output.language) }
            let period = try period()
            let environment = ProcessInfo.processInfo.environment
            let account: Diagnostician.AccountSource = snapshot.map { .snapshot(path: $0, profile: profile, endpoint: endpointURL) }
                ?? .live(profile: profile, region: region, endpoint: endpointURL)
            let logsSource = try logsSource()
            var lint: TemplateLint?
            if !templates.isEmpty || !templateOptions.stacks.isEmpty {
                lint = templateOptions.lint(paths: templates, region: region ?? environment["AWS_REGION"] ?? environment["AWS_DEFAULT_REGION"])
            }
            let diagnostician = Diagnostician(
                target: target, probeOptions: options, account: account, logs: logsSource, period: period,
                window: window.seconds, templates: lint, environment: environment)
            let bar = ProgressBar(enabled: output.showsProgress, language: output.language)
            let outcome: Diagnostician.Outcome
            do {
                outcome = try await diagnostician.run(failOn: output.failOn) { bar.update($0) }
            } catch {
                bar.finish()
                throw Terminal.inputError(error, language: output.language)
            }
            bar.finish()
            let diagnosis = outcome.diagnosis
            let colour = Terminal.wantsColour(disabled: output.noColor)
            let report = Report(command: "diagnose", findings: diagnosis.findings)
            let used = diagnosis.views.filter(\.used).map(\.view.rawValue)
            var context = ReportContext(version: ALBDoctor.version, colour: colour, scope: LocalizedText(ViewScope.diagnosis(url: diagnosis.url, views: used)), rules: RuleCatalog.rules, extraJSON: ["diagnosis": diagnosis])
            context.htmlSections = DiagnosisHTML.sections(outcome, language: output.language)
            context.markdownSections = DiagnosisMarkdown.sections(outcome, language: output.language)
            context.textSections = [DiagnosisText.render(diagnosis, colour: colour, language: output.language)]
            try output.emit(report, context: context)
        }

        /// Where `--logs` says to read: the load balancer's bucket when not given, local paths, or one S3 location.
        private func logsSource() throws -> Diagnostician.LogsSource {
            var paths: [String] = []
            var locations: [S3Location] = []
            for location in logs {
                switch location {
                case .path(let path): paths.append(path)
                case .s3(let s3): locations.append(s3)
                }
            }
            switch (paths.isEmpty, locations.count) {
            case (true, 0): return .loadBalancer
            case (false, 0): return .paths(paths)
            case (true, 1): return .s3(locations[0])
            case (true, _): throw ValidationError(UsageText.oneS3Location.text(in: output.language))
            case (false, _): throw ValidationError(UsageText.pathsOrS3.text(in: output.language))
            }
        }

        /// `--since`/`--until`; by default the last 3 hours.
        private func period() throws -> LogPeriod {
            let until = until?.time ?? LogTime(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000))
            let since = since?.time ?? until.adding(microseconds: -3 * 3_600_000_000)
            guard since < until else { throw ValidationError(UsageText.sinceBeforeUntil.text(in: output.language)) }
            return LogPeriod(since: since, until: until)
        }

        private func probeOptions() -> ProbeOptions {
            var options = ProbeOptions()
            connection.apply(to: &options)
            options.rounds = 1
            options.triesPerRound = rounds
            options.userAgent = "albdoctor/\(ALBDoctor.version)"
            return options
        }
    }
}
