internal import Addresses
internal import Findings
internal import Localization
internal import Topology

/// Turns every created resource of the deployment into the network model.
///
/// Lazily: a property is evaluated when the model reads it, so a resource or property the model
/// does not read (a function's code, a launch configuration's UserData) is never evaluated.
struct TopologyBuilder {
    private struct Resource {
        var id: ResourceID
        var type: String
        var location: Location
        /// The resource's `Properties`, not yet evaluated.
        let node: TemplateNode?
        let stack: Int
        let evaluator: DeploymentEvaluator

        /// One property, evaluated; nil when absent (or `AWS::NoValue`).
        subscript(key: String) -> Value? {
            guard let child = node?[key] else { return nil }
            let value = evaluator.evaluate(child, in: stack)
            return value.isAbsent ? nil : value
        }

        /// All properties, evaluated (for the few types the model reads whole).
        var properties: Value { node.map { evaluator.evaluate($0, in: stack) } ?? Value(kind: .map([]), location: location) }
    }

    let evaluator: DeploymentEvaluator

    func build() -> Topology {
        var resources: [Resource] = []
        for (index, stack) in evaluator.stacks.enumerated() where evaluator.isStackCreated(index) {
            for resource in stack.template.resources {
                guard evaluator.isCreated(condition: resource.condition, in: index, at: resource.location) else { continue }
                resources.append(Resource(
                    id: ResourceID(stack: stack.name, resource.logicalID), type: resource.type, location: resource.location,
                    node: resource.properties, stack: index, evaluator: evaluator))
            }
        }
        let types = Dictionary(resources.map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(resources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func of(_ type: String) -> [Resource] { resources.filter { $0.type == type } }

        let vpcs = of("AWS::EC2::VPC").map { r in
            VPC(id: r.id, location: r.location, cidr: r["CidrBlock"]?.ipv4Block ?? .unknown(.cidrAllocatedAtDeploy(resource: r.id.name)))
        }
        let subnets = of("AWS::EC2::Subnet").map { r in
            Subnet(
                id: r.id, location: r.location, vpc: reference(r, "VpcId", to: "AWS::EC2::VPC", types: types),
                availabilityZone: (r["AvailabilityZone"] ?? r["AvailabilityZoneId"])?.text ?? .unknown(.noAvailabilityZone(subnet: r.id.name)),
                cidr: r["CidrBlock"]?.ipv4Block ?? .unknown(.cidrAllocatedAtDeploy(resource: r.id.name)),
                ipv6Cidr: r["Ipv6CidrBlock"].map { $0.text.flatMap { text in IPv6Network(text).map { .known($0) } ?? .unknown(.notIPv6Block(text: text)) } },
                tags: tags(r))
        }
        var routesByTable: [ResourceID: [Route]] = [:]
        for r in of("AWS::EC2::Route") {
            let route = Route(id: r.id, location: r.location, destination: destination(r), target: target(r, types: types, resources: byID))
            if case .known(let table) = required(r, "RouteTableId").flatMap({ $0.resourceID }) {
                routesByTable[table, default: []].append(route)
            }
        }
        var routeTables = of("AWS::EC2::RouteTable").map { r in
            RouteTable(id: r.id, location: r.location, vpc: reference(r, "VpcId", to: "AWS::EC2::VPC", types: types), routes: routesByTable[r.id] ?? [])
        }
        routeTables += vpcs.map(RouteTable.implicitMain)

        var entriesByACL: [ResourceID: [NetworkACLEntry]] = [:]
        for r in of("AWS::EC2::NetworkAclEntry") {
            guard case .known(let acl) = required(r, "NetworkAclId").flatMap({ $0.resourceID }) else { continue }
            let ports: Known<PortRange> = (r["Protocol"]?.text ?? .known("-1")).flatMap { text in
                guard let number = PortRange.protocolNumber(text) else { return .unknown(.unknownProtocol(text: text)) }
                if number != 6 && number != 17 { return .known(PortRange(ipProtocol: number, from: 0, to: 65535)) }
                guard let range = r["PortRange"] else { return .known(PortRange(ipProtocol: number, from: 0, to: 65535)) }
                let from = range["From"]?.int ?? .known(0)
                let to = range["To"]?.int ?? .known(65535)
                return from.flatMap { from in to.map { PortRange(ipProtocol: number, from: from, to: $0) } }
            }
            let block = (r["CidrBlock"] ?? r["Ipv6CidrBlock"])?.addressBlock ?? .unknown(.noProperty(resource: r.id.name, property: "CidrBlock"))
            let action: Known<NetworkACLEntry.Action> = required(r, "RuleAction").flatMap { $0.text }.flatMap { text in
                NetworkACLEntry.Action(rawValue: text.lowercased()).map { .known($0) } ?? .unknown(.ruleActionInvalid(text: text))
            }
            entriesByACL[acl, default: []].append(NetworkACLEntry(
                id: r.id, location: r.location, ruleNumber: required(r, "RuleNumber").flatMap { $0.int },
                egress: r["Egress"]?.bool ?? false, action: action, ports: ports, block: block))
        }
        var networkACLs = of("AWS::EC2::NetworkAcl").map { r in
            NetworkACL(id: r.id, location: r.location, vpc: reference(r, "VpcId", to: "AWS::EC2::VPC", types: types), entries: entriesByACL[r.id] ?? [])
        }
        networkACLs += vpcs.map(NetworkACL.implicitDefault)

        var separateRules: [ResourceID: (ingress: [SecurityGroupRule], egress: [SecurityGroupRule])] = [:]
        for (type, egress) in [("AWS::EC2::SecurityGroupIngress", false), ("AWS::EC2::SecurityGroupEgress", true)] {
            for r in of(type) {
                guard case .known(let group) = required(r, "GroupId").flatMap({ $0.resourceID }) else { continue }
                let rule = securityGroupRule(r.properties, egress: egress, location: r.location)
                if egress { separateRules[group, default: ([], [])].egress.append(rule) } else { separateRules[group, default: ([], [])].ingress.append(rule) }
            }
        }
        let securityGroups = of("AWS::EC2::SecurityGroup").map { r in
            let inline = (r["SecurityGroupIngress"]?.items ?? []).map { securityGroupRule($0, egress: false, location: $0.location) }
            var egress = (r["SecurityGroupEgress"]?.items ?? []).map { securityGroupRule($0, egress: true, location: $0.location) }
            if r["SecurityGroupEgress"] == nil { egress = [SecurityGroupRule(location: r.location, ports: .known(.all), peer: .known(.block(.ipv4(.any))))] }
            return SecurityGroup(
                id: r.id, location: r.location, vpc: r["VpcId"] == nil ? .unknown(.defaultVPC(group: r.id.name)) : reference(r, "VpcId", to: "AWS::EC2::VPC", types: types),
                ingress: inline + (separateRules[r.id]?.ingress ?? []), egress: egress + (separateRules[r.id]?.egress ?? []))
        }

        let loadBalancers = of("AWS::ElasticLoadBalancingV2::LoadBalancer").map { r in
            var attributes: [String: Known<String>] = [:]
            var unreadAttributes: LocalizedText?
            if let list = r["LoadBalancerAttributes"] {
                if list.items == nil {
                    let reason = list.firstUnknown ?? LocalizedText(ResourceReason.notAList(found: list.display))
                    unreadAttributes = LocalizedText(ResourceReason.propertyUnknown(property: "LoadBalancerAttributes", resource: r.id.name, reason: reason))
                }
                for item in list.items ?? [] {
                    switch item["Key"]?.text ?? .unknown(.attributeWithoutKey) {
                    case .known(let key): attributes[key] = item["Value"]?.text ?? .unknown(.attributeWithoutValue(key: key))
                    case .unknown(let reason): unreadAttributes = unreadAttributes ?? LocalizedText(ResourceReason.attributeKeyUnknown(loadBalancer: r.id.name, reason: reason))
                    }
                }
            }
            let subnets: Known<[Known<ResourceID>]>
            let mappings = (r["SubnetMappings"]?.items ?? []).map { item in
                SubnetMapping(
                    location: item.location, subnet: item["SubnetId"]?.resourceID ?? .unknown(.mappingWithoutSubnet),
                    allocation: item["AllocationId"].map { checked($0.resourceID, is: "AWS::EC2::EIP", key: "AllocationId", of: r, types: types) })
            }
            if let list = r["Subnets"] {
                subnets = list.resourceIDs.map { ids in ids.map { checked($0, is: "AWS::EC2::Subnet", key: "Subnets", of: r, types: types) } }
            } else if let mappings = r["SubnetMappings"] {
                subnets = mappings.items.map { .known($0.map { $0["SubnetId"]?.resourceID ?? .unknown(.mappingWithoutSubnet) }) }
                    ?? .unknown(.propertyIs(property: "SubnetMappings", found: mappings.display))
            } else {
                subnets = .unknown(.noSubnets(loadBalancer: r.id.name))
            }
            return LoadBalancer(
                id: r.id, location: r.location, name: r["Name"]?.text.value ?? r.id.name,
                scheme: enumValue(r["Scheme"], default: .internetFacing),
                kind: enumValue(r["Type"], default: .application),
                ipAddressType: enumValue(r["IpAddressType"], default: .ipv4),
                subnets: subnets, subnetMappings: mappings, securityGroups: r["SecurityGroups"]?.resourceIDs.map { ids in ids.map { checked($0, is: "AWS::EC2::SecurityGroup", key: "SecurityGroups", of: r, types: types) } } ?? .known([]),
                attributes: attributes, unreadAttributes: unreadAttributes)
        }

        var extraCertificates: [ResourceID: Known<Int>] = [:]
        for r in of("AWS::ElasticLoadBalancingV2::ListenerCertificate") {
            guard case .known(let listener) = required(r, "ListenerArn").flatMap({ $0.resourceID }) else { continue }
            extraCertificates[listener] = .known((extraCertificates[listener]?.value ?? 0) + (r["Certificates"]?.items?.count ?? 0))
        }
        let listeners = of("AWS::ElasticLoadBalancingV2::Listener").map { r in
            let own: Known<Int> = r["Certificates"].map { value in value.items.map { .known($0.count) } ?? .unknown(.propertyIs(property: "Certificates", found: value.display)) } ?? .known(0)
            return Listener(
                id: r.id, location: r.location, loadBalancer: required(r, "LoadBalancerArn").flatMap { $0.resourceID },
                port: r["Port"]?.int ?? .unknown(.noProperty(resource: r.id.name, property: "Port")),
                protocol: r["Protocol"]?.text ?? .unknown(.noProperty(resource: r.id.name, property: "Protocol")),
                certificateCount: own.flatMap { count in (extraCertificates[r.id] ?? .known(0)).map { count + $0 } },
                defaultActions: actions(r["DefaultActions"]))
        }
        let listenerRules = of("AWS::ElasticLoadBalancingV2::ListenerRule").map { r in
            ListenerRule(id: r.id, location: r.location, listener: required(r, "ListenerArn").flatMap { $0.resourceID }, actions: actions(r["Actions"]))
        }

        let members = targetMembers(resources: resources)
        let targetGroups = of("AWS::ElasticLoadBalancingV2::TargetGroup").map { r in
            var groupMembers = members[r.id] ?? []
            for target in r["Targets"]?.items ?? [] {
                guard let id = target["Id"]?.resourceID.value, types[id] == "AWS::EC2::Instance",
                      let instance = resources.first(where: { $0.id == id }) else { continue }
                groupMembers.append(TargetMember(id: id, location: instance.location, port: target["Port"]?.int, securityGroups: instanceSecurityGroups(instance)))
            }
            return TargetGroup(id: r.id, location: r.location, vpc: r["VpcId"]?.resourceID, port: r["Port"]?.int, protocol: r["Protocol"]?.text, members: groupMembers)
        }

        return Topology(
            source: .templates(region: evaluator.region),
            vpcs: vpcs,
            subnets: subnets,
            routeTables: routeTables,
            routeTableAssociations: of("AWS::EC2::SubnetRouteTableAssociation").map { r in
                SubnetRouteTableAssociation(id: r.id, location: r.location, subnet: reference(r, "SubnetId", to: "AWS::EC2::Subnet", types: types),
                                            routeTable: reference(r, "RouteTableId", to: "AWS::EC2::RouteTable", types: types))
            },
            gatewayRouteTableAssociations: of("AWS::EC2::GatewayRouteTableAssociation").map { r in
                GatewayRouteTableAssociation(id: r.id, location: r.location, gateway: required(r, "GatewayId").flatMap { $0.resourceID },
                                             routeTable: reference(r, "RouteTableId", to: "AWS::EC2::RouteTable", types: types))
            },
            internetGateways: of("AWS::EC2::InternetGateway").map { InternetGateway(id: $0.id, location: $0.location) },
            gatewayAttachments: of("AWS::EC2::VPCGatewayAttachment").compactMap { r in
                guard let gateway = r["InternetGatewayId"] else { return nil }
                return GatewayAttachment(id: r.id, location: r.location, vpc: reference(r, "VpcId", to: "AWS::EC2::VPC", types: types), internetGateway: gateway.resourceID)
            },
            networkACLs: networkACLs,
            networkACLAssociations: of("AWS::EC2::SubnetNetworkAclAssociation").map { r in
                SubnetNetworkACLAssociation(id: r.id, location: r.location, subnet: reference(r, "SubnetId", to: "AWS::EC2::Subnet", types: types),
                                            networkACL: reference(r, "NetworkAclId", to: "AWS::EC2::NetworkAcl", types: types))
            },
            securityGroups: securityGroups,
            loadBalancers: loadBalancers,
            listeners: listeners,
            listenerRules: listenerRules,
            targetGroups: targetGroups,
            elasticIPs: of("AWS::EC2::EIP").map { ElasticIP(id: $0.id, location: $0.location) },
            elasticIPHolders: elasticIPHolders(of: resources),
            inspectionEndpoints: resources.compactMap { r -> InspectionEndpointPlacement? in
                switch r.type {
                case "AWS::NetworkFirewall::Firewall":
                    let subnets: Known<[Known<ResourceID>]> = r["SubnetMappings"].map { mappings in
                        mappings.items.map { .known($0.map { $0["SubnetId"]?.resourceID ?? .unknown(.mappingOfResourceWithoutSubnet(resource: r.id.name)) }) }
                            ?? .unknown(.propertyUnknown(property: "SubnetMappings", resource: r.id.name, reason: mappings.firstUnknown ?? LocalizedText(sameInEveryLanguage: mappings.display)))
                    } ?? .unknown(.noProperty(resource: r.id.name, property: "SubnetMappings"))
                    return InspectionEndpointPlacement(id: r.id, location: r.location, subnets: subnets)
                case "AWS::EC2::VPCEndpoint" where r["VpcEndpointType"]?.text.value?.lowercased() == "gatewayloadbalancer":
                    return InspectionEndpointPlacement(id: r.id, location: r.location, subnets: r["SubnetIds"]?.resourceIDs ?? .unknown(.noProperty(resource: r.id.name, property: "SubnetIds")))
                default:
                    return nil
                }
            }
        )
    }

    /// NAT gateways, EIP associations and EIPs given an instance: what holds an Elastic IP
    /// besides a load balancer.
    private func elasticIPHolders(of resources: [Resource]) -> [ElasticIPHolder] {
        resources.flatMap { r -> [ElasticIPHolder] in
            switch r.type {
            case "AWS::EC2::NatGateway":
                guard let allocation = r["AllocationId"] else { return [] }
                return [ElasticIPHolder(id: r.id, location: r.location, kind: "NAT gateway", allocation: allocation.resourceID)]
            case "AWS::EC2::EIPAssociation":
                guard let allocation = r["AllocationId"] else { return [] }
                let kind = r["NetworkInterfaceId"] != nil ? "network interface association" : "instance association"
                return [ElasticIPHolder(id: r.id, location: r.location, kind: kind, allocation: allocation.resourceID)]
            case "AWS::EC2::EIP":
                guard r["InstanceId"] != nil else { return [] }
                return [ElasticIPHolder(id: r.id, location: r.location, kind: "instance (the EIP's InstanceId)", allocation: .known(r.id))]
            default:
                return []
            }
        }
    }

    /// A resource's `Tags` (`[{Key, Value}]`), by key.
    private func tags(_ r: Resource) -> Known<[String: Known<String>]> {
        guard let value = r["Tags"] else { return .known([:]) }
        guard let items = value.items else { return .unknown(.propertyUnknown(property: "Tags", resource: r.id.name, reason: value.firstUnknown ?? LocalizedText(sameInEveryLanguage: value.display))) }
        var result: [String: Known<String>] = [:]
        for item in items {
            switch item["Key"]?.text ?? .unknown(.tagWithoutKey) {
            case .known(let key): result[key] = item["Value"]?.text ?? .unknown(.tagWithoutValue(key: key, resource: r.id.name))
            case .unknown(let reason): return .unknown(.tagKeyUnknown(resource: r.id.name, reason: reason))
            }
        }
        return .known(result)
    }

    private func required(_ r: Resource, _ key: String) -> Known<Value> {
        r[key].map { .known($0) } ?? .unknown(.noProperty(resource: r.id.name, property: key))
    }

    /// A property that must name a resource of `type`: when it names a template resource of
    /// another type, the model gets an unknown that says so, not a wrong fact.
    private func reference(_ r: Resource, _ key: String, to type: String, types: [ResourceID: String]) -> Known<ResourceID> {
        checked(required(r, key).flatMap { $0.resourceID }, is: type, key: key, of: r, types: types)
    }

    private func checked(_ id: Known<ResourceID>, is type: String, key: String, of r: Resource, types: [ResourceID: String]) -> Known<ResourceID> {
        guard case .known(let target) = id, let actual = types[target], actual != type else { return id }
        let noun = type.split(separator: ":").last.map(String.init) ?? type
        return .unknown(.wrongType(property: key, resource: r.id.name, target: target.name, actual: actual, noun: noun, type: type))
    }

    private func enumValue<T: RawRepresentable & Sendable>(_ value: Value?, default fallback: T) -> Known<T> where T.RawValue == String {
        guard let value else { return .known(fallback) }
        return value.text.flatMap { text in T(rawValue: text.lowercased()).map { .known($0) } ?? .unknown(.notAcceptedValue(text: text)) }
    }

    private func destination(_ r: Resource) -> Known<RouteDestination> {
        if let block = r["DestinationCidrBlock"] ?? r["DestinationIpv6CidrBlock"] { return block.addressBlock.map { .block($0) } }
        if let list = r["DestinationPrefixListId"] { return list.text.map { .prefixList($0) } }
        return .unknown(.noDestination(route: r.id.name))
    }

    /// A route's target. The property names its kind, so the kind is known even when the id
    /// is not (`VpcEndpointId: !ImportValue …` is a VPC endpoint); only `GatewayId`, shared by
    /// internet and virtual private gateways, needs its value to tell which.
    private func target(_ r: Resource, types: [ResourceID: String], resources: [ResourceID: Resource]) -> Known<RouteTarget> {
        let kinds: [(String, RouteTarget.Kind)] = [
            ("NatGatewayId", .natGateway), ("TransitGatewayId", .transitGateway), ("VpcPeeringConnectionId", .vpcPeeringConnection),
            ("InstanceId", .instance), ("NetworkInterfaceId", .networkInterface), ("EgressOnlyInternetGatewayId", .egressOnlyInternetGateway),
            ("VpcEndpointId", .vpcEndpoint), ("CarrierGatewayId", .carrierGateway), ("CoreNetworkArn", .coreNetwork), ("LocalGatewayId", .localGateway),
        ]
        for (key, kind) in kinds {
            guard let value = r[key] else { continue }
            let id = value.resourceID
            if kind == .vpcEndpoint, case .known(let endpoint) = id { return .known(vpcEndpoint(endpoint, types: types, resources: resources)) }
            return .known(RouteTarget(kind: kind, id: id))
        }
        guard let gateway = r["GatewayId"] else { return .unknown(.noTarget(route: r.id.name)) }
        return gateway.resourceID.map { id in
            if id.name == "local" { return .local }
            if let type = types[id] {
                return RouteTarget(kind: type == "AWS::EC2::VPNGateway" ? .virtualPrivateGateway : .internetGateway, id: .known(id))
            }
            return RouteTarget(kind: id.name.hasPrefix("vgw-") ? .virtualPrivateGateway : .internetGateway, id: .known(id))
        }
    }

    /// What a `VpcEndpointId` names: an endpoint of a Network Firewall of the deployment
    /// (`Firewall.EndpointIds[i]`), a Gateway Load Balancer endpoint resource, or an endpoint
    /// whose service is not known (a `vpce-…` id, a custom resource's attribute).
    private func vpcEndpoint(_ id: ResourceID, types: [ResourceID: String], resources: [ResourceID: Resource]) -> RouteTarget {
        if let range = id.name.firstRange(of: ".EndpointIds[") {
            let firewall = ResourceID(stack: id.stack, String(id.name[..<range.lowerBound]))
            if types[firewall] == "AWS::NetworkFirewall::Firewall" {
                return RouteTarget(kind: .networkFirewallEndpoint, id: .known(id), firewall: firewall)
            }
        }
        if types[id] == "AWS::EC2::VPCEndpoint", resources[id]?["VpcEndpointType"]?.text.value?.lowercased() == "gatewayloadbalancer" {
            return RouteTarget(kind: .gatewayLoadBalancerEndpoint, id: .known(id))
        }
        return RouteTarget(kind: .vpcEndpoint, id: .known(id))
    }

    private func securityGroupRule(_ value: Value, egress: Bool, location: Location) -> SecurityGroupRule {
        let ports: Known<PortRange> = (value["IpProtocol"]?.text ?? .unknown(.ruleWithoutProtocol)).flatMap { text in
            guard let number = PortRange.protocolNumber(text) else { return .unknown(.unknownProtocol(text: text)) }
            if number == -1 { return .known(.all) }
            let from = value["FromPort"]?.int ?? .known(0)
            let to = value["ToPort"]?.int ?? .known(65535)
            return from.flatMap { from in to.map { PortRange(ipProtocol: number, from: from, to: $0) } }
        }
        let peer: Known<SecurityGroupRule.Peer>
        let prefix = egress ? "Destination" : "Source"
        if let block = value["CidrIp"] ?? value["CidrIpv6"] {
            peer = block.addressBlock.map { .block($0) }
        } else if let group = value["\(prefix)SecurityGroupId"] {
            peer = group.resourceID.map { .securityGroup($0) }
        } else if let list = value["\(prefix)PrefixListId"] {
            peer = list.text.map { .prefixList($0) }
        } else if let name = value["SourceSecurityGroupName"] {
            peer = name.text.map { .securityGroup(ResourceID($0)) }
        } else {
            peer = .unknown(.ruleWithoutPeer)
        }
        return SecurityGroupRule(location: location, ports: ports, peer: peer)
    }

    private func actions(_ value: Value?) -> Known<[ListenerAction]> {
        guard let value else { return .known([]) }
        guard let items = value.items else { return .unknown(.actionsAre(found: value.display)) }
        return .known(items.map { item in
            let type = item["Type"]?.text.value?.lowercased() ?? "?"
            switch type {
            case "forward":
                var groups: [Known<ResourceID>] = []
                if let arn = item["TargetGroupArn"] { groups.append(arn.resourceID) }
                for group in item["ForwardConfig"]?["TargetGroups"]?.items ?? [] {
                    if let arn = group["TargetGroupArn"] { groups.append(arn.resourceID) }
                }
                return .forward(targetGroups: groups)
            case "redirect":
                let config = item["RedirectConfig"]
                return .redirect(ListenerAction.Redirect(
                    protocol: config?["Protocol"]?.text ?? .known("#{protocol}"),
                    port: config?["Port"]?.text ?? .known("#{port}"),
                    host: config?["Host"]?.text ?? .known("#{host}"),
                    statusCode: config?["StatusCode"]?.text ?? .unknown(.noStatusCode)))
            case "fixed-response": return .fixedResponse
            case "authenticate-oidc", "authenticate-cognito": return .authenticate
            default: return .other(type)
            }
        })
    }

    private func instanceSecurityGroups(_ instance: Resource) -> Known<[Known<ResourceID>]> {
        if let ids = instance["SecurityGroupIds"] ?? instance["SecurityGroups"] { return ids.resourceIDs }
        if let interfaces = instance["NetworkInterfaces"]?.items {
            return .known(interfaces.flatMap { $0["GroupSet"]?.resourceIDs.value ?? [] })
        }
        return .unknown(.defaultSecurityGroup(instance: instance.id.name))
    }

    /// Auto Scaling groups and ECS services that register in target groups, by target group.
    private func targetMembers(resources: [Resource]) -> [ResourceID: [TargetMember]] {
        let byID = Dictionary(resources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var members: [ResourceID: [TargetMember]] = [:]
        for r in resources where r.type == "AWS::AutoScaling::AutoScalingGroup" {
            let groups: Known<[Known<ResourceID>]>
            if let template = r["LaunchTemplate"], let id = (template["LaunchTemplateId"] ?? template["LaunchTemplateName"])?.resourceID.value,
               let launchTemplate = byID[id] {
                let data = launchTemplate["LaunchTemplateData"]
                groups = (data?["SecurityGroupIds"] ?? data?["SecurityGroups"])?.resourceIDs
                    ?? .known((data?["NetworkInterfaces"]?.items ?? []).flatMap { $0["Groups"]?.resourceIDs.value ?? [] })
            } else if let id = r["LaunchConfigurationName"]?.resourceID.value, let configuration = byID[id] {
                groups = configuration["SecurityGroups"]?.resourceIDs ?? .known([])
            } else {
                groups = .unknown(.launchTemplateNotGiven(group: r.id.name))
            }
            for arn in r["TargetGroupARNs"]?.items ?? [] {
                guard case .known(let group) = arn.resourceID else { continue }
                members[group, default: []].append(TargetMember(id: r.id, location: r.location, securityGroups: groups))
            }
        }
        for r in resources where r.type == "AWS::ECS::Service" {
            let groups = r["NetworkConfiguration"]?["AwsvpcConfiguration"]?["SecurityGroups"]?.resourceIDs
                ?? .unknown(.notAwsvpc(service: r.id.name))
            for balancer in r["LoadBalancers"]?.items ?? [] {
                guard let group = balancer["TargetGroupArn"]?.resourceID.value else { continue }
                members[group, default: []].append(TargetMember(id: r.id, location: r.location, port: balancer["ContainerPort"]?.int, securityGroups: groups))
            }
        }
        return members
    }
}
