import Foundation
import Testing
import _TestSupport

/// `albdoctor aws` on distributed inspection in moto_server: Gateway Load Balancer endpoints per
/// zone and the internet gateway's edge route table, read live and from a snapshot.
@Suite(.requires(.python("moto", "boto3", "flask", "flask_cors", packages: "'moto[server]' boto3")), .timeLimit(.minutes(5)))
struct InspectionAccountTests {
    @Test func symmetricInspectionGivesNoFindingAtAll() async throws {
        try await MotoAccount.with("inspection_account.py", "symmetric") { account in
            let result = try await account.albdoctor(["--endpoint-url", account.moto.endpoint])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.findings.isEmpty, "\(result.findings.map { $0["message"] ?? "" })")
        }
    }

    @Test func theSubnetWithoutAnEdgeRouteIsTheErrorLiveAndFromASnapshot() async throws {
        try await MotoAccount.with("inspection_account.py", "missing") { account in
            let snapshot = account.home + "/inspection.json"
            let live = try await account.albdoctor(["--endpoint-url", account.moto.endpoint, "--save-snapshot", snapshot])
            #expect(live.status == 1, "\(live.stderr)")
            let errors = live.findings.filter { $0["severity"] as? String == "error" }
            #expect(errors.map { $0["rule"] as? String } == ["ALB013"])
            let error = try #require(errors.first)
            #expect(error["subject"] as? String == account.id("subnetB"))
            #expect((error["message"] as? String)?.contains("sends 0.0.0.0/0 through VPC endpoint \(account.id("endpointB")), but \(account.id("edgeRouteTable")), the edge route table of \(account.id("gateway")), has no route for 10.40.2.0/24") == true, "\(error)")
            #expect(error["fix"] as? String == "aws ec2 create-route --route-table-id \(account.id("edgeRouteTable")) --destination-cidr-block 10.40.2.0/24 --vpc-endpoint-id \(account.id("endpointB"))")
            let offline = try await account.albdoctor(["--snapshot", snapshot])
            #expect(offline.status == 1)
            #expect(offline.findings.compactMap { $0["subject"] as? String } == live.findings.compactMap { $0["subject"] as? String })
        }
    }

    @Test func crossedEndpointsAreAnErrorOnBothSubnets() async throws {
        try await MotoAccount.with("inspection_account.py", "crossed") { account in
            let result = try await account.albdoctor(["--endpoint-url", account.moto.endpoint])
            #expect(result.status == 1, "\(result.stderr)")
            let errors = result.findings.filter { $0["severity"] as? String == "error" }
            #expect(Set(errors.compactMap { $0["subject"] as? String }) == [account.id("subnetA"), account.id("subnetB")])
            #expect(errors.allSatisfy { $0["rule"] as? String == "ALB013" })
            let fixes = Set(errors.compactMap { $0["fix"] as? String })
            #expect(fixes.contains("aws ec2 replace-route --route-table-id \(account.id("edgeRouteTable")) --destination-cidr-block 10.40.1.0/24 --vpc-endpoint-id \(account.id("endpointA"))"), "\(fixes)")
        }
    }

    @Test func aFirewallSubnetWithoutTheInternetGatewayIsTheError() async throws {
        try await MotoAccount.with("inspection_account.py", "unrouted-firewall-subnet") { account in
            let result = try await account.albdoctor(["--endpoint-url", account.moto.endpoint])
            #expect(result.status == 1, "\(result.stderr)")
            let errors = result.findings.filter { $0["severity"] as? String == "error" }
            #expect(errors.map { $0["rule"] as? String } == ["ALB013"], "\(result.findings.map { $0["message"] ?? "" })")
            #expect(errors.first?["subject"] as? String == account.id("firewallSubnetB"))
            #expect((errors.first?["message"] as? String)?.contains("holds an endpoint of \(account.id("endpointB")) that \(account.id("subnetB")) of inspected-alb send their internet traffic through") == true, "\(errors)")
        }
    }
}

extension InspectionAccountTests {
    @Test func aTransitGatewayDefaultRouteIsUnverifiedNamingTheGateway() async throws {
        try await MotoAccount.with("inspection_account.py", "transit-gateway") { account in
            let result = try await account.albdoctor(["--endpoint-url", account.moto.endpoint])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.findings.contains { ["error", "warning"].contains($0["severity"] as? String) }, "\(result.findings.map { $0["message"] ?? "" })")
            let notes = result.findings.filter { $0["rule"] as? String == "ALB001" }
            #expect(Set(notes.compactMap { $0["subject"] as? String }) == [account.id("subnetA"), account.id("subnetB")], "\(result.findings)")
            #expect(notes.allSatisfy { ($0["message"] as? String)?.contains("sends 0.0.0.0/0 to transit gateway \(account.id("transitGateway")), whose far side") == true }, "\(notes)")
        }
    }
}
