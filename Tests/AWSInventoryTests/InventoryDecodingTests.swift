@testable import AWSInventory
@testable import AWSModel
import Foundation
import Testing
import Topology

/// What AWS leaves out stays unknown, with the call and field; a record without its own id is
/// dropped with a warning — never a silent default.
@Suite struct InventoryDecodingTests {
    /// The items of a response, as `QueryClient.callAllPages` reads them.
    func items(_ xml: String, list: String) throws -> [AWSXMLElement] {
        let root = try XMLReader.parse(Array(xml.utf8))
        return (root.children.first { $0.name.hasSuffix("Result") } ?? root).list(list)
    }

    @Test func missingFieldsAreUnknownAndIdlessRecordsDropped() throws {
        var decoding = InventoryDecoding()
        let subnets = decoding.records(try items("""
            <DescribeSubnetsResponse><subnetSet>
              <item><subnetId>subnet-1</subnetId><cidrBlock>10.0.0.0/24</cidrBlock></item>
              <item><vpcId>vpc-1</vpcId><cidrBlock>10.0.1.0/24</cidrBlock></item>
            </subnetSet></DescribeSubnetsResponse>
            """, list: "subnetSet"), .describeSubnets, idField: "subnetId", InventoryDecoding.subnet)
        let acls = decoding.records(try items("""
            <DescribeNetworkAclsResponse><networkAclSet>
              <item><networkAclId>acl-1</networkAclId><vpcId>vpc-1</vpcId><entrySet>
                <item><protocol>-1</protocol><egress>false</egress><cidrBlock>0.0.0.0/0</cidrBlock></item>
              </entrySet></item>
            </networkAclSet></DescribeNetworkAclsResponse>
            """, list: "networkAclSet"), .describeNetworkAcls, idField: "networkAclId", InventoryDecoding.networkACL)
        let balancers = decoding.records(try items("""
            <DescribeLoadBalancersResponse><DescribeLoadBalancersResult><LoadBalancers>
              <member><LoadBalancerArn>arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:loadbalancer/app/test-alb/50dc</LoadBalancerArn></member>
              <member><LoadBalancerName>nameless</LoadBalancerName></member>
            </LoadBalancers></DescribeLoadBalancersResult></DescribeLoadBalancersResponse>
            """, list: "LoadBalancers"), .describeLoadBalancers, idField: "LoadBalancerArn", InventoryDecoding.loadBalancer)
        #expect(subnets.map(\.id) == ["subnet-1"])
        #expect(decoding.dropped.map(\.english) == [
            "DescribeSubnets returned an item without subnetId; it was left out of the checks",
            "DescribeLoadBalancers returned an item without LoadBalancerArn; it was left out of the checks",
        ])
        #expect(balancers.first?.name == "test-alb")
        let inventory = Inventory(
            formatVersion: Inventory.currentFormatVersion, region: "ap-northeast-1", fetchedAt: Date(timeIntervalSince1970: 0), vpcs: [], subnets: subnets,
            routeTables: [], internetGateways: [], egressOnlyInternetGateways: [], natGateways: [], networkACLs: acls, securityGroups: [],
            networkInterfaces: [], loadBalancers: balancers, listeners: [], rules: [], targetGroups: [], dropped: decoding.dropped)
        let topology = inventory.topology()
        #expect(topology.subnets.first?.vpc.unknownReason?.english == "DescribeSubnets gave no vpcId for subnet-1")
        #expect(topology.subnets.first?.vpc.unknownReason.map { $0(.ja) } == "DescribeSubnets が subnet-1 の vpcId を返しませんでした")
        #expect(topology.subnets.first?.availabilityZone.unknownReason?.english == "DescribeSubnets gave no availabilityZone for subnet-1")
        let entry = try #require(topology.networkACLs.first?.entries.first)
        #expect(entry.action.unknownReason?.english == "DescribeNetworkAcls gave no ruleAction for an entry of acl-1")
        #expect(entry.ruleNumber.unknownReason?.english == "DescribeNetworkAcls gave no ruleNumber for an entry of acl-1")
        #expect(topology.loadBalancers.first?.scheme.unknownReason?.english == "DescribeLoadBalancers gave no Scheme for test-alb")
        // The snapshot keeps the warnings, and encoding is an error, not empty data, when it fails.
        let decoded = try Snapshot.decode(try Snapshot.encode(inventory), file: "t.json")
        #expect(decoded.dropped?.map(\.english) == decoding.dropped.map(\.english))
        #expect(decoding.dropped.first.map { $0(.ja) } == "DescribeSubnets が subnetId のない項目を返したため、その項目は検査から外しました")
    }
}

/// Route targets keep the kind AWS's field names, and a route table associated with a gateway
/// is that gateway's edge route table.
@Suite struct RouteTableDecodingTests {
    @Test func targetsByKindAndEdgeAssociations() throws {
        var decoding = InventoryDecoding()
        let root = try XMLReader.parse(Array("""
            <DescribeRouteTablesResponse><routeTableSet>
              <item><routeTableId>rtb-edge</routeTableId><vpcId>vpc-1</vpcId>
                <routeSet>
                  <item><destinationCidrBlock>10.0.0.0/16</destinationCidrBlock><gatewayId>local</gatewayId><state>active</state></item>
                  <item><destinationCidrBlock>10.0.1.0/24</destinationCidrBlock><vpcEndpointId>vpce-0a</vpcEndpointId><state>active</state></item>
                </routeSet>
                <associationSet><item><routeTableAssociationId>rtbassoc-edge</routeTableAssociationId><gatewayId>igw-1</gatewayId><main>false</main></item></associationSet>
              </item>
              <item><routeTableId>rtb-a</routeTableId><vpcId>vpc-1</vpcId>
                <routeSet>
                  <item><destinationCidrBlock>0.0.0.0/0</destinationCidrBlock><gatewayId>vpce-0a</gatewayId><state>active</state></item>
                  <item><destinationCidrBlock>172.16.0.0/12</destinationCidrBlock><transitGatewayId>tgw-1</transitGatewayId><state>active</state></item>
                  <item><destinationIpv6CidrBlock>::/0</destinationIpv6CidrBlock><egressOnlyInternetGatewayId>eigw-1</egressOnlyInternetGatewayId><state>active</state></item>
                  <item><destinationCidrBlock>192.168.0.0/16</destinationCidrBlock><vpcPeeringConnectionId>pcx-1</vpcPeeringConnectionId><state>active</state></item>
                  <item><destinationCidrBlock>10.9.0.0/16</destinationCidrBlock><gatewayId>vgw-1</gatewayId><state>active</state></item>
                  <item><destinationCidrBlock>10.8.0.0/16</destinationCidrBlock><carrierGatewayId>cagw-1</carrierGatewayId><state>active</state></item>
                </routeSet>
                <associationSet><item><routeTableAssociationId>rtbassoc-a</routeTableAssociationId><subnetId>subnet-a</subnetId><main>false</main></item></associationSet>
              </item>
            </routeTableSet></DescribeRouteTablesResponse>
            """.utf8))
        let tables = decoding.records(root.list("routeTableSet"), .describeRouteTables, idField: "routeTableId", InventoryDecoding.routeTable)
        #expect(tables.first?.associations.first?.gatewayId == "igw-1")
        let inventory = Inventory(
            formatVersion: Inventory.currentFormatVersion, region: "ap-northeast-1", fetchedAt: Date(timeIntervalSince1970: 0), vpcs: [], subnets: [],
            routeTables: tables, internetGateways: [], egressOnlyInternetGateways: [], natGateways: [], networkACLs: [], securityGroups: [],
            networkInterfaces: [], loadBalancers: [], listeners: [], rules: [], targetGroups: [])
        let topology = inventory.topology()
        let edge = try #require(topology.edgeRouteTable(of: ResourceID("igw-1"))?.value)
        #expect(edge.id == ResourceID("rtb-edge"))
        #expect(topology.edgeRouteTable(of: ResourceID("igw-2")) == nil)
        #expect(topology.routeTableAssociations.map(\.id.name) == ["rtbassoc-a"])
        let kinds = try #require(topology.routeTable(ResourceID("rtb-a"))).routes.compactMap { $0.target.value?.kind }
        #expect(kinds == [.vpcEndpoint, .transitGateway, .egressOnlyInternetGateway, .vpcPeeringConnection, .virtualPrivateGateway, .carrierGateway])
        #expect(kinds.first?.inspects == true)
        // A snapshot written before edge associations were read still decodes.
        let old = try Snapshot.encode(inventory)
        let text = String(decoding: old, as: UTF8.self).replacingOccurrences(of: "\"gatewayId\" : \"igw-1\",", with: "")
        #expect(try Snapshot.decode(Data(text.utf8), file: "old.json").routeTables.first?.associations.first?.gatewayId == nil)
    }
}
