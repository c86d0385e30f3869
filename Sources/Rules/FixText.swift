internal import Localization
internal import Topology

/// Fixes worded for where the model came from: a template snippet or an HCL snippet for
/// `lint`, an AWS CLI command for `aws`.
enum FixText {
    /// Makes `subnet` use `routeTable`.
    static func associate(_ subnet: Subnet, with routeTable: RouteTable, source: Topology.Source) -> LocalizedText {
        switch source {
        case .templates:
            return LocalizedText(FixLead.addToStack(subnet.id.stack, defining: subnet.id.name)).appending(snippet { language in
                """

                  \(subnet.id.name)RouteTableAssociation:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Properties:
                      SubnetId: !Ref \(subnet.id.name)
                      RouteTableId: \(reference(to: routeTable.id, from: subnet.id, in: language))
                """
            })
        case .terraform:
            return LocalizedText(FixLead.addToConfiguration(module: module(of: subnet.id))).appending(snippet { language in
                """

                  resource "aws_route_table_association" "\(label(subnet.id))" {
                    subnet_id      = \(hclReference(subnet.id))
                    route_table_id = \(hclReference(routeTable.id, from: subnet.id, in: language))
                  }
                """
            })
        case .account:
            return LocalizedText(sameInEveryLanguage: "aws ec2 associate-route-table --subnet-id \(subnet.id.name) --route-table-id \(routeTable.id.name)")
        }
    }

    /// Adds a default route to `gateway` in `routeTable`.
    static func addRoute(_ destination: String, to gateway: ResourceID, in routeTable: RouteTable, source: Topology.Source) -> LocalizedText {
        let ipv6 = destination.contains(":")
        switch source {
        case .templates:
            return LocalizedText(FixLead.addRoute(table: routeTable.id.name, module: nil)).appending(snippet { language in
                """

                  \(routeTable.id.name)\(ipv6 ? "IPv6" : "")DefaultRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: \(reference(to: routeTable.id, from: gateway, in: language))
                      \(ipv6 ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock"): \(destination)
                      GatewayId: \(reference(to: gateway, from: routeTable.id, in: language))
                """
            })
        case .terraform:
            return LocalizedText(FixLead.addRoute(table: routeTable.id.name, module: module(of: routeTable.id))).appending(snippet { language in
                """

                  resource "aws_route" "\(label(routeTable.id))_\(ipv6 ? "ipv6_" : "")default" {
                    route_table_id\(ipv6 ? "" : "    ")              = \(hclReference(routeTable.id))
                    \(ipv6 ? "destination_ipv6_cidr_block" : "destination_cidr_block") = "\(destination)"
                    gateway_id\(ipv6 ? "" : "    ")                  = \(hclReference(gateway, from: routeTable.id, in: language))
                  }
                """
            })
        case .account:
            let flag = ipv6 ? "--destination-ipv6-cidr-block" : "--destination-cidr-block"
            return LocalizedText(sameInEveryLanguage: "aws ec2 create-route --route-table-id \(routeTable.id.name) \(flag) \(destination) --gateway-id \(gateway.name)")
        }
    }

    /// Attaches an internet gateway to a VPC.
    static func attach(_ gateway: ResourceID, to vpc: String, source: Topology.Source) -> LocalizedText {
        switch source {
        case .templates:
            LocalizedText(FixLead.addToStackWithDependsOn(gateway.stack, defining: gateway.name, attachment: "\(gateway.name)Attachment")).appending("""

              \(gateway.name)Attachment:
                Type: AWS::EC2::VPCGatewayAttachment
                Properties:
                  VpcId: !Ref \(vpc)
                  InternetGatewayId: !Ref \(gateway.name)
            """)
        case .terraform:
            LocalizedText(FixLead.attachGateway(gateway.name)).appending("""

              resource "aws_internet_gateway_attachment" "\(label(gateway))" {
                internet_gateway_id = \(hclReference(gateway))
                vpc_id              = \(hclReference(ResourceID(vpc)))
              }
            """)
        case .account:
            LocalizedText(sameInEveryLanguage: "aws ec2 attach-internet-gateway --internet-gateway-id \(gateway.name) --vpc-id \(vpc)")
        }
    }

    /// A new public route table for `subnet`, with the internet gateway it needs.
    static func newPublicRouteTable(for subnet: Subnet, gateway: ResourceID?, source: Topology.Source) -> LocalizedText {
        func vpc(_ language: Language) -> String { subnet.vpc.value?.name ?? FixPlaceholder.vpc.text(in: language) }
        switch source {
        case .templates:
            return LocalizedText(FixLead.addToStack(subnet.id.stack, defining: subnet.id.name)).appending(snippet { language in
                var lines = [""]
                let gatewayRef: String
                if let gateway {
                    gatewayRef = reference(to: gateway, from: subnet.id, in: language)
                } else {
                    gatewayRef = "!Ref InternetGateway"
                    lines += [
                        "  InternetGateway:", "    Type: AWS::EC2::InternetGateway",
                        "  InternetGatewayAttachment:", "    Type: AWS::EC2::VPCGatewayAttachment", "    Properties:",
                        "      VpcId: !Ref \(vpc(language))", "      InternetGatewayId: !Ref InternetGateway",
                    ]
                }
                lines += [
                    "  PublicRouteTable:", "    Type: AWS::EC2::RouteTable", "    Properties:", "      VpcId: !Ref \(vpc(language))",
                    "  PublicDefaultRoute:", "    Type: AWS::EC2::Route", "    Properties:", "      RouteTableId: !Ref PublicRouteTable",
                    "      DestinationCidrBlock: 0.0.0.0/0", "      GatewayId: \(gatewayRef)",
                    "  \(subnet.id.name)RouteTableAssociation:", "    Type: AWS::EC2::SubnetRouteTableAssociation", "    Properties:",
                    "      SubnetId: !Ref \(subnet.id.name)", "      RouteTableId: !Ref PublicRouteTable",
                ]
                return lines.joined(separator: "\n")
            })
        case .terraform:
            return LocalizedText(FixLead.addToConfiguration(module: module(of: subnet.id))).appending(snippet { language in
                let vpcReference = subnet.vpc.value.map { hclReference($0, from: subnet.id, in: language) } ?? FixPlaceholder.vpcID.text(in: language)
                var lines = [""]
                if gateway == nil {
                    lines += [
                        "  resource \"aws_internet_gateway\" \"main\" {", "    vpc_id = \(vpcReference)", "  }",
                    ]
                }
                lines += [
                    "  resource \"aws_route_table\" \"public\" {", "    vpc_id = \(vpcReference)", "    route {",
                    "      cidr_block = \"0.0.0.0/0\"", "      gateway_id = \(gateway.map { hclReference($0, from: subnet.id, in: language) } ?? "aws_internet_gateway.main.id")", "    }", "  }",
                    "  resource \"aws_route_table_association\" \"\(label(subnet.id))\" {",
                    "    subnet_id      = \(hclReference(subnet.id))", "    route_table_id = aws_route_table.public.id", "  }",
                ]
                return lines.joined(separator: "\n")
            })
        case .account:
            return snippet { language in
                let create = gateway == nil
                    ? "aws ec2 create-internet-gateway; aws ec2 attach-internet-gateway --vpc-id \(vpc(language)) --internet-gateway-id IGW; "
                    : ""
                return create + "aws ec2 create-route-table --vpc-id \(vpc(language)); aws ec2 create-route --route-table-id RTB --destination-cidr-block 0.0.0.0/0 --gateway-id \(gateway?.name ?? "IGW"); aws ec2 associate-route-table --subnet-id \(subnet.id.name) --route-table-id RTB"
            }
        }
    }

    /// Admits `port` from `source` (a CIDR block or a security group) in `group`.
    static func admit(port: Int, from source: SecurityGroupRule.Peer, into group: ResourceID?, source origin: Topology.Source) -> LocalizedText {
        switch origin {
        case .templates:
            func peer(_ language: Language) -> String {
                switch source {
                case .block(let block): block.isIPv6 ? "CidrIpv6: \(block)" : "CidrIp: \(block)"
                case .securityGroup(let id): "SourceSecurityGroupId: \(group.map { reference(to: id, from: $0, in: language) } ?? "!Ref \(id.name)")"
                case .prefixList(let id): "SourcePrefixListId: \(id)"
                }
            }
            return LocalizedText(FixLead.addToSecurityGroupIngress(group: group?.name))
                .appending(snippet { " { IpProtocol: tcp, FromPort: \(port), ToPort: \(port), \(peer($0)) }" })
        case .terraform:
            let peer: String
            switch source {
            case .block(let block): peer = block.isIPv6 ? "cidr_ipv6 = \"\(block)\"" : "cidr_ipv4 = \"\(block)\""
            case .securityGroup(let id): peer = "referenced_security_group_id = \(hclReference(id))"
            case .prefixList(let id): peer = "prefix_list_id = \"\(id)\""
            }
            return LocalizedText(FixLead.addToConfiguration(module: nil)).appending(snippet { language in
                let target = group.map(hclReference) ?? FixPlaceholder.securityGroupID.text(in: language)
                return " resource \"aws_vpc_security_group_ingress_rule\" \"allow_\(port)\" { security_group_id = \(target)  ip_protocol = \"tcp\"  from_port = \(port)  to_port = \(port)  \(peer) }"
            })
        case .account:
            let peer: String
            switch source {
            case .block(let block): peer = block.isIPv6 ? "--ip-permissions IpProtocol=tcp,FromPort=\(port),ToPort=\(port),Ipv6Ranges=[{CidrIpv6=\(block)}]" : "--protocol tcp --port \(port) --cidr \(block)"
            case .securityGroup(let id): peer = "--protocol tcp --port \(port) --source-group \(id.name)"
            case .prefixList(let id): peer = "--ip-permissions IpProtocol=tcp,FromPort=\(port),ToPort=\(port),PrefixListIds=[{PrefixListId=\(id)}]"
            }
            return LocalizedText(sameInEveryLanguage: "aws ec2 authorize-security-group-ingress --group-id \(group?.name ?? "SG") \(peer)")
        }
    }

    /// Turns on connection logs for a load balancer.
    static func enableConnectionLogs(_ loadBalancer: LoadBalancer, source: Topology.Source) -> LocalizedText {
        switch source {
        case .templates:
            return LocalizedText(FixLead.addToAttributes(loadBalancer: loadBalancer.id.name)).appending(withWritableBucket { bucket in
                """

                  - Key: connection_logs.s3.enabled
                    Value: 'true'
                  - Key: connection_logs.s3.bucket
                    Value: \(bucket)
                """
            })
        case .terraform:
            let address = TerraformAddress(loadBalancer.id.name)
            let resource = address.module == nil ? loadBalancer.id.name : address.local
            return LocalizedText(FixLead.addToResource(resource, module: address.module)).appending(withWritableBucket { bucket in
                """

                  connection_logs {
                    bucket  = \(bucket)
                    enabled = true
                  }
                """
            })
        case .account:
            return LocalizedText(sameInEveryLanguage: "aws elbv2 modify-load-balancer-attributes --load-balancer-arn \(loadBalancer.id.name) --attributes Key=connection_logs.s3.enabled,Value=true Key=connection_logs.s3.bucket,Value=BUCKET")
        }
    }

    /// A snippet around the bucket placeholder, in every language.
    private static func withWritableBucket(_ write: (String) -> String) -> LocalizedText {
        snippet { write(FixPlaceholder.writableBucket.text(in: $0)) }
    }

    /// A snippet written in every language: the same code, with its placeholders (if any) in
    /// that language.
    private static func snippet(_ write: (Language) -> String) -> LocalizedText {
        LocalizedText(english: write(.en), japanese: write(.ja))
    }

    /// Adds an HTTPS listener on `port`.
    static func addHTTPSListener(to loadBalancer: LoadBalancer, port: Int, source: Topology.Source) -> LocalizedText {
        switch source {
        case .templates:
            return LocalizedText(FixLead.addToStackOf(loadBalancer.id.stack, loadBalancer: loadBalancer.displayName)).appending(snippet { language in
                """

                  HttpsListener:
                    Type: AWS::ElasticLoadBalancingV2::Listener
                    Properties:
                      LoadBalancerArn: !Ref \(loadBalancer.id.name)
                      Port: \(port)
                      Protocol: HTTPS
                      Certificates: [{ CertificateArn: \(FixPlaceholder.certificateARN.text(in: language)) }]
                      DefaultActions: [\(FixPlaceholder.forwardToTargetGroup.text(in: language))]
                """
            })
        case .terraform:
            return LocalizedText(FixLead.addToConfiguration(module: nil)).appending(snippet { language in
                """

                  resource "aws_lb_listener" "https" {
                    load_balancer_arn = \(hclReference(loadBalancer.id, attribute: "arn"))
                    port              = \(port)
                    protocol          = "HTTPS"
                    certificate_arn   = \(FixPlaceholder.certificateARN.text(in: language))
                    default_action { \(FixPlaceholder.forwardToTargetGroup.text(in: language)) }
                  }
                """
            })
        case .account:
            return LocalizedText(sameInEveryLanguage: "aws elbv2 create-listener --load-balancer-arn \(loadBalancer.id.name) --protocol HTTPS --port \(port) --certificates CertificateArn=ACM_ARN --default-actions Type=forward,TargetGroupArn=TG_ARN")
        }
    }

    /// Gives a TLS listener a certificate.
    static func addCertificate(to listener: Listener, source: Topology.Source) -> LocalizedText {
        switch source {
        case .templates:
            LocalizedText(FixLead.addToProperties(resource: listener.id.name))
                .appending(snippet { " Certificates: [{ CertificateArn: \(FixPlaceholder.siteCertificateARN.text(in: $0)) }]" })
        case .terraform:
            LocalizedText(FixLead.addToResource(listener.id.name, module: nil))
                .appending(snippet { " certificate_arn = \(FixPlaceholder.siteCertificateARN.text(in: $0))" })
        case .account: LocalizedText(sameInEveryLanguage: "aws elbv2 modify-listener --listener-arn \(listener.id.name) --certificates CertificateArn=ACM_ARN")
        }
    }

    /// An allow entry in a network ACL, numbered before the denying one.
    static func allowInNetworkACL(_ acl: NetworkACL, below number: Int, egress: Bool, ipv6: Bool, ports: ClosedRange<Int>, source: Topology.Source) -> LocalizedText {
        let block = ipv6 ? "::/0" : "0.0.0.0/0"
        switch source {
        case .templates:
            return LocalizedText(FixLead.addNetworkACLEntry(acl: acl.id.name, below: number))
                .appending(" { RuleAction: allow, Protocol: 6, \(egress ? "Egress: true, " : "")\(ipv6 ? "Ipv6CidrBlock" : "CidrBlock"): \(block), PortRange: { From: \(ports.lowerBound), To: \(ports.upperBound) } }")
        case .terraform:
            return LocalizedText(FixLead.addToConfiguration(module: nil))
                .appending(" resource \"aws_network_acl_rule\" \"allow_\(ports.lowerBound)\" { network_acl_id = \(hclReference(acl.id))  rule_number = \(max(1, number - 1))  egress = \(egress)  protocol = \"tcp\"  rule_action = \"allow\"  \(ipv6 ? "ipv6_cidr_block" : "cidr_block") = \"\(block)\"  from_port = \(ports.lowerBound)  to_port = \(ports.upperBound) }")
        case .account:
            return LocalizedText(sameInEveryLanguage: "aws ec2 create-network-acl-entry --network-acl-id \(acl.id.name) --rule-number \(max(1, number - 1)) --protocol tcp --rule-action allow \(egress ? "--egress" : "--ingress") \(ipv6 ? "--ipv6-cidr-block" : "--cidr-block") \(block) --port-range From=\(ports.lowerBound),To=\(ports.upperBound)")
        }
    }

    /// How a template or the CLI names an inspecting endpoint: a Network Firewall's by the
    /// usual `!Select`/`!Split` of its `EndpointIds`, a resource by `!Ref`, an AWS id as is; else
    /// a placeholder in `language`.
    static func endpoint(_ endpoint: RouteTarget, from other: ResourceID, source: Topology.Source, in language: Language) -> String {
        guard case .known(let id)? = endpoint.id else { return FixPlaceholder.defaultRouteEndpoint.text(in: language) }
        if case .account = source { return id.name }
        if let firewall = endpoint.firewall, let open = id.name.firstRange(of: "EndpointIds["), let close = id.name[open.upperBound...].firstIndex(of: "]") {
            let index = id.name[open.upperBound..<close]
            return "!Select [1, !Split [\":\", !Select [\(index), !GetAtt \(firewall.name).EndpointIds]]]"
        }
        if id.stack == nil { return id.name }
        if id.name.contains("."), id.stack == other.stack { return "!GetAtt \(id.name)" }
        return reference(to: id, from: other, in: language)
    }

    /// A route in an edge route table that sends a subnet's block back through the endpoint
    /// its default route uses; `replacing` rewrites the route that goes elsewhere instead.
    static func edgeRoute(for subnet: Subnet, block: String, through endpoint: RouteTarget, in edge: RouteTable, replacing route: Route?, source: Topology.Source) -> LocalizedText {
        func value(_ language: Language) -> String { FixText.endpoint(endpoint, from: edge.id, source: source, in: language) }
        func rewrite(_ route: Route, _ id: ResourceID) -> LocalizedText {
            LocalizedText(FixLead.routeThroughEndpoint(
                route: id.name, destination: route.destination.value?.description ?? block, table: edge.id.name, subnet: subnet.id.name))
        }
        switch source {
        case .templates:
            if let route, let id = route.id {
                return rewrite(route, id).appending(snippet { "\n  VpcEndpointId: \(value($0))" })
            }
            return LocalizedText(FixLead.addToStack(edge.id.stack, defining: edge.id.name)).appending(snippet { language in
                """

                  \(subnet.id.name)ReturnRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: \(reference(to: edge.id, from: subnet.id, in: language))
                      \(block.contains(":") ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock"): \(block)
                      VpcEndpointId: \(value(language))
                """
            })
        case .terraform:
            if let route, let id = route.id {
                return rewrite(route, id).appending(snippet { "\n  vpc_endpoint_id = \(hclEndpoint(endpoint, from: edge.id, in: $0))" })
            }
            return LocalizedText(FixLead.addToConfiguration(module: nil)).appending(snippet { language in
                """

                  resource "aws_route" "\(label(subnet.id))_return" {
                    route_table_id = \(hclReference(edge.id))
                    \(block.contains(":") ? "destination_ipv6_cidr_block" : "destination_cidr_block") = "\(block)"
                    vpc_endpoint_id = \(hclEndpoint(endpoint, from: edge.id, in: language))
                  }
                """
            })
        case .account:
            let verb = route == nil ? "create-route" : "replace-route"
            let destination = route?.destination.value?.description ?? block
            return snippet { "aws ec2 \(verb) --route-table-id \(edge.id.name) \(destination.contains(":") ? "--destination-ipv6-cidr-block" : "--destination-cidr-block") \(destination) --vpc-endpoint-id \(value($0))" }
        }
    }

    /// An edge route table for an internet gateway, with the route that sends a subnet's block
    /// through the endpoint its default route uses.
    static func newEdgeRouteTable(for subnet: Subnet, block: String, through endpoint: RouteTarget, gateway: ResourceID, source: Topology.Source) -> LocalizedText {
        func vpc(_ language: Language) -> String { subnet.vpc.value?.name ?? FixPlaceholder.vpc.text(in: language) }
        switch source {
        case .templates:
            return LocalizedText(FixLead.addToStack(subnet.id.stack, defining: subnet.id.name)).appending(snippet { language in
                """

                  EdgeRouteTable:
                    Type: AWS::EC2::RouteTable
                    Properties:
                      VpcId: !Ref \(vpc(language))
                  EdgeRouteTableAssociation:
                    Type: AWS::EC2::GatewayRouteTableAssociation
                    Properties:
                      GatewayId: \(reference(to: gateway, from: subnet.id, in: language))
                      RouteTableId: !Ref EdgeRouteTable
                  \(subnet.id.name)ReturnRoute:
                    Type: AWS::EC2::Route
                    Properties:
                      RouteTableId: !Ref EdgeRouteTable
                      \(block.contains(":") ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock"): \(block)
                      VpcEndpointId: \(FixText.endpoint(endpoint, from: subnet.id, source: source, in: language))
                """
            })
        case .terraform:
            return LocalizedText(FixLead.addToConfiguration(module: nil)).appending(snippet { language in
                """

                  resource "aws_route_table" "edge" {
                    vpc_id = \(subnet.vpc.value.map { hclReference($0) } ?? FixPlaceholder.vpc.text(in: language))
                  }
                  resource "aws_route_table_association" "edge" {
                    gateway_id     = \(hclReference(gateway))
                    route_table_id = aws_route_table.edge.id
                  }
                  resource "aws_route" "\(label(subnet.id))_return" {
                    route_table_id = aws_route_table.edge.id
                    \(block.contains(":") ? "destination_ipv6_cidr_block" : "destination_cidr_block") = "\(block)"
                    vpc_endpoint_id = \(hclEndpoint(endpoint, from: gateway, in: language))
                  }
                """
            })
        case .account:
            return snippet { language in
                "aws ec2 create-route-table --vpc-id \(vpc(language)); aws ec2 associate-route-table --route-table-id RTB --gateway-id \(gateway.name); aws ec2 create-route --route-table-id RTB \(block.contains(":") ? "--destination-ipv6-cidr-block" : "--destination-cidr-block") \(block) --vpc-endpoint-id \(FixText.endpoint(endpoint, from: subnet.id, source: source, in: language))"
            }
        }
    }

    /// Changes the input of a registry module that made a subnet without an internet route.
    static func changeModuleInput(_ input: ModuleInput) -> LocalizedText {
        LocalizedText(FixLead.changeModuleInput(input))
    }

    /// How HCL written next to `anchor` names an inspecting endpoint: the resource's address,
    /// else a placeholder in `language`.
    static func hclEndpoint(_ endpoint: RouteTarget, from anchor: ResourceID, in language: Language) -> String {
        if let firewall = endpoint.firewall, let subnet = endpoint.subnet {
            // Before apply, the firewall's endpoint in that subnet, picked out of its sync states.
            let address = TerraformAddress(firewall.name)
            guard address.module == TerraformAddress(anchor.name).module else {
                return FixPlaceholder.firewallEndpoint(firewall: firewall.name, subnet: subnet.name).text(in: language)
            }
            return "one([for state in \(address.local).firewall_status[0].sync_states : state.attachment[0].endpoint_id if state.attachment[0].subnet_id == \(hclReference(subnet, from: anchor, in: language))])"
        }
        guard case .known(let id)? = endpoint.id else { return FixPlaceholder.defaultRouteEndpoint.text(in: language) }
        return hclReference(id, from: anchor, in: language)
    }

    /// How HCL refers to a resource: `aws_subnet.public[1].id` for a resource of the
    /// configuration, a quoted id (`"subnet-0abc"`) for one from outside it.
    static func hclReference(_ id: ResourceID) -> String { hclReference(id, attribute: "id") }

    /// How HCL refers to an attribute of a resource (`aws_lb.main.arn`), or a quoted id for one
    /// from outside the configuration; the same in every language.
    static func hclReference(_ id: ResourceID, attribute: String) -> String {
        let local = TerraformAddress(id.name).local
        guard local.hasPrefix("aws_") && local.contains(".") else { return "\"\(id.name)\"" }
        return "\(local).\(attribute)"
    }

    /// How HCL written next to `anchor` (in the same module) refers to `id`: by its address
    /// within the module, or, in another module, as a value that module has to output (a
    /// placeholder in `language`).
    static func hclReference(_ id: ResourceID, attribute: String = "id", from anchor: ResourceID, in language: Language) -> String {
        let address = TerraformAddress(id.name)
        guard address.local.hasPrefix("aws_") && address.local.contains(".") else { return "\"\(id.name)\"" }
        if TerraformAddress(anchor.name).module != address.module {
            return FixPlaceholder.passedIn(attribute: attribute, resource: id.name).text(in: language)
        }
        return "\(address.local).\(attribute)"
    }

    /// The module that declares `id`, where a new resource next to it is written; nil for the
    /// root configuration.
    static func module(of id: ResourceID) -> String? {
        TerraformAddress(id.name).module
    }

    /// A resource name for a new resource derived from an address: `aws_subnet.public[1]` → `public_1`.
    static func label(_ id: ResourceID) -> String {
        let local = TerraformAddress(id.name).local.split(separator: ".").dropFirst().joined(separator: "_")
        let cleaned = String(local.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
        let collapsed = cleaned.split(separator: "_", omittingEmptySubsequences: true).joined(separator: "_")
        return collapsed.isEmpty ? "fix" : collapsed
    }

    /// `!Ref X` within a stack, or a pointer to the export (a placeholder in `language`) when it
    /// lives elsewhere.
    static func reference(to id: ResourceID, from other: ResourceID, in language: Language) -> String {
        if id.stack == other.stack { return "!Ref \(id.name)" }
        return "!ImportValue \(FixPlaceholder.export(resource: id.name, stack: id.stack).text(in: language))"
    }
}
