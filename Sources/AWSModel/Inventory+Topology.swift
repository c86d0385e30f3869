internal import Addresses
public import Topology

// Inventory's own record types share these names; at file scope they mean the model's.
private typealias ModelVPC = VPC
private typealias ModelSubnet = Subnet
private typealias ModelRouteTable = RouteTable
private typealias ModelNetworkACL = NetworkACL
private typealias ModelSecurityGroup = SecurityGroup
private typealias ModelLoadBalancer = LoadBalancer
private typealias ModelListener = Listener
private typealias ModelListenerRule = ListenerRule
private typealias ModelTargetGroup = TargetGroup

extension Inventory {
    /// The same network model `lint` builds from templates, so the same rules run on it.
    public func topology() -> Topology {
        func id(_ text: String) -> ResourceID { ResourceID(text) }
        /// A field AWS left out is unknown, saying which call and which record lacked it.
        func known(_ text: String?, _ call: AWSAction, _ field: String, of record: String) -> Known<String> {
            text.map { .known($0) } ?? .unknown(.missingField(call: call.rawValue, field: field, record: record))
        }
        /// A field AWS left out of an entry of a network ACL is unknown, saying which call and which ACL.
        func entryField(_ text: String?, _ call: AWSAction, _ field: String, of acl: String) -> Known<String> {
            text.map { .known($0) } ?? .unknown(.entryFieldMissing(call: call.rawValue, field: field, acl: acl))
        }
        func reference(_ text: String?, _ call: AWSAction, _ field: String, of record: String) -> Known<ResourceID> {
            known(text, call, field, of: record).map(id)
        }
        let interfacesByInstance = Dictionary(grouping: networkInterfaces.filter { $0.instanceId != nil }, by: { $0.instanceId ?? "" })
        let interfacesByAddress = Dictionary(networkInterfaces.compactMap { eni in eni.privateIpAddress.map { ($0, eni) } }, uniquingKeysWith: { first, _ in first })

        let routeTables = self.routeTables.map { table in
            ModelRouteTable(
                id: id(table.id), vpc: reference(table.vpcId, .describeRouteTables, "vpcId", of: table.id),
                routes: table.routes.map { route in
                    let destination: Known<RouteDestination>
                    if let block = (route.destinationCidrBlock ?? route.destinationIpv6CidrBlock).flatMap(AddressBlock.init) {
                        destination = .known(.block(block))
                    } else if let list = route.destinationPrefixListId {
                        destination = .known(.prefixList(list))
                    } else {
                        destination = .unknown(.routeWithoutDestination)
                    }
                    return Route(destination: destination, target: Inventory.routeTarget(route))
                },
                isMain: table.associations.contains { $0.main })
        }
        let associations = self.routeTables.flatMap { table in
            table.associations.compactMap { association in
                association.subnetId.map { subnet in
                    SubnetRouteTableAssociation(id: id(association.id ?? "\(table.id)/\(subnet)"), subnet: .known(id(subnet)), routeTable: .known(id(table.id)))
                }
            }
        }
        let edgeAssociations = self.routeTables.flatMap { table in
            table.associations.compactMap { association in
                association.gatewayId.map { gateway in
                    GatewayRouteTableAssociation(id: id(association.id ?? "\(table.id)/\(gateway)"), gateway: .known(id(gateway)), routeTable: .known(id(table.id)))
                }
            }
        }
        let acls = networkACLs.map { acl in
            ModelNetworkACL(
                id: id(acl.id), vpc: reference(acl.vpcId, .describeNetworkAcls, "vpcId", of: acl.id),
                entries: acl.entries.map { entry in
                    let named: Known<String> = entry.ipProtocol.map { .known($0) } ?? .unknown(.entryProtocolMissing(acl: acl.id))
                    let ports: Known<PortRange> = named.flatMap { text in
                        guard let number = PortRange.protocolNumber(text) else { return .unknown(.entryProtocolUnknown(protocol: text, acl: acl.id)) }
                        // A TCP or UDP entry without a port range covers every port, as AWS shows it.
                        return .known((number == 6 || number == 17) && entry.fromPort != nil
                            ? PortRange(ipProtocol: number, from: entry.fromPort ?? 0, to: entry.toPort ?? 65535)
                            : PortRange(ipProtocol: number, from: 0, to: 65535))
                    }
                    return NetworkACLEntry(
                        ruleNumber: entry.ruleNumber.map { .known($0) } ?? .unknown(.entryFieldMissing(call: AWSAction.describeNetworkAcls.rawValue, field: "ruleNumber", acl: acl.id)),
                        egress: entry.egress,
                        action: entryField(entry.action, .describeNetworkAcls, "ruleAction", of: acl.id).flatMap { text in
                            NetworkACLEntry.Action(rawValue: text).map { .known($0) } ?? .unknown(.ruleActionUnknown(text))
                        },
                        ports: ports,
                        block: (entry.cidrBlock ?? entry.ipv6CidrBlock).flatMap(AddressBlock.init).map { .known($0) } ?? .unknown(.entryWithoutBlock))
                },
                isDefault: acl.isDefault)
        }
        let aclAssociations = networkACLs.flatMap { acl in
            acl.subnetIds.map { SubnetNetworkACLAssociation(id: id("\(acl.id)/\($0)"), subnet: .known(id($0)), networkACL: .known(id(acl.id))) }
        }
        let groups = securityGroups.map { group in
            ModelSecurityGroup(
                id: id(group.id), vpc: group.vpcId.map { .known(id($0)) } ?? .unknown(.classicSecurityGroup),
                ingress: group.ingress.flatMap(Inventory.rules), egress: group.egress.flatMap(Inventory.rules))
        }
        let balancers = loadBalancers.map { lb in
            let suffix = lb.arn.components(separatedBy: ":loadbalancer/").last ?? lb.name
            let nodes = networkInterfaces.filter { $0.description == "ELB \(suffix)" }.compactMap { eni in
                eni.subnetId.map { LoadBalancerNode(subnet: id($0), privateAddress: eni.privateIpAddress, publicAddress: eni.publicIp) }
            }
            return ModelLoadBalancer(
                id: id(lb.arn), name: lb.name,
                scheme: known(lb.scheme, .describeLoadBalancers, "Scheme", of: lb.name).flatMap { text in
                    ModelLoadBalancer.Scheme(rawValue: text).map { .known($0) } ?? .unknown(.schemeUnknown(text))
                },
                kind: known(lb.type, .describeLoadBalancers, "Type", of: lb.name).flatMap { text in
                    ModelLoadBalancer.Kind(rawValue: text).map { .known($0) } ?? .unknown(.typeUnknown(text))
                },
                ipAddressType: known(lb.ipAddressType, .describeLoadBalancers, "IpAddressType", of: lb.name).flatMap { text in
                    ModelLoadBalancer.IPAddressType(rawValue: text).map { .known($0) } ?? .unknown(.addressTypeUnknown(text))
                },
                subnets: .known(lb.subnetIds.map { .known(id($0)) }),
                securityGroups: .known(lb.securityGroupIds.map { .known(id($0)) }),
                attributes: lb.attributes.mapValues { .known($0) },
                nodes: nodes)
        }
        let listeners = self.listeners.map { listener in
            ModelListener(
                id: id(listener.arn), loadBalancer: reference(listener.loadBalancerArn, .describeListeners, "LoadBalancerArn", of: listener.arn),
                port: listener.port.map { .known($0) } ?? .unknown(.listenerWithoutPort),
                protocol: listener.protocol.map { .known($0) } ?? .unknown(.listenerWithoutProtocol),
                certificateCount: .known(listener.certificateCount),
                defaultActions: .known(listener.defaultActions.map(Inventory.action)))
        }
        let targetGroups = self.targetGroups.map { group in
            ModelTargetGroup(
                id: id(group.arn), vpc: group.vpcId.map { .known(id($0)) }, port: group.port.map { .known($0) }, protocol: group.protocol.map { .known($0) },
                members: group.targets.compactMap { target -> TargetMember? in
                    let interfaces: [Inventory.NetworkInterface]
                    switch group.targetType {
                    case "instance": interfaces = interfacesByInstance[target.id] ?? []
                    case "ip": interfaces = IPAddress(target.id).flatMap { interfacesByAddress[$0] }.map { [$0] } ?? []
                    default: return nil
                    }
                    let securityGroups: Known<[Known<ResourceID>]> = interfaces.isEmpty
                        ? .unknown(.noNetworkInterface(target: target.id))
                        : .known(Array(Set(interfaces.flatMap(\.groupIds))).sorted().map { .known(id($0)) })
                    return TargetMember(id: id(target.id), port: target.port.map { .known($0) }, securityGroups: securityGroups)
                })
        }
        return Topology(
            source: .account(region: region),
            vpcs: vpcs.map { ModelVPC(id: id($0.id), cidr: $0.cidrBlock.flatMap(IPv4Network.init).map { .known($0) } ?? .unknown(.vpcWithoutIPv4Block)) },
            subnets: subnets.map { subnet in
                ModelSubnet(
                    id: id(subnet.id), vpc: reference(subnet.vpcId, .describeSubnets, "vpcId", of: subnet.id),
                    availabilityZone: known(subnet.availabilityZone, .describeSubnets, "availabilityZone", of: subnet.id),
                    cidr: subnet.cidrBlock.flatMap(IPv4Network.init).map { .known($0) } ?? .unknown(.ipv6OnlySubnet),
                    ipv6Cidr: subnet.ipv6CidrBlocks.first.flatMap(IPv6Network.init).map { .known($0) },
                    tags: subnet.tags.map { .known($0.mapValues { .known($0) }) }
                        ?? .unknown(.snapshotWithoutSubnetTags))
            },
            routeTables: routeTables,
            routeTableAssociations: associations,
            gatewayRouteTableAssociations: edgeAssociations,
            internetGateways: internetGateways.map { InternetGateway(id: id($0.id)) },
            gatewayAttachments: internetGateways.flatMap { gateway in
                gateway.attachedVpcIds.map { GatewayAttachment(id: id("\(gateway.id)/\($0)"), vpc: .known(id($0)), internetGateway: .known(id(gateway.id))) }
            },
            networkACLs: acls,
            networkACLAssociations: aclAssociations,
            securityGroups: groups,
            loadBalancers: balancers,
            listeners: listeners,
            listenerRules: rules.map { rule in
                ModelListenerRule(id: id(rule.arn), listener: .known(id(rule.listenerArn)), actions: .known(rule.actions.map(Inventory.action)))
            },
            targetGroups: targetGroups,
            inspectionEndpoints: (vpcEndpoints ?? []).filter { $0.type?.lowercased() == "gatewayloadbalancer" }.map { endpoint in
                InspectionEndpointPlacement(id: id(endpoint.id), subnets: .known(endpoint.subnetIds.map { .known(id($0)) }))
            })
    }

    private static func routeTarget(_ route: Inventory.RouteTable.Route) -> Known<RouteTarget> {
        guard let field = route.targetKind, let target = route.targetId else { return .unknown(.routeWithoutTarget) }
        if route.state == "blackhole" {
            // The target is gone: model it as a gateway that is attached nowhere.
            return .known(RouteTarget(kind: target.hasPrefix("igw-") ? .internetGateway : .natGateway, id: .known(ResourceID(target))))
        }
        let kind: RouteTarget.Kind
        switch field {
        case "gatewayId":
            if target == "local" { return .known(.local) }
            kind = target.hasPrefix("vgw-") ? .virtualPrivateGateway : target.hasPrefix("vpce-") ? .vpcEndpoint : .internetGateway
        case "egressOnlyInternetGatewayId": kind = .egressOnlyInternetGateway
        case "natGatewayId": kind = .natGateway
        case "transitGatewayId": kind = .transitGateway
        case "vpcPeeringConnectionId": kind = .vpcPeeringConnection
        case "instanceId": kind = .instance
        case "networkInterfaceId": kind = .networkInterface
        case "vpcEndpointId": kind = .vpcEndpoint
        case "carrierGatewayId": kind = .carrierGateway
        case "coreNetworkArn": kind = .coreNetwork
        default: kind = .localGateway
        }
        return .known(RouteTarget(kind: kind, id: .known(ResourceID(target))))
    }

    private static func rules(_ permission: Inventory.SecurityGroup.Permission) -> [SecurityGroupRule] {
        let named: Known<String> = permission.ipProtocol.map { .known($0) } ?? .unknown(.permissionWithoutProtocol)
        let ports: Known<PortRange> = named.flatMap { text in
            guard let number = PortRange.protocolNumber(text) else { return .unknown(.protocolUnknown(text)) }
            return .known(number == -1 ? PortRange.all : PortRange(ipProtocol: number, from: permission.fromPort ?? 0, to: permission.toPort ?? 65535))
        }
        let peers: [SecurityGroupRule.Peer] = (permission.ipv4Ranges + permission.ipv6Ranges).compactMap(AddressBlock.init).map { .block($0) }
            + permission.prefixListIds.map { .prefixList($0) } + permission.groupIds.map { .securityGroup(ResourceID($0)) }
        return peers.map { SecurityGroupRule(ports: ports, peer: .known($0)) }
    }

    private static func action(_ action: Inventory.Action) -> ListenerAction {
        guard let type = action.type else { return .other("(DescribeListeners gave an action without Type)") }
        switch type {
        case "forward": return .forward(targetGroups: action.targetGroupArns.map { .known(ResourceID($0)) })
        case "redirect":
            return .redirect(ListenerAction.Redirect(
                protocol: .known(action.redirectProtocol ?? "#{protocol}"), port: .known(action.redirectPort ?? "#{port}"),
                host: .known(action.redirectHost ?? "#{host}"), statusCode: .known(action.redirectStatusCode ?? "HTTP_301")))
        case "fixed-response": return .fixedResponse
        case "authenticate-oidc", "authenticate-cognito": return .authenticate
        default: return .other(type)
        }
    }
}
