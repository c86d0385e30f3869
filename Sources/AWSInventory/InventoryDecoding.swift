/// Turns the XML of each Describe call into inventory records. EC2 names fields in camelCase
/// inside `<xSet><item>` lists; ELBv2 in PascalCase inside `<Xs><member>` lists.
enum InventoryDecoding {
    static func vpc(_ item: XMLNode) -> Inventory.VPC {
        Inventory.VPC(id: item.string("vpcId") ?? "", cidrBlock: item.string("cidrBlock"))
    }

    static func subnet(_ item: XMLNode) -> Inventory.Subnet {
        Inventory.Subnet(
            id: item.string("subnetId") ?? "", vpcId: item.string("vpcId") ?? "", availabilityZone: item.string("availabilityZone") ?? "",
            cidrBlock: item.string("cidrBlock"), ipv6CidrBlocks: item.list("ipv6CidrBlockAssociationSet").compactMap { $0.string("ipv6CidrBlock") })
    }

    /// Route target fields, in the order AWS fills them (an instance route also names its interface).
    static let routeTargetFields = [
        "gatewayId", "egressOnlyInternetGatewayId", "natGatewayId", "transitGatewayId", "vpcPeeringConnectionId",
        "instanceId", "networkInterfaceId", "vpcEndpointId", "carrierGatewayId", "coreNetworkArn", "localGatewayId",
    ]

    static func routeTable(_ item: XMLNode) -> Inventory.RouteTable {
        Inventory.RouteTable(
            id: item.string("routeTableId") ?? "", vpcId: item.string("vpcId") ?? "",
            routes: item.list("routeSet").map { route in
                let field = routeTargetFields.first { route.string($0) != nil }
                return Inventory.RouteTable.Route(
                    destinationCidrBlock: route.string("destinationCidrBlock"), destinationIpv6CidrBlock: route.string("destinationIpv6CidrBlock"),
                    destinationPrefixListId: route.string("destinationPrefixListId"), targetKind: field, targetId: field.flatMap { route.string($0) },
                    state: route.string("state"))
            },
            associations: item.list("associationSet").map {
                Inventory.RouteTable.Association(id: $0.string("routeTableAssociationId") ?? "", subnetId: $0.string("subnetId"), main: $0.string("main") == "true")
            })
    }

    static func gateway(_ item: XMLNode, idField: String) -> Inventory.Gateway {
        Inventory.Gateway(
            id: item.string(idField) ?? "",
            attachedVpcIds: item.list("attachmentSet").filter { ["attached", "available"].contains($0.string("state") ?? "attached") }.compactMap { $0.string("vpcId") })
    }

    static func natGateway(_ item: XMLNode) -> Inventory.NATGateway {
        Inventory.NATGateway(id: item.string("natGatewayId") ?? "", vpcId: item.string("vpcId"), subnetId: item.string("subnetId"), state: item.string("state"))
    }

    static func networkACL(_ item: XMLNode) -> Inventory.NetworkACL {
        Inventory.NetworkACL(
            id: item.string("networkAclId") ?? "", vpcId: item.string("vpcId") ?? "", isDefault: item.string("default") == "true",
            entries: item.list("entrySet").map { entry in
                Inventory.NetworkACL.Entry(
                    ruleNumber: Int(entry.string("ruleNumber") ?? "") ?? 32767, ipProtocol: entry.string("protocol") ?? "-1",
                    action: entry.string("ruleAction") ?? "deny", egress: entry.string("egress") == "true",
                    cidrBlock: entry.string("cidrBlock"), ipv6CidrBlock: entry.string("ipv6CidrBlock"),
                    fromPort: entry.path("portRange/from").flatMap { Int($0.text) }, toPort: entry.path("portRange/to").flatMap { Int($0.text) })
            },
            subnetIds: item.list("associationSet").compactMap { $0.string("subnetId") })
    }

    static func securityGroup(_ item: XMLNode) -> Inventory.SecurityGroup {
        func permissions(_ name: String) -> [Inventory.SecurityGroup.Permission] {
            item.list(name).map { permission in
                Inventory.SecurityGroup.Permission(
                    ipProtocol: permission.string("ipProtocol") ?? "-1",
                    fromPort: permission.string("fromPort").flatMap { Int($0) }, toPort: permission.string("toPort").flatMap { Int($0) },
                    ipv4Ranges: permission.list("ipRanges").compactMap { $0.string("cidrIp") },
                    ipv6Ranges: permission.list("ipv6Ranges").compactMap { $0.string("cidrIpv6") },
                    prefixListIds: permission.list("prefixListIds").compactMap { $0.string("prefixListId") },
                    groupIds: permission.list("groups").compactMap { $0.string("groupId") })
            }
        }
        return Inventory.SecurityGroup(
            id: item.string("groupId") ?? "", name: item.string("groupName") ?? "", vpcId: item.string("vpcId"),
            ingress: permissions("ipPermissions"), egress: permissions("ipPermissionsEgress"))
    }

    static func networkInterface(_ item: XMLNode) -> Inventory.NetworkInterface {
        Inventory.NetworkInterface(
            id: item.string("networkInterfaceId") ?? "", subnetId: item.string("subnetId"), description: item.string("description") ?? "",
            privateIpAddress: item.string("privateIpAddress"), publicIp: item.path("association/publicIp")?.text,
            instanceId: item.path("attachment/instanceId")?.text, groupIds: item.list("groupSet").compactMap { $0.string("groupId") })
    }

    static func loadBalancer(_ member: XMLNode) -> Inventory.LoadBalancer {
        Inventory.LoadBalancer(
            arn: member.string("LoadBalancerArn") ?? "", name: member.string("LoadBalancerName") ?? "", dnsName: member.string("DNSName"),
            scheme: member.string("Scheme") ?? "internet-facing", type: member.string("Type") ?? "application",
            ipAddressType: member.string("IpAddressType") ?? "ipv4", vpcId: member.string("VpcId"),
            subnetIds: member.list("AvailabilityZones").compactMap { $0.string("SubnetId") },
            securityGroupIds: member.list("SecurityGroups").map(\.text), attributes: [:])
    }

    static func action(_ member: XMLNode) -> Inventory.Action {
        var groups = member.string("TargetGroupArn").map { [$0] } ?? []
        for group in member.child("ForwardConfig")?.list("TargetGroups") ?? [] {
            if let arn = group.string("TargetGroupArn"), !groups.contains(arn) { groups.append(arn) }
        }
        let redirect = member.child("RedirectConfig")
        return Inventory.Action(
            type: member.string("Type") ?? "", targetGroupArns: groups, redirectProtocol: redirect?.string("Protocol"),
            redirectPort: redirect?.string("Port"), redirectHost: redirect?.string("Host"), redirectStatusCode: redirect?.string("StatusCode"))
    }

    static func listener(_ member: XMLNode) -> Inventory.Listener {
        Inventory.Listener(
            arn: member.string("ListenerArn") ?? "", loadBalancerArn: member.string("LoadBalancerArn") ?? "",
            port: member.string("Port").flatMap { Int($0) }, protocol: member.string("Protocol"),
            certificateCount: member.list("Certificates").count, defaultActions: member.list("DefaultActions").map(action))
    }

    static func rule(_ member: XMLNode, listener: String) -> Inventory.ListenerRule {
        Inventory.ListenerRule(arn: member.string("RuleArn") ?? "", listenerArn: listener, actions: member.list("Actions").map(action))
    }

    static func targetGroup(_ member: XMLNode) -> Inventory.TargetGroup {
        Inventory.TargetGroup(
            arn: member.string("TargetGroupArn") ?? "", name: member.string("TargetGroupName") ?? "", vpcId: member.string("VpcId"),
            port: member.string("Port").flatMap { Int($0) }, protocol: member.string("Protocol"), targetType: member.string("TargetType"), targets: [])
    }

    static func target(_ member: XMLNode) -> Inventory.TargetGroup.Target {
        Inventory.TargetGroup.Target(
            id: member.path("Target/Id")?.text ?? "", port: member.path("Target/Port").flatMap { Int($0.text) },
            health: member.path("TargetHealth/State")?.text)
    }
}
