public import Topology

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

    /// `!Ref X` within a stack, or a pointer to the export when it lives elsewhere.
    static func reference(to id: ResourceID, from other: ResourceID) -> String {
        if id.stack == other.stack { return "!Ref \(id.name)" }
        return "!ImportValue <the export of \(id.name) from stack \(id.stack ?? "?")>"
    }
}
