import Foundation
import Testing
import _TestSupport

/// The executable as a user runs it: output, exit codes, errors.
@Suite(.timeLimit(.minutes(5))) struct CommandLineTests {
    @Test func seedExitsOneWithTheFix() async throws {
        let result = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--region", "ap-northeast-1")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("fixtures/unrouted-alb-subnet/network.yaml:40:3: error[ALB001]: PublicSubnetB (ap-northeast-1c)"))
        #expect(result.stdout.contains("RouteTableId: !Ref PublicRouteTable"))
        #expect(result.stdout.hasSuffix("1 error, 0 warnings, 1 note (2 stacks, 1 load balancer, 3 subnets, 15 rules)\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test func stackNamesAndFailOn() async throws {
        let named = try await albdoctor("lint", "--stack", "network=fixtures/unrouted-alb-subnet/network.yaml", "--stack", "alb=fixtures/unrouted-alb-subnet/alb.yaml", "--fail-on", "warning", "--format", "json")
        #expect(named.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(named.stdout.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Int])?["errors"] == 1)
        // Renamed stacks: the import names no longer match, so the subnets are unverified, not failed.
        let renamed = try await albdoctor("lint", "--stack", "net=fixtures/unrouted-alb-subnet/network.yaml", "--stack", "app=fixtures/unrouted-alb-subnet/alb.yaml", "--parameter", "app.ProjectName=other")
        #expect(renamed.status == 0)
        #expect(renamed.stdout.contains("no given stack exports 'other-PublicSubnetAIds'"))
        let notes = try await albdoctor("lint", "fixtures/unrouted-alb-subnet/alb.yaml", "--fail-on", "note")
        #expect(notes.status == 1)
    }

    /// `NAME=PATH` and `URL=PATH` are parsed once, by ArgumentParser: a value without both halves
    /// is refused with the option's name, the same way in `lint` and `diagnose`.
    @Test(arguments: [["lint"], ["diagnose", "https://test.jp/"]])
    func stackAndTemplateURLValuesAreCheckedWhereTheyAreParsed(command: [String]) async throws {
        let stack = try await runProcess(Repository.executable, command + ["--stack", "network.yaml"], currentDirectory: Repository.root.path)
        #expect(stack.status == 2)
        #expect(stack.stderr.contains("The value 'network.yaml' is invalid for '--stack <name=path>'"), "\(stack.stderr)")
        let url = try await runProcess(Repository.executable, command + ["--template-url", "=stacks/vpc.yaml"], currentDirectory: Repository.root.path)
        #expect(url.status == 2)
        #expect(url.stderr.contains("The value '=stacks/vpc.yaml' is invalid for '--template-url <url=path>'"), "\(url.stderr)")
    }

    /// The URL and `--logs` are parsed once, by ArgumentParser, with their own reasons: nothing is
    /// probed or read before a bad one is refused.
    @Test func diagnoseRefusesABadURLWithItsReason() async throws {
        let scheme = try await albdoctor("diagnose", "ftp://test.jp/")
        #expect(scheme.status == 2)
        #expect(scheme.stderr.contains("The value 'ftp://test.jp/' is invalid for '<url>': expected an http:// or https:// URL (or a bare host name)"), "\(scheme.stderr)")
        let port = try await albdoctor("diagnose", "https://test.jp:99999/")
        #expect(port.status == 2)
        #expect(port.stderr.contains("The value 'https://test.jp:99999/' is invalid for '<url>': port '99999' is not a number from 1 to 65535"), "\(port.stderr)")
        // --logs: an s3:// value names a bucket; local paths and S3 do not mix.
        let bucket = try await albdoctor("diagnose", "test.jp", "--logs", "s3://")
        #expect(bucket.status == 2)
        #expect(bucket.stderr.contains("The value 's3://' is invalid for '--logs <path|s3-url>': expected s3://BUCKET/PREFIX"), "\(bucket.stderr)")
        let mixed = try await albdoctor("diagnose", "test.jp", "--logs", "s3://logs/prod", "--logs", "logs/")
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("--logs takes local paths or one s3:// location, not both."), "\(mixed.stderr)")
    }

    @Test(.requires(.python("jsonschema", packages: "jsonschema")), arguments: ["fixtures/unrouted-alb-subnet", "fixtures/nested-stacks/parent.yaml"])
    func sarifOfTheIncidentFixturesIsValidSARIF210(fixture: String) async throws {
        let result = try await albdoctor("lint", fixture, "--format", "sarif")
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? String == "2.1.0")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-\(UUID().uuidString).sarif")
        try result.stdout.write(to: output, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: output) }
        let check = try await validateSARIF(output.path)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func badInputExitsTwoWithTheLocation() async throws {
        let missing = try await albdoctor("lint", "does/not/exist.yaml")
        #expect(missing.status == 2)
        #expect(missing.stderr == "albdoctor: error: does/not/exist.yaml: no such file or folder\n")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-bad-\(UUID().uuidString).yaml")
        try "Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Nope x\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // A function albdoctor does not know is not a refusal: what needs it is unverified, with the place.
        let unknown = try await albdoctor("lint", file.path, "--fail-on", "note")
        #expect(unknown.status == 0)
        try "Resources:\n  A: [\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try await albdoctor("lint", file.path)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("\(file.path):3:1: YAML syntax error"), "\(bad.stderr)")
        let usage = try await albdoctor("lint")
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("Give at least one template"))
        let format = try await albdoctor("lint", "fixtures/unrouted-alb-subnet", "--format", "xml")
        #expect(format.status == 2)
    }

    @Test func rulesListAndExplain() async throws {
        let list = try await albdoctor("rules")
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        // The rules by source, in order: 15 template rules, 5 CloudFormation, 2 Terraform, 14 probe, 4 logs.
        let families: [(prefix: String, count: Int)] = [("ALB", 15), ("CFN", 5), ("TF0", 2), ("PRB", 14), ("LOG", 4)]
        let prefixes = lines.map { String($0.prefix(3)) }
        let expected = families.flatMap { Array(repeating: $0.prefix, count: $0.count) }
        #expect(prefixes == expected)
        #expect(list.stdout.hasPrefix("ALB001  error    lb-subnet-without-internet-route"))
        // The id a probe report shows explains itself too.
        let probe = try await albdoctor("rules", "PRB001")
        #expect(probe.stdout.hasPrefix("# PRB001 — address-never-connects\n\n**Address that never connects** · default severity: `error` · reported by `albdoctor probe`"))
        let one = try await albdoctor("rules", "lb-subnet-without-internet-route")
        #expect(one.status == 0)
        #expect(one.stdout.hasPrefix("# ALB001 — lb-subnet-without-internet-route"))
        #expect(try await albdoctor("rules", "ALB999").status == 2)
    }

    @Test func helpTeaches() async throws {
        let help = try await albdoctor("lint", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("albdoctor lint fixtures/unrouted-alb-subnet/"))
        #expect(help.stdout.contains("--parameter <[stack.]key=value>"))
        // diagnose reads templates with the same options as lint.
        let diagnose = try await albdoctor("diagnose", "--help")
        for option in ["--stack <name=path>", "--parameter <[stack.]key=value>", "--template-url <url=path>"] {
            #expect(diagnose.stdout.contains(option), "diagnose --help lacks \(option)")
        }
    }
}
