import AWSInventory
import Findings
import Foundation
import Rules
import Testing
import Topology
import _TestSupport

/// Recorded responses for what moto does not model: the load balancer's own network interfaces
/// (so node addresses), paging, throttling, permissions, and the instance metadata service.
@Suite(.requires(.program("python3", package: "python3")), .timeLimit(.minutes(5)))
struct RecordedAccountTests {
    static let peers = Bundle.module.url(forResource: "Peers", withExtension: nil)!.path
    static let recordings = Bundle.module.url(forResource: "Responses", withExtension: nil)!.appendingPathComponent("seed").path
    static let credentials = AWSCredentials(accessKeyID: "AKIARECORDED", secretAccessKey: "recorded-secret-value", source: "the test")

    /// The recorded account (Peers/recorded_aws.py) with `options`, for the time of `body`.
    private func withRecordedAWS<T>(_ options: String..., body: (Peer) async throws -> T) async throws -> T {
        try await withPeer(try #require(which("python3")), ["\(Self.peers)/recorded_aws.py", Self.recordings] + options, body)
    }

    private func client(_ peer: Peer, retry: RetryPolicy = RetryPolicy(baseDelay: 0.01)) -> QueryClient {
        QueryClient(credentials: Self.credentials, region: "ap-northeast-1", endpointOverride: peer.endpoint, retry: retry)
    }

    @Test func namesTheNodeAddressThatHangsAndFollowsPages() async throws {
        try await withRecordedAWS { peer in
            let inventory = try await InventoryFetcher(client: client(peer)).fetch()
            let log = await peer.stopped()
            #expect(log.contains("DescribeSubnets page2"))
            #expect(inventory.subnets.count == 5)
            let findings = RuleRegistry.check(inventory.topology()).filter { $0.severity == .error }
            #expect(findings.count == 1)
            let finding = try #require(findings.first)
            #expect(finding.ruleID == "ALB001")
            #expect(finding.subject == .resource(.subnet, stack: nil, id: "subnet-c33e37526d0a8aa2b"))
            #expect(finding.message.hasPrefix("203.0.113.9 is test-alb's node in subnet-c33e37526d0a8aa2b (ap-northeast-1c), which uses rtb-a027ded4f2dfb8036 (the VPC's main route table) that has no 0.0.0.0/0 route to an internet gateway"))
            #expect(finding.evidence["node address"] == "203.0.113.9")
            #expect(finding.fix == "aws ec2 associate-route-table --subnet-id subnet-c33e37526d0a8aa2b --route-table-id rtb-117d3055897a919ca")
        }
    }

    @Test func throttlingIsRetried() async throws {
        try await withRecordedAWS("--throttle-first", "DescribeVpcs") { peer in
            let inventory = try await InventoryFetcher(client: client(peer)).fetch()
            let log = await peer.stopped()
            #expect(log.components(separatedBy: "DescribeVpcs").count - 1 == 2)
            #expect(!inventory.vpcs.isEmpty)
        }
    }

    @Test func accessDeniedNamesTheMissingPermission() async throws {
        try await withRecordedAWS("--deny", "DescribeRouteTables") { peer in
            do throws(AWSError) {
                _ = try await InventoryFetcher(client: client(peer)).fetch()
                Issue.record("expected AccessDenied")
            } catch {
                #expect(error.isAccessDenied)
                #expect(error.description.hasPrefix("credentials AKIARECORDED from the test may not call ec2:DescribeRouteTables"))
                #expect(!error.description.contains("recorded-secret-value"))
            }
        }
    }

    /// Reading where firewall endpoints live is optional: without the permission, everything
    /// else is read and the user is told what was not checked.
    @Test func vpcEndpointsDeniedIsAWarningNotAFailure() async throws {
        try await withRecordedAWS("--deny", "DescribeVpcEndpoints") { peer in
            let inventory = try await InventoryFetcher(client: client(peer)).fetch()
            #expect(inventory.vpcEndpoints == nil)
            #expect(inventory.dropped?.map(\.english).contains("ec2:DescribeVpcEndpoints is not allowed, so the subnets of Gateway Load Balancer endpoints were not checked") == true)
            #expect(!inventory.loadBalancers.isEmpty)
        }
    }

    @Test func instanceMetadataServiceV2() async throws {
        try await withRecordedAWS("--imds") { peer in
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("albdoctor-imds-\(UUID().uuidString)").path
            let resolver = try CredentialResolver(environment: ["HOME": home, "AWS_EC2_METADATA_SERVICE_ENDPOINT": peer.endpoint])
            let credentials = try await resolver.resolve(region: "ap-northeast-1")
            #expect(credentials.accessKeyID == "ASIAIMDSEXAMPLE")
            #expect(credentials.sessionToken == "imds-token")
            #expect(credentials.source == "the instance metadata service (role albdoctor-test)")
        }
    }

    @Test func unreachableEndpointSaysSo() async throws {
        // Port 9 on loopback (discard) has no listener here: the connection is refused.
        let client = QueryClient(credentials: Self.credentials, region: "ap-northeast-1", endpointOverride: "http://127.0.0.1:9", retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01))
        do {
            _ = try await client.call(.describeVpcs)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("cannot reach http://127.0.0.1:9 for ec2:DescribeVpcs after 2 attempts"))
        }
    }

    @Test func snapshotRoundTripGivesTheSameFindingsWithoutSecrets() async throws {
        try await withRecordedAWS { peer in
            let inventory = try await InventoryFetcher(client: client(peer)).fetch()
            await peer.stopped()
            let data = try Snapshot.encode(inventory)
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("recorded-secret-value"))
            #expect(!text.contains("AKIARECORDED"))
            #expect(text.contains("\"formatVersion\" : 1"))
            let decoded = try Snapshot.decode(data, file: "snap.json")
            #expect(decoded == inventory)
            #expect(RuleRegistry.check(decoded.topology()) == RuleRegistry.check(inventory.topology()))
            let narrowed = try decoded.narrowed(to: ["test-alb"])
            #expect(narrowed.loadBalancers.count == 1)
            #expect(throws: AWSError.self) { try decoded.narrowed(to: ["other-alb"]) }
        }
    }

    @Test(arguments: [
        ("not json", "is not an albdoctor snapshot"),
        ("{\"formatVersion\": 99}", "is a snapshot of format 99; this albdoctor reads format 1"),
        ("{\"formatVersion\": 1, \"region\": \"x\"}", "snap.json lacks"),
    ])
    func badSnapshots(text: String, expected: String) {
        do {
            _ = try Snapshot.decode(Data(text.utf8), file: "snap.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(expected), "got: \(error.description)")
        }
    }
}

@Suite struct ReadOnlyActionTests {
    /// The clients can produce exactly these actions: the Describe calls, STS AssumeRole, and S3's two reads.
    @Test func theClientCanOnlyRead() {
        #expect(Set(AWSAction.allCases.map(\.permission)) == [
            "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes",
            "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTargetGroups",
            "elasticloadbalancing:DescribeTargetHealth", "ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeRouteTables",
            "ec2:DescribeInternetGateways", "ec2:DescribeEgressOnlyInternetGateways", "ec2:DescribeNatGateways", "ec2:DescribeVpcEndpoints", "ec2:DescribeNetworkAcls",
            "ec2:DescribeSecurityGroups", "ec2:DescribeNetworkInterfaces", "sts:AssumeRole", "s3:ListBucket", "s3:GetObject",
        ])
    }

    @Test func retryPolicyBacksOffWithJitter() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: 0.1, maxDelay: 5)
        #expect(policy.shouldRetry(status: 400, code: "Throttling"))
        #expect(policy.shouldRetry(status: 503, code: nil))
        #expect(!policy.shouldRetry(status: 403, code: "UnauthorizedOperation"))
        #expect(policy.delay(afterAttempt: 1, random: 0.5) == 0.1)
        #expect(policy.delay(afterAttempt: 3, random: 0.999) < 0.8)
        #expect(policy.delay(afterAttempt: 30, random: 0.999) < 5)
        #expect(policy.delay(afterAttempt: 2, random: 0) == 0)
    }
}
