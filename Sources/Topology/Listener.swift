public import Findings

/// An `AWS::ElasticLoadBalancingV2::Listener`, with certificates added by
/// `ListenerCertificate` resources counted in.
public struct Listener: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var loadBalancer: Known<ResourceID>
    public var port: Known<Int>
    /// `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`.
    public var `protocol`: Known<String>
    /// How many certificates it has (default plus extra).
    public var certificateCount: Known<Int>
    public var defaultActions: Known<[ListenerAction]>

    public init(
        id: ResourceID,
        location: Location? = nil,
        loadBalancer: Known<ResourceID>,
        port: Known<Int>,
        protocol: Known<String>,
        certificateCount: Known<Int>,
        defaultActions: Known<[ListenerAction]>
    ) {
        self.id = id
        self.location = location
        self.loadBalancer = loadBalancer
        self.port = port
        self.protocol = `protocol`
        self.certificateCount = certificateCount
        self.defaultActions = defaultActions
    }

    /// Whether the protocol encrypts (HTTPS or TLS).
    public var terminatesTLS: Known<Bool> { `protocol`.map { ["HTTPS", "TLS"].contains($0.uppercased()) } }
}

/// An `AWS::ElasticLoadBalancingV2::ListenerRule`: more actions on a listener.
public struct ListenerRule: Sendable, Hashable {
    public var id: ResourceID
    public var location: Location?
    public var listener: Known<ResourceID>
    public var actions: Known<[ListenerAction]>

    public init(id: ResourceID, location: Location? = nil, listener: Known<ResourceID>, actions: Known<[ListenerAction]>) {
        self.id = id
        self.location = location
        self.listener = listener
        self.actions = actions
    }
}

/// What a listener or rule does with a request.
public enum ListenerAction: Sendable, Hashable {
    case forward(targetGroups: [Known<ResourceID>])
    case redirect(Redirect)
    case fixedResponse
    case authenticate
    case other(String)

    /// A `RedirectConfig`. Unset fields keep the request's own (`#{protocol}`, `#{port}`, …).
    public struct Redirect: Sendable, Hashable {
        public var `protocol`: Known<String>
        public var port: Known<String>
        public var host: Known<String>
        public var statusCode: Known<String>

        public init(protocol: Known<String>, port: Known<String>, host: Known<String>, statusCode: Known<String>) {
            self.protocol = `protocol`
            self.port = port
            self.host = host
            self.statusCode = statusCode
        }
    }
}
