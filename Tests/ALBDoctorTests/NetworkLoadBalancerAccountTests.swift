import Foundation
import Testing
import _TestSupport

/// `albdoctor aws` on Network Load Balancers in moto_server: nodes on Elastic IPs per subnet
/// mapping, checked by the same reachability rules as an ALB's.
@Suite(.requires(.python("moto", "boto3", "flask", "flask_cors", packages: "'moto[server]' boto3")), .timeLimit(.minutes(5)))
struct NetworkLoadBalancerAccountTests {
    @Test func theUnroutedSubnetOfAMappingIsTheError() async throws {
        try await MotoAccount.with("nlb_account.py", "eips-unrouted") { account in
            let result = try await account.albdoctor(["--endpoint-url", account.moto.endpoint])
            #expect(result.status == 1, "\(result.stderr)")
            let errors = result.findings.filter { $0["severity"] as? String == "error" }
            #expect(errors.map { $0["rule"] as? String } == ["ALB001"], "\(result.findings.map { $0["message"] ?? "" })")
            #expect(errors.first?["subject"] as? String == account.id("subnetC"))
            #expect((errors.first?["message"] as? String)?.contains("about 1 in 3 of its addresses") == true)
            #expect(errors.first?["fix"] as? String == "aws ec2 associate-route-table --subnet-id \(account.id("subnetC")) --route-table-id \(account.id("publicRouteTable"))")
        }
    }

    @Test func aDualstackNLBWithOnlyAnEgressOnlyGatewayForIPv6() async throws {
        try await MotoAccount.with("nlb_account.py", "dualstack-egress-only") { account in
            let result = try await account.albdoctor(["--endpoint-url", account.moto.endpoint])
            #expect(result.status == 1, "\(result.stderr)")
            let errors = result.findings.filter { $0["severity"] as? String == "error" }
            #expect(errors.map { $0["rule"] as? String } == ["ALB002"], "\(result.findings.map { $0["message"] ?? "" })")
            #expect(errors.first?["subject"] as? String == account.id("publicRouteTable"))
            #expect((errors.first?["message"] as? String)?.contains("sends ::/0 to egress-only internet gateway \(account.id("egressOnlyGateway")), which carries no inbound traffic from the internet") == true)
        }
    }
}
