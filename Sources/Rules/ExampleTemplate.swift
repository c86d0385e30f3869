/// Building blocks for rule examples, so each example shows only what matters to its rule.
/// Every block is a set of resources indented two spaces, to follow `Resources:`.
enum ExampleTemplate {
    /// A whole template from resource blocks.
    static func template(_ blocks: String...) -> String {
        "Resources:\n" + blocks.joined(separator: "\n") + "\n"
    }

    /// A VPC with an attached internet gateway and a public route table sending 0.0.0.0/0 to it.
    static let publicNetwork = """
          VPC:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          InternetGateway:
            Type: AWS::EC2::InternetGateway
          GatewayAttachment:
            Type: AWS::EC2::VPCGatewayAttachment
            Properties:
              VpcId: !Ref VPC
              InternetGatewayId: !Ref InternetGateway
          PublicRouteTable:
            Type: AWS::EC2::RouteTable
            Properties:
              VpcId: !Ref VPC
          DefaultRoute:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: !Ref PublicRouteTable
              DestinationCidrBlock: 0.0.0.0/0
              GatewayId: !Ref InternetGateway
        """

    /// A subnet in the `az`-th Availability Zone; `routeTable` adds its association.
    /// `marked` puts the `↓` marker on its logical id.
    static func subnet(_ name: String, az: Int, cidr: String, routeTable: String? = "PublicRouteTable", marked: Bool = false, tags: [(key: String, value: String)] = []) -> String {
        var text = """
              \(marked ? "↓" : "")\(name):
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref VPC
                  AvailabilityZone: !Select [\(az), !GetAZs '']
                  CidrBlock: \(cidr)
            """
        if !tags.isEmpty {
            text += "\n      Tags:" + tags.map { "\n        - { Key: \($0.key), Value: '\($0.value)' }" }.joined()
        }
        if let routeTable {
            text += """
                \n  \(name)Association:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties:
                      SubnetId: !Ref \(name)
                      RouteTableId: !Ref \(routeTable)
                """
        }
        return text
    }

    /// Two public subnets, `SubnetA` and `SubnetB`, in two AZs.
    static let twoPublicSubnets = subnet("SubnetA", az: 0, cidr: "10.0.0.0/24") + "\n" + subnet("SubnetB", az: 1, cidr: "10.0.1.0/24")

    /// A security group admitting 80 and 443 from everywhere.
    static let openSecurityGroup = """
          LoadBalancerSecurityGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: public web
              VpcId: !Ref VPC
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0 }
                - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
        """

    /// An application load balancer in the given subnets with `LoadBalancerSecurityGroup`
    /// and connection logs on. `extra` adds property lines (indented six spaces).
    static func loadBalancer(
        subnets: [String] = ["SubnetA", "SubnetB"],
        scheme: String = "internet-facing",
        extra: String = "",
        marked: Bool = false
    ) -> String {
        var text = """
              \(marked ? "↓" : "")LoadBalancer:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Scheme: \(scheme)
                  Subnets: [\(subnets.map { "!Ref \($0)" }.joined(separator: ", "))]
                  SecurityGroups: [!Ref LoadBalancerSecurityGroup]
                  LoadBalancerAttributes:
                    - { Key: connection_logs.s3.enabled, Value: 'true' }
                    - { Key: connection_logs.s3.bucket, Value: my-logs }
            """
        if !extra.isEmpty { text += "\n" + extra }
        return text
    }

    /// An HTTPS listener on 443 with a certificate, forwarding nowhere in particular.
    static let httpsListener = """
          HttpsListener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref LoadBalancer
              Port: 443
              Protocol: HTTPS
              Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/1 }]
              DefaultActions: [{ Type: fixed-response, FixedResponseConfig: { StatusCode: '200' } }]
        """

    /// The endpoint of the `index`-th subnet mapping of `Firewall`, as templates write it.
    static func firewallEndpoint(_ index: Int) -> String {
        "!Select [1, !Split [\":\", !Select [\(index), !GetAtt Firewall.EndpointIds]]]"
    }

    /// Distributed inspection with an AWS Network Firewall: firewall subnets in two zones on the
    /// public route table, `SubnetA` and `SubnetB` sending 0.0.0.0/0 to the firewall endpoint
    /// `endpoints[0]` and `endpoints[1]`, and the internet gateway's edge route table sending each
    /// subnet's block to `edgeRoutes[name]` (an endpoint expression; a missing name, no route;
    /// nil, no edge route table at all). `marked` puts `↓` on those subnets.
    /// `unroutedFirewallSubnets` are left on the VPC's main route table.
    static func inspectedNetwork(
        endpoints: [String] = [firewallEndpoint(0), firewallEndpoint(1)],
        edgeRoutes: [String: String]?,
        unroutedFirewallSubnets: Set<String> = [],
        marked: Set<String> = []
    ) -> String {
        func firewallSubnet(_ name: String, az: Int, cidr: String) -> String {
            subnet(name, az: az, cidr: cidr, routeTable: unroutedFirewallSubnets.contains(name) ? nil : "PublicRouteTable", marked: marked.contains(name))
        }
        var blocks = [
            publicNetwork,
            firewallSubnet("FirewallSubnetA", az: 0, cidr: "10.0.100.0/28"),
            firewallSubnet("FirewallSubnetB", az: 1, cidr: "10.0.100.16/28"),
            """
              Firewall:
                Type: AWS::NetworkFirewall::Firewall
                Properties:
                  FirewallName: inspection
                  FirewallPolicyArn: arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/inspection
                  VpcId: !Ref VPC
                  SubnetMappings: [{ SubnetId: !Ref FirewallSubnetA }, { SubnetId: !Ref FirewallSubnetB }]
            """,
        ]
        for (index, name) in ["SubnetA", "SubnetB"].enumerated() {
            blocks.append(subnet(name, az: index, cidr: "10.0.\(index).0/24", routeTable: "\(name)RouteTable", marked: marked.contains(name)))
            blocks.append("""
                  \(name)RouteTable:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref VPC }
                  \(name)DefaultRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref \(name)RouteTable
                      DestinationCidrBlock: 0.0.0.0/0
                      VpcEndpointId: \(endpoints[index])
                """)
        }
        if let edgeRoutes {
            blocks.append("""
                  EdgeRouteTable:
                    Type: AWS::EC2::RouteTable
                    Properties: { VpcId: !Ref VPC }
                  EdgeRouteTableAssociation:
                    Type: AWS::EC2::GatewayRouteTableAssociation
                    Properties: { GatewayId: !Ref InternetGateway, RouteTableId: !Ref EdgeRouteTable }
                """)
            for (index, name) in ["SubnetA", "SubnetB"].enumerated() {
                guard let endpoint = edgeRoutes[name] else { continue }
                blocks.append("""
                      \(name)ReturnRoute:
                        Type: AWS::EC2::Route
                        Properties:
                          RouteTableId: !Ref EdgeRouteTable
                          DestinationCidrBlock: 10.0.\(index).0/24
                          VpcEndpointId: \(endpoint)
                    """)
            }
        }
        return blocks.joined(separator: "\n")
    }

    /// A deployment as the incident's engineers meant it: public network, two public subnets, open
    /// security group, load balancer and HTTPS listener.
    static let healthy = template(publicNetwork, twoPublicSubnets, openSecurityGroup, loadBalancer(), httpsListener)
}
