import Addresses
import Testing
import Topology
import _TestSupport

@Suite struct EffectiveRouteTableTests {
    let vpc = VPC(id: ResourceID("vpc-1"), cidr: .known(IPv4Network("10.0.0.0/16")!))
    var subnet: Subnet { Subnet(id: ResourceID("subnet-b"), vpc: .known(vpc.id), availabilityZone: .known("ap-northeast-1c"), cidr: .known(IPv4Network("10.0.1.0/24")!)) }
    var publicTable: RouteTable {
        RouteTable(id: ResourceID("rtb-public"), vpc: .known(vpc.id), routes: [
            Route(destination: .known(.ipv4(.any)), target: .known(RouteTarget(kind: .internetGateway, id: .known(ResourceID("igw-1"))))),
        ])
    }

    @Test func withoutAssociationTheMainTableApplies() {
        let topology = Topology(source: .account(region: "ap-northeast-1"), vpcs: [vpc], subnets: [subnet],
                                routeTables: [publicTable, RouteTable.implicitMain(of: vpc)])
        let table = topology.effectiveRouteTable(of: subnet).value
        #expect(table?.isMain == true)
        #expect(table?.routes.count == 1)
    }

    @Test func explicitAssociationWins() {
        let topology = Topology(
            source: .account(region: "ap-northeast-1"), vpcs: [vpc], subnets: [subnet],
            routeTables: [publicTable, RouteTable.implicitMain(of: vpc)],
            routeTableAssociations: [SubnetRouteTableAssociation(id: ResourceID("rtbassoc-1"), subnet: .known(subnet.id), routeTable: .known(publicTable.id))])
        #expect(topology.effectiveRouteTable(of: subnet).value?.id == publicTable.id)
    }

    @Test func anAssociationWithUnknownSubnetMakesItUnknown() {
        let topology = Topology(
            source: .templates(region: "us-east-1"), vpcs: [vpc], subnets: [subnet],
            routeTables: [publicTable, RouteTable.implicitMain(of: vpc)],
            routeTableAssociations: [SubnetRouteTableAssociation(id: ResourceID("assoc"), subnet: .unknown(reason: "import missing"), routeTable: .known(publicTable.id))])
        #expect(topology.effectiveRouteTable(of: subnet).unknownReason?.english.contains("import missing") == true)
    }

    @Test func publicRouteTablesNeedAnAttachedGateway() {
        let detached = Topology(source: .account(region: "us-east-1"), vpcs: [vpc], routeTables: [publicTable])
        #expect(detached.publicRouteTables(in: vpc.id).isEmpty)
        let attached = Topology(source: .account(region: "us-east-1"), vpcs: [vpc], routeTables: [publicTable],
                                internetGateways: [InternetGateway(id: ResourceID("igw-1"))],
                                gatewayAttachments: [GatewayAttachment(id: ResourceID("igw-1-attach"), vpc: .known(vpc.id), internetGateway: .known(ResourceID("igw-1")))])
        #expect(attached.publicRouteTables(in: vpc.id).map(\.id) == [publicTable.id])
    }
}
