import Localization
import Testing
import Topology

/// Every way a route can leave a subnet, read from a template: the kind comes from the
/// property, so it is known even when the id is not.
@Suite struct RouteTargetTests {
    static let template = """
        Parameters:
          Unset: { Type: String }
        Resources:
          VPC:
            Type: AWS::EC2::VPC
            Properties: { CidrBlock: 10.0.0.0/16 }
          InternetGateway:
            Type: AWS::EC2::InternetGateway
          VpnGateway:
            Type: AWS::EC2::VPNGateway
            Properties: { Type: ipsec.1 }
          FirewallSubnetA:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref VPC, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.100.0/28 }
          FirewallSubnetB:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref VPC, AvailabilityZone: !Select [1, !GetAZs ''], CidrBlock: 10.0.100.16/28 }
          Firewall:
            Type: AWS::NetworkFirewall::Firewall
            Properties:
              FirewallName: inspection
              FirewallPolicyArn: arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/p
              VpcId: !Ref VPC
              SubnetMappings: [{ SubnetId: !Ref FirewallSubnetA }, { SubnetId: !Ref FirewallSubnetB }]
          ApplianceEndpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: !Ref VPC
              VpcEndpointType: GatewayLoadBalancer
              ServiceName: com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0
              SubnetIds: [!Ref FirewallSubnetA]
          Table:
            Type: AWS::EC2::RouteTable
            Properties: { VpcId: !Ref VPC }
          ToFirewallB:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: !Ref Table
              DestinationCidrBlock: 0.0.0.0/0
              VpcEndpointId: !Select [1, !Split [":", !Select [1, !GetAtt Firewall.EndpointIds]]]
          ToAppliance:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.1.0.0/16, VpcEndpointId: !Ref ApplianceEndpoint }
          ToImportedEndpoint:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.2.0.0/16, VpcEndpointId: !ImportValue inspection-EndpointA }
          ToTransitGateway:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.3.0.0/16, TransitGatewayId: !Ref Unset }
          ToPeer:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.4.0.0/16, VpcPeeringConnectionId: pcx-0123 }
          ToInterface:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.5.0.0/16, NetworkInterfaceId: eni-0123 }
          ToVpn:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.6.0.0/16, GatewayId: !Ref VpnGateway }
          ToCarrier:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.7.0.0/16, CarrierGatewayId: cagw-0123 }
          ToNat:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 10.8.0.0/16, NatGatewayId: !ImportValue egress-Nat }
          ToEgressOnly:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref Table, DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: eigw-0123 }
          EdgeTable:
            Type: AWS::EC2::RouteTable
            Properties: { VpcId: !Ref VPC }
          EdgeAssociation:
            Type: AWS::EC2::GatewayRouteTableAssociation
            Properties: { GatewayId: !Ref InternetGateway, RouteTableId: !Ref EdgeTable }

        """

    @Test func everyKindIsKnownFromItsProperty() throws {
        let topology = try Lint.topology(Self.template)
        let routes = try #require(topology.routeTables.first { $0.id.name == "Table" }).routes
        func target(_ name: String) throws -> RouteTarget {
            try #require(routes.first { $0.id?.name == name }?.target.value, "\(name) has no known target")
        }
        let firewallB = try target("ToFirewallB")
        #expect(firewallB.kind == .networkFirewallEndpoint)
        #expect(firewallB.id == .known(ResourceID(stack: "t", "Firewall.EndpointIds[1]")))
        #expect(firewallB.firewall == ResourceID(stack: "t", "Firewall"))
        #expect(try target("ToAppliance").kind == .gatewayLoadBalancerEndpoint)
        let imported = try target("ToImportedEndpoint")
        #expect(imported.kind == .vpcEndpoint && imported.kind.inspects)
        #expect(imported.id?.unknownReason?.english.contains("inspection-EndpointA") == true)
        #expect(try target("ToTransitGateway").kind == .transitGateway)
        #expect(try target("ToTransitGateway").id?.value == nil)
        #expect(try target("ToPeer").kind == .vpcPeeringConnection)
        #expect(try target("ToInterface").kind == .networkInterface)
        #expect(try target("ToVpn").kind == .virtualPrivateGateway)
        #expect(try target("ToCarrier").kind == .carrierGateway)
        #expect(try target("ToNat").kind == .natGateway)
        #expect(try target("ToEgressOnly").kind == .egressOnlyInternetGateway)
        #expect(!(try target("ToEgressOnly").kind.inspects))
    }

    @Test func theInternetGatewaysEdgeRouteTable() throws {
        let topology = try Lint.topology(Self.template)
        let edge = try #require(topology.edgeRouteTable(of: ResourceID(stack: "t", "InternetGateway")))
        #expect(edge.value?.id == ResourceID(stack: "t", "EdgeTable"))
        #expect(topology.edgeRouteTable(of: ResourceID(stack: "t", "VpnGateway")) == nil)
    }

    @Test func anEdgeAssociationOfAnUnknownGatewayMayBeAnyGateways() throws {
        let text = Self.template.replacingOccurrences(of: "GatewayId: !Ref InternetGateway, RouteTableId: !Ref EdgeTable", with: "GatewayId: !ImportValue network-Gateway, RouteTableId: !Ref EdgeTable")
        let topology = try Lint.topology(text)
        let edge = try #require(topology.edgeRouteTable(of: ResourceID(stack: "t", "InternetGateway")))
        #expect(edge.unknownReason?.english.contains("network-Gateway") == true)
    }

    @Test func firewallEndpointsFollowTheSubnetMappings() throws {
        let text = Self.template.replacingOccurrences(of: "!Select [1, !GetAtt Firewall.EndpointIds]", with: "!Select [2, !GetAtt Firewall.EndpointIds]")
        let routes = try #require(try Lint.topology(text).routeTables.first { $0.id.name == "Table" }).routes
        let target = try #require(routes.first { $0.id?.name == "ToFirewallB" }?.target.value)
        #expect(target.kind == .vpcEndpoint)
        #expect(target.id?.unknownReason?.english.contains("Fn::Select index 2 is out of range for a list of 2") == true, "\(String(describing: target.id))")
    }
}
