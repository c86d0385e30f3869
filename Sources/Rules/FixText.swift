internal import Topology

/// Fixes worded for where the model came from: a template snippet for `lint`, an AWS CLI
/// command for `aws`.
enum FixText {
    /// Makes `subnet` use `routeTable`.
    static func associate(_ subnet: Subnet, with routeTable: RouteTable, source: Topology.Source) -> String {
        switch source {
        case .templates:
            let reference = reference(to: routeTable.id, from: subnet.id)
            return """
            Add to the stack \(subnet.id.stack ?? "that defines \(subnet.id.name)"):
              \(subnet.id.name)RouteTableAssociation:
                Type: AWS::EC2::SubnetRouteTableAssociation
                Properties:
                  SubnetId: !Ref \(subnet.id.name)
                  RouteTableId: \(reference)
            """
        case .account:
            return "aws ec2 associate-route-table --subnet-id \(subnet.id.name) --route-table-id \(routeTable.id.name)"
        }
    }

    /// Adds a default route to `gateway` in `routeTable`.
    static func addRoute(_ destination: String, to gateway: ResourceID, in routeTable: RouteTable, source: Topology.Source) -> String {
        let ipv6 = destination.contains(":")
        switch source {
        case .templates:
            return """
            Add a route to \(routeTable.id.name):
              \(routeTable.id.name)\(ipv6 ? "IPv6" : "")DefaultRoute:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: \(reference(to: routeTable.id, from: gateway))
                  \(ipv6 ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock"): \(destination)
                  GatewayId: \(reference(to: gateway, from: routeTable.id))
            """
        case .account:
            let flag = ipv6 ? "--destination-ipv6-cidr-block" : "--destination-cidr-block"
            return "aws ec2 create-route --route-table-id \(routeTable.id.name) \(flag) \(destination) --gateway-id \(gateway.name)"
        }
    }

    /// Attaches an internet gateway to a VPC.
    static func attach(_ gateway: ResourceID, to vpc: String, source: Topology.Source) -> String {
        switch source {
        case .templates:
            """
            Add to the stack \(gateway.stack ?? "that defines \(gateway.name)"), and give the route `DependsOn: \(gateway.name)Attachment`:
              \(gateway.name)Attachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref \(vpc)
                  InternetGatewayId: !Ref \(gateway.name)
            """
        case .account:
            "aws ec2 attach-internet-gateway --internet-gateway-id \(gateway.name) --vpc-id \(vpc)"
        }
    }

    /// A new public route table for `subnet`, with the internet gateway it needs.
    static func newPublicRouteTable(for subnet: Subnet, gateway: ResourceID?, source: Topology.Source) -> String {
        let vpc = subnet.vpc.value?.name ?? "<the VPC>"
        switch source {
        case .templates:
            var lines = ["Add to the stack \(subnet.id.stack ?? "that defines \(subnet.id.name)"):"]
            let gatewayRef: String
            if let gateway {
                gatewayRef = reference(to: gateway, from: subnet.id)
            } else {
                gatewayRef = "!Ref InternetGateway"
                lines += [
                    "  InternetGateway:", "    Type: AWS::EC2::InternetGateway",
                    "  InternetGatewayAttachment:", "    Type: AWS::EC2::VPCGatewayAttachment", "    Properties:",
                    "      VpcId: !Ref \(vpc)", "      InternetGatewayId: !Ref InternetGateway",
                ]
            }
            lines += [
                "  PublicRouteTable:", "    Type: AWS::EC2::RouteTable", "    Properties:", "      VpcId: !Ref \(vpc)",
                "  PublicDefaultRoute:", "    Type: AWS::EC2::Route", "    Properties:", "      RouteTableId: !Ref PublicRouteTable",
                "      DestinationCidrBlock: 0.0.0.0/0", "      GatewayId: \(gatewayRef)",
                "  \(subnet.id.name)RouteTableAssociation:", "    Type: AWS::EC2::SubnetRouteTableAssociation", "    Properties:",
                "      SubnetId: !Ref \(subnet.id.name)", "      RouteTableId: !Ref PublicRouteTable",
            ]
            return lines.joined(separator: "\n")
        case .account:
            let create = gateway == nil
                ? "aws ec2 create-internet-gateway; aws ec2 attach-internet-gateway --vpc-id \(vpc) --internet-gateway-id IGW; "
                : ""
            return create + "aws ec2 create-route-table --vpc-id \(vpc); aws ec2 create-route --route-table-id RTB --destination-cidr-block 0.0.0.0/0 --gateway-id \(gateway?.name ?? "IGW"); aws ec2 associate-route-table --subnet-id \(subnet.id.name) --route-table-id RTB"
        }
    }

    /// Admits `port` from `source` (a CIDR block or a security group) in `group`.
    static func admit(port: Int, from source: SecurityGroupRule.Peer, into group: ResourceID?, source origin: Topology.Source) -> String {
        switch origin {
        case .templates:
            let peer: String
            switch source {
            case .block(let block): peer = block.isIPv6 ? "CidrIpv6: \(block)" : "CidrIp: \(block)"
            case .securityGroup(let id): peer = "SourceSecurityGroupId: \(group.map { reference(to: id, from: $0) } ?? "!Ref \(id.name)")"
            case .prefixList(let id): peer = "SourcePrefixListId: \(id)"
            }
            return "Add to the SecurityGroupIngress of \(group?.name ?? "the security group"): { IpProtocol: tcp, FromPort: \(port), ToPort: \(port), \(peer) }"
        case .account:
            let peer: String
            switch source {
            case .block(let block): peer = block.isIPv6 ? "--ip-permissions IpProtocol=tcp,FromPort=\(port),ToPort=\(port),Ipv6Ranges=[{CidrIpv6=\(block)}]" : "--protocol tcp --port \(port) --cidr \(block)"
            case .securityGroup(let id): peer = "--protocol tcp --port \(port) --source-group \(id.name)"
            case .prefixList(let id): peer = "--ip-permissions IpProtocol=tcp,FromPort=\(port),ToPort=\(port),PrefixListIds=[{PrefixListId=\(id)}]"
            }
            return "aws ec2 authorize-security-group-ingress --group-id \(group?.name ?? "SG") \(peer)"
        }
    }

    /// Turns on connection logs for a load balancer.
    static func enableConnectionLogs(_ loadBalancer: LoadBalancer, source: Topology.Source) -> String {
        switch source {
        case .templates:
            return """
            Add to \(loadBalancer.id.name)'s LoadBalancerAttributes:
              - Key: connection_logs.s3.enabled
                Value: 'true'
              - Key: connection_logs.s3.bucket
                Value: <a bucket the load balancer may write to>
            """
        case .account:
            return "aws elbv2 modify-load-balancer-attributes --load-balancer-arn \(loadBalancer.id.name) --attributes Key=connection_logs.s3.enabled,Value=true Key=connection_logs.s3.bucket,Value=BUCKET"
        }
    }

    /// Adds an HTTPS listener on `port`.
    static func addHTTPSListener(to loadBalancer: LoadBalancer, port: Int, source: Topology.Source) -> String {
        switch source {
        case .templates:
            return """
            Add to the stack \(loadBalancer.id.stack ?? "of \(loadBalancer.displayName)"):
              HttpsListener:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref \(loadBalancer.id.name)
                  Port: \(port)
                  Protocol: HTTPS
                  Certificates: [{ CertificateArn: <your ACM certificate ARN> }]
                  DefaultActions: [<forward to your target group>]
            """
        case .account:
            return "aws elbv2 create-listener --load-balancer-arn \(loadBalancer.id.name) --protocol HTTPS --port \(port) --certificates CertificateArn=ACM_ARN --default-actions Type=forward,TargetGroupArn=TG_ARN"
        }
    }

    /// Gives a TLS listener a certificate.
    static func addCertificate(to listener: Listener, source: Topology.Source) -> String {
        switch source {
        case .templates: "Add to \(listener.id.name)'s Properties: Certificates: [{ CertificateArn: <ACM certificate ARN for the site's name> }]"
        case .account: "aws elbv2 modify-listener --listener-arn \(listener.id.name) --certificates CertificateArn=ACM_ARN"
        }
    }

    /// An allow entry in a network ACL, numbered before the denying one.
    static func allowInNetworkACL(_ acl: NetworkACL, below number: Int, egress: Bool, ipv6: Bool, ports: ClosedRange<Int>, source: Topology.Source) -> String {
        let block = ipv6 ? "::/0" : "0.0.0.0/0"
        switch source {
        case .templates:
            return "Add an AWS::EC2::NetworkAclEntry to \(acl.id.name) numbered below \(number): { RuleAction: allow, Protocol: 6, \(egress ? "Egress: true, " : "")\(ipv6 ? "Ipv6CidrBlock" : "CidrBlock"): \(block), PortRange: { From: \(ports.lowerBound), To: \(ports.upperBound) } }"
        case .account:
            return "aws ec2 create-network-acl-entry --network-acl-id \(acl.id.name) --rule-number \(max(1, number - 1)) --protocol tcp --rule-action allow \(egress ? "--egress" : "--ingress") \(ipv6 ? "--ipv6-cidr-block" : "--cidr-block") \(block) --port-range From=\(ports.lowerBound),To=\(ports.upperBound)"
        }
    }

    /// How a template or the CLI names an inspecting endpoint: a Network Firewall's by the
    /// usual `!Select`/`!Split` of its `EndpointIds`, a resource by `!Ref`, an AWS id as is.
    static func endpoint(_ endpoint: RouteTarget, from other: ResourceID, source: Topology.Source) -> String {
        guard case .known(let id)? = endpoint.id else { return "<the endpoint of the subnet's default route>" }
        if case .account = source { return id.name }
        if let firewall = endpoint.firewall, let open = id.name.firstRange(of: "EndpointIds["), let close = id.name[open.upperBound...].firstIndex(of: "]") {
            let index = id.name[open.upperBound..<close]
            return "!Select [1, !Split [\":\", !Select [\(index), !GetAtt \(firewall.name).EndpointIds]]]"
        }
        if id.stack == nil { return id.name }
        if id.name.contains("."), id.stack == other.stack { return "!GetAtt \(id.name)" }
        return reference(to: id, from: other)
    }

    /// A route in an edge route table that sends a subnet's block back through the endpoint
    /// its default route uses; `replacing` rewrites the route that goes elsewhere instead.
    static func edgeRoute(for subnet: Subnet, block: String, through endpoint: RouteTarget, in edge: RouteTable, replacing route: Route?, source: Topology.Source) -> String {
        let value = FixText.endpoint(endpoint, from: edge.id, source: source)
        switch source {
        case .templates:
            if let route, let id = route.id {
                return "Make \(id.name) (\(route.destination.value?.description ?? block)) in \(edge.id.name) go through the endpoint \(subnet.id.name)'s own default route uses:\n  VpcEndpointId: \(value)"
            }
            return """
            Add to the stack \(edge.id.stack ?? "that defines \(edge.id.name)"):
              \(subnet.id.name)ReturnRoute:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: \(reference(to: edge.id, from: subnet.id))
                  \(block.contains(":") ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock"): \(block)
                  VpcEndpointId: \(value)
            """
        case .account:
            let verb = route == nil ? "create-route" : "replace-route"
            let destination = route?.destination.value?.description ?? block
            return "aws ec2 \(verb) --route-table-id \(edge.id.name) \(destination.contains(":") ? "--destination-ipv6-cidr-block" : "--destination-cidr-block") \(destination) --vpc-endpoint-id \(value)"
        }
    }

    /// An edge route table for an internet gateway, with the route that sends a subnet's block
    /// through the endpoint its default route uses.
    static func newEdgeRouteTable(for subnet: Subnet, block: String, through endpoint: RouteTarget, gateway: ResourceID, source: Topology.Source) -> String {
        let vpc = subnet.vpc.value?.name ?? "<the VPC>"
        switch source {
        case .templates:
            return """
            Add to the stack \(subnet.id.stack ?? "that defines \(subnet.id.name)"):
              EdgeRouteTable:
                Type: AWS::EC2::RouteTable
                Properties:
                  VpcId: !Ref \(vpc)
              EdgeRouteTableAssociation:
                Type: AWS::EC2::GatewayRouteTableAssociation
                Properties:
                  GatewayId: \(reference(to: gateway, from: subnet.id))
                  RouteTableId: !Ref EdgeRouteTable
              \(subnet.id.name)ReturnRoute:
                Type: AWS::EC2::Route
                Properties:
                  RouteTableId: !Ref EdgeRouteTable
                  \(block.contains(":") ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock"): \(block)
                  VpcEndpointId: \(FixText.endpoint(endpoint, from: subnet.id, source: source))
            """
        case .account:
            return "aws ec2 create-route-table --vpc-id \(vpc); aws ec2 associate-route-table --route-table-id RTB --gateway-id \(gateway.name); aws ec2 create-route --route-table-id RTB \(block.contains(":") ? "--destination-ipv6-cidr-block" : "--destination-cidr-block") \(block) --vpc-endpoint-id \(FixText.endpoint(endpoint, from: subnet.id, source: source))"
        }
    }

    /// `!Ref X` within a stack, or a pointer to the export when it lives elsewhere.
    static func reference(to id: ResourceID, from other: ResourceID) -> String {
        if id.stack == other.stack { return "!Ref \(id.name)" }
        return "!ImportValue <the export of \(id.name) from stack \(id.stack ?? "?")>"
    }
}
