import Addresses
import Testing
import Topology
import _TestSupport

@Suite struct NetworkACLTests {
    private func entry(_ number: Int, egress: Bool = false, _ action: NetworkACLEntry.Action, tcp ports: ClosedRange<Int>? = nil, block: String = "0.0.0.0/0") -> NetworkACLEntry {
        NetworkACLEntry(
            ruleNumber: .known(number), egress: egress, action: .known(action),
            ports: .known(ports.map { PortRange(ipProtocol: 6, from: $0.lowerBound, to: $0.upperBound) } ?? .all),
            block: .known(AddressBlock(block)!))
    }

    private func acl(_ entries: [NetworkACLEntry]) -> NetworkACL {
        NetworkACL(id: ResourceID("acl"), vpc: .known(ResourceID("vpc")), entries: entries)
    }

    @Test func implicitDenyWhenNothingAllows() {
        let denied = acl([]).deniedTCPPorts(egress: false, tcpPorts: 443...443, ipv6: false)
        #expect(denied.value?.count == 1)
        #expect(denied.value?.first?.entry == nil)
    }

    @Test func lowestRuleNumberWins() {
        let list = acl([entry(200, .deny, tcp: 443...443), entry(100, .allow, tcp: 443...443)])
        #expect(list.deniedTCPPorts(egress: false, tcpPorts: 443...443, ipv6: false).value?.isEmpty == true)
        let reversed = acl([entry(100, .deny, tcp: 443...443), entry(200, .allow, tcp: 443...443)])
        #expect(reversed.deniedTCPPorts(egress: false, tcpPorts: 443...443, ipv6: false).value?.first?.entry?.ruleNumber == .known(100))
    }

    @Test func partialAllowLeavesTheRestToTheImplicitDeny() throws {
        let list = acl([entry(100, egress: true, .allow, tcp: 1024...32767)])
        let denied = try #require(list.deniedTCPPorts(egress: true, tcpPorts: 1024...65535, ipv6: false).value)
        #expect(denied.map(\.ports) == [32768...65535])
    }

    @Test func entriesOfTheOtherFamilyDoNotCount() {
        let list = acl([entry(100, .allow, block: "::/0")])
        #expect(list.deniedTCPPorts(egress: false, tcpPorts: 80...80, ipv6: false).value?.isEmpty == false)
        #expect(list.deniedTCPPorts(egress: false, tcpPorts: 80...80, ipv6: true).value?.isEmpty == true)
    }

    @Test func unknownRuleNumberMakesTheAnswerUnknown() {
        var unknown = entry(100, .allow)
        unknown.ruleNumber = .unknown(reason: "parameter without value")
        #expect(acl([unknown]).deniedTCPPorts(egress: false, tcpPorts: 80...80, ipv6: false).unknownReason?.english == "parameter without value")
    }

    @Test func defaultACLAllowsEverything() {
        let vpc = VPC(id: ResourceID("vpc"), cidr: .known(IPv4Network("10.0.0.0/16")!))
        let list = NetworkACL.implicitDefault(of: vpc)
        for ipv6 in [false, true] {
            #expect(list.deniedTCPPorts(egress: false, tcpPorts: 1...65535, ipv6: ipv6).value?.isEmpty == true)
            #expect(list.deniedTCPPorts(egress: true, tcpPorts: 1024...65535, ipv6: ipv6).value?.isEmpty == true)
        }
    }
}
