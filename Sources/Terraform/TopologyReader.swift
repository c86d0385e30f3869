internal import Addresses
internal import Findings
internal import HCL
internal import Localization
internal import Topology

/// Turns the resources of a configuration into the network model, as the CloudFormation
/// reader does for templates. Ids are Terraform addresses (`aws_subnet.public[1]`).
struct TopologyReader {
    let region: String
    /// Every module instance of a configuration, the root module first; none for plans and states.
    let modules: ModuleWalk
    /// Resource blocks whose `count` or `for_each` is unknown, with why and where.
    private(set) var unexpanded: [(address: String, reason: LocalizedText, location: Location)] = []

    /// The resources of a configuration and of the modules it calls, evaluated.
    init(evaluator: Evaluator) {
        modules = ModuleWalk(root: evaluator)
        region = evaluator.region
    }

    /// Resources read from plans or states.
    init(region: String) {
        modules = ModuleWalk()
        self.region = region
    }

    mutating func build() -> Topology {
        var all: [ResourceInstance] = []
        // An association whose count or for_each is unknown could be any subnet's: each
        // subnet's route table is then unknown, not the main one.
        var unexpandedAssociations: [SubnetRouteTableAssociation] = []
        // Likewise an `aws_route` whose instances are unknown may be in the tables it names.
        var unexpandedRoutes: [UnexpandedRoute] = []
        for module in modules.evaluators {
            for block in module.configuration.resources {
                let (instances, unknown) = module.instances(of: block)
                let location = Location(module.position(of: block))
                if let unknown {
                    let address = module.path + "\(block.labels[0]).\(block.labels[1])"
                    unexpanded.append((address, unknown, location))
                    if block.labels[0] == "aws_route_table_association" {
                        unexpandedAssociations.append(SubnetRouteTableAssociation(id: ResourceID(address), location: location, subnet: .unknown(reason: unknown), routeTable: .unknown(reason: unknown)))
                    }
                    if block.labels[0] == "aws_route" {
                        unexpandedRoutes.append(UnexpandedRoute(block: block, address: address, reason: unknown, location: location, module: module))
                    }
                }
                all += instances.map { ResourceInstance(address: $0.address, type: block.labels[0], location: location, instance: $0, evaluator: module) }
            }
        }
        return build(all, unexpandedAssociations: unexpandedAssociations, unexpandedRoutes: unexpandedRoutes)
    }

    /// The network model of these resource instances.
    func build(_ all: [ResourceInstance], unexpandedAssociations: [SubnetRouteTableAssociation] = [], unexpandedRoutes: [UnexpandedRoute] = []) -> Topology {
        func of(_ types: String...) -> [ResourceInstance] { all.filter { types.contains($0.type) } }

        let vpcs = of("aws_vpc").map { r in
            VPC(id: r.id, location: r.location, cidr: ipv4(r["cidr_block"].or(.ipamCIDR(address: r.address)), .argument("cidr_block", of: r.address)))
        }
        let subnets = of("aws_subnet").map { r in
            Subnet(
                id: r.id, location: r.location, vpc: r["vpc_id"].or(.lacksArgument(owner: r.address, argument: "vpc_id")).resourceID(.argument("vpc_id", of: r.address)),
                availabilityZone: (r["availability_zone"] ?? r["availability_zone_id"]).or(.subnetWithoutZone(address: r.address)).known(.argument("availability_zone", of: r.address)),
                cidr: ipv4(r["cidr_block"].or(.cidrAtApply(address: r.address)), .argument("cidr_block", of: r.address)),
                ipv6Cidr: r["ipv6_cidr_block"].map { value in value.known(.argument("ipv6_cidr_block", of: r.address)).flatMap { text in IPv6Network(text).map { .known($0) } ?? .unknown(.notIPv6Block(text: text)) } },
                tags: tags(r),
                moduleInput: r.moduleInput)
        }

        var routesByTable: [ResourceID: [Route]] = [:]
        for r in of("aws_route") {
            let route = Route(id: r.id, location: r.location, destination: destination { r[$0] }, target: target({ r[$0] }, of: r.address))
            if let table = r["route_table_id"]?.resourceID(.verbatim("route_table_id")).value { routesByTable[table, default: []].append(route) }
        }
        func inlineRoutes(_ r: ResourceInstance) -> [Route] {
            let (blocks, unknown) = r.blocksAndUnknown("route")
            let routes = blocks.map { route in
                Route(location: route.location, destination: destination { route.arguments[$0] }, target: target({ route.arguments[$0] }, of: r.address))
            }
            // Routes that are not known stand as one route of unknown destination, so that no
            // rule reads the table as without them.
            guard let unknown else { return routes }
            let reason = LocalizedText(TerraformModelReason.routesNotAllKnown(address: r.address, reason: unknown))
            return routes + [Route(location: r.location, destination: .unknown(reason: reason), target: .unknown(reason: reason))]
        }
        var mainTables: [ResourceID: ResourceID] = [:]
        for r in of("aws_main_route_table_association") {
            if let vpc = r["vpc_id"]?.resourceID(.verbatim("")).value, let table = r["route_table_id"]?.resourceID(.verbatim("")).value { mainTables[vpc] = table }
        }
        var routeTables = of("aws_route_table").map { r in
            let vpc = r["vpc_id"].or(.lacksArgument(owner: r.address, argument: "vpc_id")).resourceID(.argument("vpc_id", of: r.address))
            return RouteTable(id: r.id, location: r.location, vpc: vpc, routes: inlineRoutes(r) + (routesByTable[r.id] ?? []),
                              isMain: vpc.value.map { mainTables[$0] == r.id } ?? false)
        }
        var declaredMain: Set<ResourceID> = Set(mainTables.keys)
        for r in of("aws_default_route_table") {
            // The VPC's main table, declared: `default_route_table_id = aws_vpc.X.default_route_table_id`.
            guard let implicit = r["default_route_table_id"]?.resourceID(.verbatim("")).value, implicit.name.hasSuffix(RouteTable.implicitMainSuffix) else { continue }
            let vpc = ResourceID(String(implicit.name.dropLast(RouteTable.implicitMainSuffix.count)))
            guard mainTables[vpc] == nil else { continue }
            declaredMain.insert(vpc)
            routeTables.append(RouteTable(id: r.id, location: r.location, vpc: .known(vpc), routes: inlineRoutes(r) + (routesByTable[implicit] ?? []) + (routesByTable[r.id] ?? []), isMain: true))
        }
        routeTables += vpcs.filter { !declaredMain.contains($0.id) }.map { vpc in
            var table = RouteTable.implicitMain(of: vpc)
            table.routes += routesByTable[table.id] ?? []
            return table
        }
        routeTables = routeTables.map { table in
            var table = refiningEndpoints(table, all)
            table.routes += unexpandedRoutes.filter { $0.mayBeIn(table.id) }.map(\.placeholder)
            return table
        }

        var gatewayAttachments: [GatewayAttachment] = []
        for r in of("aws_internet_gateway") {
            if let vpc = r["vpc_id"] { gatewayAttachments.append(GatewayAttachment(id: r.id, location: r.location, vpc: vpc.resourceID(.argument("vpc_id", of: r.address)), internetGateway: .known(r.id))) }
        }
        for r in of("aws_internet_gateway_attachment") {
            gatewayAttachments.append(GatewayAttachment(
                id: r.id, location: r.location, vpc: r["vpc_id"].or(.lacksArgument(owner: r.address, argument: "vpc_id")).resourceID(.argument("vpc_id", of: r.address)),
                internetGateway: r["internet_gateway_id"].or(.lacksArgument(owner: r.address, argument: "internet_gateway_id")).resourceID(.argument("internet_gateway_id", of: r.address))))
        }

        let loadBalancers = of("aws_lb", "aws_alb").map { r in loadBalancer(r) }
        let listeners = of("aws_lb_listener", "aws_alb_listener").map { r in
            Listener(
                id: r.id, location: r.location,
                loadBalancer: r["load_balancer_arn"].or(.lacksArgument(owner: r.address, argument: "load_balancer_arn")).resourceID(.argument("load_balancer_arn", of: r.address)),
                port: r["port"].map { $0.knownInt(.argument("port", of: r.address)) } ?? .unknown(.lacksArgument(owner: r.address, argument: "port")),
                protocol: (r["protocol"] ?? .string("HTTP")).known(.argument("protocol", of: r.address)).map { $0.uppercased() },
                certificateCount: .known((r["certificate_arn"] == nil || r["certificate_arn"] == .null ? 0 : 1) + of("aws_lb_listener_certificate").filter { $0["listener_arn"]?.resourceID(.verbatim("")).value == r.id }.count),
                defaultActions: .known(r.blocks("default_action").map { action($0.arguments) }))
        }
        let securityGroups = self.securityGroups(all)
        let targetGroups = of("aws_lb_target_group", "aws_alb_target_group").map { r in
            TargetGroup(id: r.id, location: r.location, vpc: r["vpc_id"].map { $0.resourceID(.argument("vpc_id", of: r.address)) },
                        port: r["port"].map { $0.knownInt(.argument("port", of: r.address)) }, protocol: r["protocol"].map { $0.known(.argument("protocol", of: r.address)) })
        }

        return Topology(
            source: .terraform(region: region),
            vpcs: vpcs, subnets: subnets, routeTables: routeTables,
            routeTableAssociations: of("aws_route_table_association").compactMap { r in
                guard r["gateway_id"] == nil else { return nil }
                return SubnetRouteTableAssociation(id: r.id, location: r.location, subnet: r["subnet_id"].or(.lacksArgument(owner: r.address, argument: "subnet_id")).resourceID(.argument("subnet_id", of: r.address)),
                                                   routeTable: r["route_table_id"].or(.lacksArgument(owner: r.address, argument: "route_table_id")).resourceID(.argument("route_table_id", of: r.address)))
            } + unexpandedAssociations,
            gatewayRouteTableAssociations: of("aws_route_table_association").compactMap { r in
                // An edge association: the route table of traffic arriving through the gateway.
                guard let gateway = r["gateway_id"] else { return nil }
                return GatewayRouteTableAssociation(id: r.id, location: r.location, gateway: gateway.resourceID(.argument("gateway_id", of: r.address)),
                                                    routeTable: r["route_table_id"].or(.lacksArgument(owner: r.address, argument: "route_table_id")).resourceID(.argument("route_table_id", of: r.address)))
            },
            internetGateways: of("aws_internet_gateway").map { InternetGateway(id: $0.id, location: $0.location) },
            gatewayAttachments: gatewayAttachments,
            networkACLs: networkACLs(all, vpcs: vpcs),
            networkACLAssociations: networkACLAssociations(all),
            securityGroups: securityGroups,
            loadBalancers: loadBalancers, listeners: listeners, targetGroups: targetGroups,
            elasticIPs: of("aws_eip").map { ElasticIP(id: $0.id, location: $0.location) },
            elasticIPHolders: elasticIPHolders(all),
            inspectionEndpoints: inspectionEndpoints(all))
    }

    private func ipv4(_ value: TerraformValue, _ what: ValueName) -> Known<IPv4Network> {
        value.known(what).flatMap { text in IPv4Network(text).map { .known($0) } ?? .unknown(.notIPv4Block(what: what, text: text)) }
    }

    private func destination(_ argument: (String) -> TerraformValue?) -> Known<RouteDestination> {
        for key in ["cidr_block", "destination_cidr_block", "ipv6_cidr_block", "destination_ipv6_cidr_block"] {
            guard let value = argument(key), value != .null, value != .string("") else { continue }
            return value.known(.verbatim(key)).flatMap { text in AddressBlock(text).map { .known(.block($0)) } ?? .unknown(.notCIDRBlock(what: .verbatim(key), text: text)) }
        }
        for key in ["destination_prefix_list_id"] {
            if let value = argument(key), value != .null { return value.known(.verbatim(key)).map { .prefixList($0) } }
        }
        return .unknown(.routeWithoutDestination)
    }

    private func target(_ argument: (String) -> TerraformValue?, of address: String) -> Known<RouteTarget> {
        let kinds: [(String, RouteTarget.Kind)] = [
            ("nat_gateway_id", .natGateway), ("transit_gateway_id", .transitGateway), ("vpc_peering_connection_id", .vpcPeeringConnection),
            ("network_interface_id", .networkInterface), ("egress_only_gateway_id", .egressOnlyInternetGateway), ("vpc_endpoint_id", .vpcEndpoint),
            ("carrier_gateway_id", .carrierGateway), ("core_network_arn", .coreNetwork), ("local_gateway_id", .localGateway), ("instance_id", .instance),
        ]
        if let gateway = argument("gateway_id"), gateway != .null, gateway != .string("") {
            if gateway == .string("local") { return .known(.local) }
            return gateway.resourceID(.routeArgument("gateway_id", ofRouteOf: address)).flatMap { id in
                let local = TerraformAddress(id.name).local
                if local.hasPrefix("aws_internet_gateway.") || local.hasPrefix("igw-") { return .known(RouteTarget(kind: .internetGateway, id: .known(id))) }
                if local.hasPrefix("aws_vpn_gateway.") || local.hasPrefix("vgw-") { return .known(RouteTarget(kind: .virtualPrivateGateway, id: .known(id))) }
                return .unknown(.gatewayNotInternetGateway(address: address, gateway: id.name))
            }
        }
        for (key, kind) in kinds {
            guard let value = argument(key), value != .null, value != .string("") else { continue }
            // The argument says the kind even when the id is known only after apply.
            return .known(RouteTarget(kind: kind, id: value.resourceID(.routeArgument(key, ofRouteOf: address))))
        }
        return .unknown(.routeWithoutTarget(address: address))
    }

    private func loadBalancer(_ r: ResourceInstance) -> LoadBalancer {
        var attributes: [String: Known<String>] = [:]
        for kind in ["access_logs", "connection_logs"] {
            guard let logs = r.blocks(kind).first?.arguments else { continue }
            attributes["\(kind).s3.enabled"] = (logs["enabled"] ?? .bool(true)).known(.argument("\(kind).enabled", of: r.address))
            if let bucket = logs["bucket"] { attributes["\(kind).s3.bucket"] = bucket.known(.argument("\(kind).bucket", of: r.address)) }
        }
        let subnets: Known<[Known<ResourceID>]>
        if let list = r["subnets"], list != .null {
            subnets = list.knownList(.argument("subnets", of: r.address)).map { items in items.map { $0.resourceID(.aSubnet(of: r.address)) } }
        } else if case let mappings = r.blocks("subnet_mapping"), !mappings.isEmpty {
            subnets = .known(mappings.map { ($0.arguments["subnet_id"] ?? .unknown(.subnetMappingWithoutSubnetID(address: r.address))).resourceID(.argument("subnet_id", of: r.address)) })
        } else {
            subnets = .unknown(.neitherSubnetsNorMapping(address: r.address))
        }
        func enumValue<T: RawRepresentable>(_ value: TerraformValue?, _ what: ValueName, default fallback: T) -> Known<T> where T.RawValue == String {
            guard let value, value != .null else { return .known(fallback) }
            return value.known(what).flatMap { text in T(rawValue: text.lowercased()).map { .known($0) } ?? .unknown(.notAcceptedValue(what: what, text: text)) }
        }
        let scheme: Known<LoadBalancer.Scheme>
        switch r["internal"] {
        case nil, .null?: scheme = .known(.internetFacing)
        case let value?:
            if let reason = value.unknownReason { scheme = .unknown(reason: reason) } else { scheme = value.bool.map { .known($0 ? .internal : .internetFacing) } ?? .unknown(.internalNotBool(address: r.address, value: value.display)) }
        }
        return LoadBalancer(
            id: r.id, location: r.location, name: r["name"]?.text ?? r.address, scheme: scheme,
            kind: enumValue(r["load_balancer_type"], .argument("load_balancer_type", of: r.address), default: .application),
            ipAddressType: enumValue(r["ip_address_type"], .argument("ip_address_type", of: r.address), default: .ipv4),
            subnets: subnets,
            subnetMappings: r.blocks("subnet_mapping").map { mapping in
                SubnetMapping(location: mapping.location, subnet: (mapping.arguments["subnet_id"] ?? .unknown(.subnetMappingWithoutSubnetID(address: r.address))).resourceID(.argument("subnet_id", of: r.address)),
                              allocation: mapping.arguments["allocation_id"].flatMap { $0 == .null ? nil : $0.resourceID(.argument("allocation_id", of: r.address)) })
            },
            securityGroups: r["security_groups"].map { $0.knownList(.argument("security_groups", of: r.address)).map { $0.map { $0.resourceID(.aSecurityGroup(of: r.address)) } } } ?? .known([]),
            attributes: attributes)
    }

    private func action(_ arguments: [String: TerraformValue]) -> ListenerAction {
        switch arguments["type"]?.text {
        case "forward":
            if let group = arguments["target_group_arn"] { return .forward(targetGroups: [group.resourceID(.verbatim("target_group_arn"))]) }
            if case .object(let forward)? = arguments["forward"], let groups = forward["target_group"]?.elements {
                return .forward(targetGroups: groups.map { item in
                    if case .object(let members) = item { return (members["arn"] ?? .null).resourceID(.forwardTargetGroupARN) }
                    return .unknown(.forwardTargetGroup(value: item.display))
                })
            }
            return .forward(targetGroups: [])
        case "redirect":
            var redirect: [String: TerraformValue] = [:]
            if case .object(let members)? = arguments["redirect"] { redirect = members }
            if case .list(let items)? = arguments["redirect"], case .object(let members)? = items.first { redirect = members }
            func part(_ key: String, _ fallback: String) -> Known<String> { (redirect[key] ?? .string(fallback)).known(.redirectArgument(key)) }
            return .redirect(.init(protocol: part("protocol", "#{protocol}"), port: part("port", "#{port}"), host: part("host", "#{host}"), statusCode: part("status_code", "HTTP_301")))
        case "fixed-response": return .fixedResponse
        case "authenticate-cognito", "authenticate-oidc": return .authenticate
        case let other: return .other(other ?? "unknown")
        }
    }

    private func securityGroups(_ all: [ResourceInstance]) -> [SecurityGroup] {
        func of(_ type: String) -> [ResourceInstance] { all.filter { $0.type == type } }
        func rules(_ arguments: [String: TerraformValue], location: Location?, address: String) -> [SecurityGroupRule] {
            let protocolText = (arguments["protocol"] ?? arguments["ip_protocol"] ?? .string("-1")).known(.argument("protocol", of: address))
            let from = (arguments["from_port"] ?? .number(0)).knownInt(.argument("from_port", of: address))
            let to = (arguments["to_port"] ?? .number(65535)).knownInt(.argument("to_port", of: address))
            let ports: Known<PortRange> = protocolText.flatMap { text in
                guard let number = PortRange.protocolNumber(text) else { return .unknown(.unknownProtocol(text: text)) }
                if number == -1 { return .known(.all) }
                return from.flatMap { from in to.map { PortRange(ipProtocol: number, from: from, to: $0) } }
            }
            var peers: [Known<SecurityGroupRule.Peer>] = []
            for key in ["cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6"] {
                guard let value = arguments[key], value != .null else { continue }
                let items = value.elements ?? [value]
                for item in items {
                    peers.append(item.known(.verbatim(key)).flatMap { text in AddressBlock(text).map { .known(.block($0)) } ?? .unknown(.notCIDRBlock(what: .verbatim(key), text: text)) })
                }
            }
            for key in ["security_groups", "source_security_group_id", "referenced_security_group_id"] {
                guard let value = arguments[key], value != .null else { continue }
                for item in value.elements ?? [value] { peers.append(item.resourceID(.verbatim(key)).map { .securityGroup($0) }) }
            }
            if arguments["self"]?.bool == true { peers.append(.unknown(.admitsOwnGroup(rule: address))) }
            for key in ["prefix_list_ids", "prefix_list_id"] {
                guard let value = arguments[key], value != .null else { continue }
                for item in value.elements ?? [value] { peers.append(item.known(.verbatim(key)).map { .prefixList($0) }) }
            }
            return peers.map { SecurityGroupRule(location: location, ports: ports, peer: $0) }
        }
        var separate: [ResourceID: (ingress: [SecurityGroupRule], egress: [SecurityGroupRule])] = [:]
        for r in of("aws_security_group_rule") {
            guard let group = r["security_group_id"]?.resourceID(.verbatim("")).value else { continue }
            let made = rules(r.arguments, location: r.location, address: r.address)
            if r["type"]?.text == "egress" { separate[group, default: ([], [])].egress += made } else { separate[group, default: ([], [])].ingress += made }
        }
        for (type, egress) in [("aws_vpc_security_group_ingress_rule", false), ("aws_vpc_security_group_egress_rule", true)] {
            for r in of(type) {
                guard let group = r["security_group_id"]?.resourceID(.verbatim("")).value else { continue }
                let made = rules(r.arguments, location: r.location, address: r.address)
                if egress { separate[group, default: ([], [])].egress += made } else { separate[group, default: ([], [])].ingress += made }
            }
        }
        // Terraform removes the allow-all egress rule AWS adds: a group has only the egress it declares.
        return of("aws_security_group").map { r in
            SecurityGroup(
                id: r.id, location: r.location,
                vpc: r["vpc_id"].map { $0.resourceID(.argument("vpc_id", of: r.address)) } ?? .unknown(.defaultVPC(address: r.address)),
                ingress: r.blocks("ingress").flatMap { rules($0.arguments, location: $0.location, address: r.address) } + (separate[r.id]?.ingress ?? []),
                egress: r.blocks("egress").flatMap { rules($0.arguments, location: $0.location, address: r.address) } + (separate[r.id]?.egress ?? []))
        }
    }
}
