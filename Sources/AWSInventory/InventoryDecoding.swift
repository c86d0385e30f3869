internal import Localization
internal import Addresses

/// Turns the XML of each Describe call into inventory records. EC2 names fields in camelCase
/// inside `<xSet><item>` lists; ELBv2 in PascalCase inside `<Xs><member>` lists.
///
/// A field AWS left out stays nil (the model makes it unknown, so rules report *unverified*);
/// a record without its own id cannot be named at all and is dropped, with a warning that says
/// which call and field.
struct InventoryDecoding {
    /// What was dropped, for the user.
    private(set) var dropped: [LocalizedText] = []

    /// Each item that has its id field, decoded; the others dropped with a warning.
    mutating func records<Record>(_ items: [AWSXMLElement], _ call: AWSAction, idField: String, _ decode: (AWSXMLElement, String) -> Record) -> [Record] {
        items.compactMap { item in
            guard let id = item.string(idField), !id.isEmpty else {
                dropped.append(LocalizedText(InventoryWarning.itemWithoutID(call: call.rawValue, idField: idField)))
                return nil
            }
            return decode(item, id)
        }
    }

    static func vpc(_ item: AWSXMLElement, id: String) -> Inventory.VPC {
        Inventory.VPC(id: id, cidrBlock: item.string("cidrBlock"))
    }

    static func subnet(_ item: AWSXMLElement, id: String) -> Inventory.Subnet {
        Inventory.Subnet(
            id: id, vpcId: item.string("vpcId"), availabilityZone: item.string("availabilityZone"),
            cidrBlock: item.string("cidrBlock"), ipv6CidrBlocks: item.list("ipv6CidrBlockAssociationSet").compactMap { $0.string("ipv6CidrBlock") },
            tags: Dictionary(item.list("tagSet").compactMap { tag in tag.string("key").map { ($0, tag.string("value") ?? "") } }, uniquingKeysWith: { first, _ in first }))
    }

    /// Route target fields, in the order AWS fills them (an instance route also names its interface).
    static let routeTargetFields = [
        "gatewayId", "egressOnlyInternetGatewayId", "natGatewayId", "transitGatewayId", "vpcPeeringConnectionId",
        "instanceId", "networkInterfaceId", "vpcEndpointId", "carrierGatewayId", "coreNetworkArn", "localGatewayId",
    ]

    static func routeTable(_ item: AWSXMLElement, id: String) -> Inventory.RouteTable {
        Inventory.RouteTable(
            id: id, vpcId: item.string("vpcId"),
            routes: item.list("routeSet").map { route in
                let field = routeTargetFields.first { route.string($0) != nil }
                return Inventory.RouteTable.Route(
                    destinationCidrBlock: route.string("destinationCidrBlock"), destinationIpv6CidrBlock: route.string("destinationIpv6CidrBlock"),
                    destinationPrefixListId: route.string("destinationPrefixListId"), targetKind: field, targetId: field.flatMap { route.string($0) },
                    state: route.string("state"))
            },
            associations: item.list("associationSet").map {
                Inventory.RouteTable.Association(id: $0.string("routeTableAssociationId"), subnetId: $0.string("subnetId"), gatewayId: $0.string("gatewayId"), main: $0.string("main") == "true")
            })
    }

    static func gateway(_ item: AWSXMLElement, id: String) -> Inventory.Gateway {
        Inventory.Gateway(
            id: id,
            // An attachment without a state is reported as AWS lists attachments: attached.
            attachedVpcIds: item.list("attachmentSet").filter { ["attached", "available"].contains($0.string("state") ?? "attached") }.compactMap { $0.string("vpcId") })
    }

    static func natGateway(_ item: AWSXMLElement, id: String) -> Inventory.NATGateway {
        Inventory.NATGateway(id: id, vpcId: item.string("vpcId"), subnetId: item.string("subnetId"), state: item.string("state"))
    }

    static func vpcEndpoint(_ item: AWSXMLElement, id: String) -> Inventory.VPCEndpoint {
        Inventory.VPCEndpoint(
            id: id, type: item.string("vpcEndpointType"), vpcId: item.string("vpcId"),
            subnetIds: item.list("subnetIdSet").map(\.text).filter { !$0.isEmpty })
    }

    static func networkACL(_ item: AWSXMLElement, id: String) -> Inventory.NetworkACL {
        Inventory.NetworkACL(
            id: id, vpcId: item.string("vpcId"), isDefault: item.string("default") == "true",
            entries: item.list("entrySet").map { entry in
                Inventory.NetworkACL.Entry(
                    ruleNumber: entry.string("ruleNumber").flatMap { Int($0) }, ipProtocol: entry.string("protocol"),
                    action: entry.string("ruleAction"), egress: entry.string("egress") == "true",
                    cidrBlock: entry.string("cidrBlock"), ipv6CidrBlock: entry.string("ipv6CidrBlock"),
                    fromPort: entry.path("portRange/from").flatMap { Int($0.text) }, toPort: entry.path("portRange/to").flatMap { Int($0.text) })
            },
            subnetIds: item.list("associationSet").compactMap { $0.string("subnetId") })
    }

    static func securityGroup(_ item: AWSXMLElement, id: String) -> Inventory.SecurityGroup {
        func permissions(_ name: String) -> [Inventory.SecurityGroup.Permission] {
            item.list(name).map { permission in
                Inventory.SecurityGroup.Permission(
                    ipProtocol: permission.string("ipProtocol"),
                    fromPort: permission.string("fromPort").flatMap { Int($0) }, toPort: permission.string("toPort").flatMap { Int($0) },
                    ipv4Ranges: permission.list("ipRanges").compactMap { $0.string("cidrIp") },
                    ipv6Ranges: permission.list("ipv6Ranges").compactMap { $0.string("cidrIpv6") },
                    prefixListIds: permission.list("prefixListIds").compactMap { $0.string("prefixListId") },
                    groupIds: permission.list("groups").compactMap { $0.string("groupId") })
            }
        }
        return Inventory.SecurityGroup(
            id: id, name: item.string("groupName"), vpcId: item.string("vpcId"),
            ingress: permissions("ipPermissions"), egress: permissions("ipPermissionsEgress"))
    }

    static func networkInterface(_ item: AWSXMLElement, id: String) -> Inventory.NetworkInterface {
        Inventory.NetworkInterface(
            id: id, subnetId: item.string("subnetId"), description: item.string("description"),
            privateIpAddress: item.string("privateIpAddress").flatMap(IPAddress.init), publicIp: item.path("association/publicIp").flatMap { IPAddress($0.text) },
            instanceId: item.path("attachment/instanceId")?.text, groupIds: item.list("groupSet").compactMap { $0.string("groupId") })
    }

    static func loadBalancer(_ member: AWSXMLElement, arn: String) -> Inventory.LoadBalancer {
        // The name is part of the ARN (…:loadbalancer/app/NAME/ID) when the field is missing.
        let nameInARN = arn.components(separatedBy: ":loadbalancer/").last?.split(separator: "/").dropFirst().first.map(String.init)
        return Inventory.LoadBalancer(
            arn: arn, name: member.string("LoadBalancerName") ?? nameInARN ?? arn, dnsName: member.string("DNSName"),
            scheme: member.string("Scheme"), type: member.string("Type"),
            ipAddressType: member.string("IpAddressType"), vpcId: member.string("VpcId"),
            subnetIds: member.list("AvailabilityZones").compactMap { $0.string("SubnetId") },
            securityGroupIds: member.list("SecurityGroups").map(\.text), attributes: [:])
    }

    static func action(_ member: AWSXMLElement) -> Inventory.Action {
        var groups = member.string("TargetGroupArn").map { [$0] } ?? []
        for group in member.child("ForwardConfig")?.list("TargetGroups") ?? [] {
            if let arn = group.string("TargetGroupArn"), !groups.contains(arn) { groups.append(arn) }
        }
        let redirect = member.child("RedirectConfig")
        return Inventory.Action(
            type: member.string("Type"), targetGroupArns: groups, redirectProtocol: redirect?.string("Protocol"),
            redirectPort: redirect?.string("Port"), redirectHost: redirect?.string("Host"), redirectStatusCode: redirect?.string("StatusCode"))
    }

    static func listener(_ member: AWSXMLElement, arn: String) -> Inventory.Listener {
        Inventory.Listener(
            arn: arn, loadBalancerArn: member.string("LoadBalancerArn"),
            port: member.string("Port").flatMap { Int($0) }, protocol: member.string("Protocol"),
            certificateCount: member.list("Certificates").count, defaultActions: member.list("DefaultActions").map(action))
    }

    static func rule(_ member: AWSXMLElement, arn: String, listener: String) -> Inventory.ListenerRule {
        Inventory.ListenerRule(arn: arn, listenerArn: listener, actions: member.list("Actions").map(action))
    }

    static func targetGroup(_ member: AWSXMLElement, arn: String) -> Inventory.TargetGroup {
        Inventory.TargetGroup(
            arn: arn, name: member.string("TargetGroupName"), vpcId: member.string("VpcId"),
            port: member.string("Port").flatMap { Int($0) }, protocol: member.string("Protocol"), targetType: member.string("TargetType"), targets: [])
    }

    static func target(_ member: AWSXMLElement) -> Inventory.TargetGroup.Target? {
        guard let id = member.path("Target/Id")?.text, !id.isEmpty else { return nil }
        return Inventory.TargetGroup.Target(id: id, port: member.path("Target/Port").flatMap { Int($0.text) }, health: member.path("TargetHealth/State")?.text)
    }
}
