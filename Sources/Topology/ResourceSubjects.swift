public import Findings

extension ResourceID {
    /// The resource as a finding's subject, of `kind`: its stack and logical id, or its id.
    public func subject(_ kind: Subject.ResourceKind) -> Subject { .resource(kind, stack: stack, id: name) }
}

extension VPC { public var subject: Subject { id.subject(.vpc) } }
extension Subnet { public var subject: Subject { id.subject(.subnet) } }
extension RouteTable { public var subject: Subject { id.subject(.routeTable) } }
extension NetworkACL { public var subject: Subject { id.subject(.networkACL) } }
extension SecurityGroup { public var subject: Subject { id.subject(.securityGroup) } }
extension LoadBalancer { public var subject: Subject { id.subject(.loadBalancer) } }
extension Listener { public var subject: Subject { id.subject(.listener) } }
extension TargetGroup { public var subject: Subject { id.subject(.targetGroup) } }
extension TargetMember { public var subject: Subject { id.subject(.targetMember) } }
extension InternetGateway { public var subject: Subject { id.subject(.internetGateway) } }
extension ElasticIP { public var subject: Subject { id.subject(.elasticIP) } }
extension ElasticIPHolder { public var subject: Subject { id.subject(.elasticIPHolder) } }
extension InspectionEndpointPlacement { public var subject: Subject { id.subject(.inspectionEndpoint) } }
