public import Addresses

/// What a finding (or one of its related items) is about, as a value: the kind of thing and its
/// ids. Views join on these values, never on text; `description` is the identifier form the
/// reporters print and JSON's `subject` keeps (`network/PublicSubnetB`, `subnet-0b12…`,
/// `203.0.113.7`).
public enum Subject: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A resource of the network model: its kind, and its id — the stack and logical id of a
    /// template resource, the address of a Terraform resource, or an AWS id (no stack).
    case resource(ResourceKind, stack: String?, id: String)
    /// A part of a CloudFormation template named by its stack and logical id: a resource of
    /// any type, a condition, an output, a module use.
    case template(TemplateElement, stack: String, name: String)
    /// A CloudFormation stack, by name.
    case stack(String)
    /// A Terraform address that is not a network resource, e.g. `module.vpc` or a resource whose
    /// instances cannot be known.
    case terraform(String)
    /// An IP address.
    case address(IPAddress)
    /// A port of an address, e.g. `203.0.113.7:80`.
    case endpoint(address: IPAddress, port: Int)
    /// A DNS name.
    case host(String)
    /// A name as several of its addresses serve it (the same certificate on each), e.g.
    /// `shop.example on 203.0.113.7, 203.0.113.8`.
    case served(host: String, addresses: [IPAddress])
    /// A URL.
    case url(String)
    /// A client of a load balancer as the logs name it: `address:port`.
    case client(String)
    /// A file read, as the user named it.
    case file(String)
    /// A part of the logs read when no one client or URL stands for it.
    case logs(LogTopic)

    /// The kinds of network resource a finding can be about.
    public enum ResourceKind: String, Sendable, Hashable, Codable, CaseIterable {
        case vpc
        case subnet
        case routeTable = "route-table"
        case route
        case networkACL = "network-acl"
        case securityGroup = "security-group"
        case loadBalancer = "load-balancer"
        case listener
        case targetGroup = "target-group"
        /// What registers targets in a target group (an instance, an Auto Scaling group, …).
        case targetMember = "target-member"
        case internetGateway = "internet-gateway"
        case elasticIP = "elastic-ip"
        /// What holds an Elastic IP other than a load balancer (a NAT gateway, an instance).
        case elasticIPHolder = "elastic-ip-holder"
        /// A firewall or Gateway Load Balancer endpoint resource.
        case inspectionEndpoint = "inspection-endpoint"
        case networkInterface = "network-interface"
    }

    /// The parts of a template a finding names by their logical id alone.
    public enum TemplateElement: String, Sendable, Hashable, Codable, CaseIterable {
        /// A resource of any type, e.g. one a condition decides.
        case resource
        case condition
        case output
        case module
    }

    /// The parts of the logs a finding can be about as a whole.
    public enum LogTopic: String, Sendable, Hashable, Codable, CaseIterable {
        /// The redirects to HTTPS.
        case httpsRedirects = "https redirect"
        /// The TLS connections.
        case tlsConnections = "TLS"
        /// The connections of the connection logs.
        case connections
    }

    /// The identifier form: `STACK/LogicalId` for template resources, the id or address otherwise.
    public var description: String {
        switch self {
        case .resource(_, let stack?, let id), .template(_, let stack, let id): "\(stack)/\(id)"
        case .resource(_, nil, let id): id
        case .stack(let text), .terraform(let text), .host(let text), .url(let text), .client(let text), .file(let text): text
        case .address(let address): address.text
        case .endpoint(let address, let port): "\(address):\(port)"
        case .served(let host, let addresses): "\(host) on \(addresses.map(\.text).joined(separator: ", "))"
        case .logs(let topic): topic.rawValue
        }
    }

    /// The resource's id when this is a network resource of `kind`: joins a finding to the
    /// subnet, route table or load balancer another view names.
    public func id(of kind: ResourceKind) -> String? {
        guard case .resource(kind, _, let id) = self else { return nil }
        return id
    }

    /// Ordered as their identifier forms, for a stable display order.
    public static func < (lhs: Subject, rhs: Subject) -> Bool { lhs.description < rhs.description }
}

extension Subject: Codable {
    private enum CodingKeys: String, CodingKey { case kind, stack, id, host, address, addresses, port }

    /// `kind` names the case (a resource's own kind for `.resource`), `id` its id (the
    /// identifier form for the other cases) and `stack` the stack of a template's resource or
    /// element; an endpoint adds `address` and `port`, a name served by several addresses
    /// `host` and `addresses`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .resource(_, let stack, let id):
            try container.encodeIfPresent(stack, forKey: .stack)
            try container.encode(id, forKey: .id)
        case .template(_, let stack, let name):
            try container.encode(stack, forKey: .stack)
            try container.encode(name, forKey: .id)
        case .endpoint(let address, let port):
            try container.encode(description, forKey: .id)
            try container.encode(address, forKey: .address)
            try container.encode(port, forKey: .port)
        case .served(let host, let addresses):
            try container.encode(description, forKey: .id)
            try container.encode(host, forKey: .host)
            try container.encode(addresses, forKey: .addresses)
        default:
            try container.encode(description, forKey: .id)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        let id = try container.decode(String.self, forKey: .id)
        let stack = try container.decodeIfPresent(String.self, forKey: .stack)
        switch kind {
        case "stack": self = .stack(id)
        case "terraform": self = .terraform(id)
        case "address":
            guard let address = IPAddress(id) else {
                throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "'\(id)' is not an IP address")
            }
            self = .address(address)
        case "host": self = .host(id)
        case "url": self = .url(id)
        case "client": self = .client(id)
        case "file": self = .file(id)
        case "endpoint": self = .endpoint(address: try container.decode(IPAddress.self, forKey: .address), port: try container.decode(Int.self, forKey: .port))
        case "served": self = .served(host: try container.decode(String.self, forKey: .host), addresses: try container.decode([IPAddress].self, forKey: .addresses))
        case "logs":
            guard let topic = LogTopic(rawValue: id) else {
                throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "'\(id)' is not a part of the logs")
            }
            self = .logs(topic)
        default:
            if let resource = ResourceKind(rawValue: kind) {
                self = .resource(resource, stack: stack, id: id)
            } else if let element = TemplateElement(rawValue: kind), let stack {
                self = .template(element, stack: stack, name: id)
            } else {
                throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "'\(kind)' is not a kind of subject")
            }
        }
    }

    /// The `kind` JSON gives it.
    public var kind: String {
        switch self {
        case .resource(let kind, _, _): kind.rawValue
        case .template(let element, _, _): element.rawValue
        case .stack: "stack"
        case .terraform: "terraform"
        case .address: "address"
        case .endpoint: "endpoint"
        case .host: "host"
        case .served: "served"
        case .url: "url"
        case .client: "client"
        case .file: "file"
        case .logs: "logs"
        }
    }
}
