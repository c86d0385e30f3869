import Addresses
import ALBLogs
@testable import AWSInventory
@testable import Diagnose
import Foundation
import Localization
import Testing

/// Finding the load balancer of a name, and its log files, without any peer.
@Suite struct LoadBalancerMatchTests {
    static let arn = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:loadbalancer/app/test-alb/50dc6c495c0c9188"

    /// An address written in the test; a typo fails the test that uses it.
    private func ip(_ text: String) -> IPAddress { IPAddress(text) ?? IPAddress(ipv4: 0) }

    static func inventory() -> Inventory {
        let balancer = Inventory.LoadBalancer(
            arn: arn, name: "test-alb", dnsName: "test-alb-1234567890.ap-northeast-1.elb.amazonaws.com", scheme: "internet-facing", type: "application",
            ipAddressType: "ipv4", vpcId: "vpc-1", subnetIds: ["subnet-a", "subnet-b"], securityGroupIds: [],
            attributes: ["access_logs.s3.enabled": "true", "access_logs.s3.bucket": "logs", "access_logs.s3.prefix": "prod",
                         "connection_logs.s3.enabled": "false"])
        let other = Inventory.LoadBalancer(
            arn: "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:loadbalancer/app/other/0123456789abcdef", name: "other",
            dnsName: "other-1.ap-northeast-1.elb.amazonaws.com", scheme: "internet-facing", type: "application", ipAddressType: "ipv4", vpcId: "vpc-1",
            subnetIds: [], securityGroupIds: [], attributes: [:])
        func node(_ id: String, _ subnet: String, _ publicIp: String, _ privateIp: String, _ owner: String = "app/test-alb/50dc6c495c0c9188") -> Inventory.NetworkInterface {
            Inventory.NetworkInterface(id: id, subnetId: subnet, description: "ELB \(owner)", privateIpAddress: IPAddress(privateIp), publicIp: IPAddress(publicIp), instanceId: nil, groupIds: [])
        }
        return Inventory(
            formatVersion: 1, region: "ap-northeast-1", fetchedAt: Date(timeIntervalSince1970: 0), vpcs: [], subnets: [], routeTables: [], internetGateways: [],
            egressOnlyInternetGateways: [], natGateways: [], networkACLs: [], securityGroups: [],
            networkInterfaces: [node("eni-a", "subnet-a", "203.0.113.9", "10.0.0.5"), node("eni-b", "subnet-b", "198.51.100.7", "10.0.1.5"),
                                node("eni-o", "subnet-a", "192.0.2.50", "10.0.0.9", "app/other/0123456789abcdef")],
            loadBalancers: [other, balancer], listeners: [], rules: [], targetGroups: [])
    }

    @Test func theCNAMEChainNamesTheLoadBalancer() throws {
        let match = try #require(LoadBalancerMatch.find(
            in: Self.inventory(), cnames: ["www.test.jp", "dualstack.TEST-ALB-1234567890.ap-northeast-1.elb.amazonaws.com."], addresses: [ip("203.0.113.9")]))
        #expect(match.loadBalancer.name == "test-alb")
        #expect(match.how == .cname(name: "test-alb-1234567890.ap-northeast-1.elb.amazonaws.com"))
        #expect(match.nodes[ip("203.0.113.9")]?.id == "eni-a")
        // The node whose address DNS did not give (it may be the one that answers nothing).
        #expect(match.otherNodes.map(\.id) == ["eni-b"])
    }

    @Test func anAliasRecordIsMatchedByTheNodeInterface() throws {
        let match = try #require(LoadBalancerMatch.find(in: Self.inventory(), cnames: [], addresses: [ip("192.0.2.1"), ip("198.51.100.7"), ip("203.0.113.9")]))
        #expect(match.loadBalancer.name == "test-alb")
        #expect(match.how == .networkInterface(id: "eni-b", address: try #require(IPAddress("198.51.100.7"))))
        #expect(match.how.description == "the network interface eni-b that holds 198.51.100.7")
        #expect(match.nodes.mapValues(\.id) == [ip("198.51.100.7"): "eni-b", ip("203.0.113.9"): "eni-a"])
    }

    @Test func aNameServedElsewhereMatchesNothing() {
        #expect(LoadBalancerMatch.find(in: Self.inventory(), cnames: ["test.jp.cdn.example.net"], addresses: [ip("192.0.2.1")]) == nil)
    }

    @Test func logPlacesComeFromTheAttributes() throws {
        let places = LogLocations(try #require(Self.inventory().loadBalancers.last))
        #expect(places.places == [.init(location: S3Location(bucket: "logs", prefix: "prod"), kinds: ["access"])])
        #expect(places.disabled.map(\.english) == ["connection logs are not enabled (connection_logs.s3.enabled is false)"])
    }

    @Test func dayPrefixesCoverThePeriodAcrossMidnight() {
        // 2025-12-25T22:00:00Z to 2025-12-26T01:00:00Z
        let since = LogTime(microseconds: 1_766_700_000_000_000)
        let period = LogPeriod(since: since, until: since.adding(microseconds: 3 * 3_600_000_000))
        #expect(LogLocations.dayPrefixes(under: "prod", account: "123456789012", region: "ap-northeast-1", period: period) == [
            "prod/AWSLogs/123456789012/elasticloadbalancing/ap-northeast-1/2025/12/25/",
            "prod/AWSLogs/123456789012/elasticloadbalancing/ap-northeast-1/2025/12/26/",
        ])
        #expect(LogLocations.dayPrefixes(under: "", account: "1", region: "us-east-1", period: LogPeriod(since: since, until: since.adding(microseconds: 1))).first == "AWSLogs/1/elasticloadbalancing/us-east-1/2025/12/25/")
    }

    @Test func onlyTheLoadBalancersFilesOfThePeriodBelong() {
        let since = LogTime(microseconds: 1_766_700_000_000_000)
        let period = LogPeriod(since: since, until: since.adding(microseconds: 3 * 3_600_000_000))
        let key = "prod/AWSLogs/123456789012/elasticloadbalancing/ap-northeast-1/2025/12/25/123456789012_elasticloadbalancing_ap-northeast-1_app.test-alb.50dc6c495c0c9188_20251225T2305Z_203.0.113.9_abc.log.gz"
        #expect(LogLocations.belongs(key, loadBalancerARN: Self.arn, period: period, endTime: since.adding(microseconds: 3_600_000_000)))
        #expect(!LogLocations.belongs(key.replacingOccurrences(of: "app.test-alb.", with: "app.other."), loadBalancerARN: Self.arn, period: period, endTime: since.adding(microseconds: 3_600_000_000)))
        #expect(!LogLocations.belongs(key, loadBalancerARN: Self.arn, period: period, endTime: since.adding(microseconds: -60_000_000)))
        #expect(!LogLocations.belongs(key, loadBalancerARN: Self.arn, period: period, endTime: period.until.adding(microseconds: 3_600_000_000)))
    }
}
