import CloudFormation
import Findings
import Rules
import Testing

/// A value albdoctor cannot know (an import from a stack not given, a parameter without a value)
/// never becomes a warning or an error built on "none": for each rule, a deployment where the
/// one fact it needs is unknown gives at most an unverified note, and says so.
@Suite struct UnknownValueTests {
    /// A healthy deployment: every rule is quiet on it. The variants below make one fact unknown.
    static let healthy = """
        Parameters:
          Unset: { Type: String }
        Resources:
          VPC:
            Type: AWS::EC2::VPC
            Properties: { CidrBlock: 10.0.0.0/16 }
          InternetGateway:
            Type: AWS::EC2::InternetGateway
          GatewayAttachment:
            Type: AWS::EC2::VPCGatewayAttachment
            Properties: { VpcId: !Ref VPC, InternetGatewayId: !Ref InternetGateway }
          PublicRouteTable:
            Type: AWS::EC2::RouteTable
            Properties: { VpcId: !Ref VPC }
          DefaultRoute:
            Type: AWS::EC2::Route
            Properties: { RouteTableId: !Ref PublicRouteTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref InternetGateway }
          SubnetA:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref VPC, AvailabilityZone: !Select [0, !GetAZs ''], CidrBlock: 10.0.0.0/24 }
          SubnetAAssociation:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: { SubnetId: !Ref SubnetA, RouteTableId: !Ref PublicRouteTable }
          SubnetB:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref VPC, AvailabilityZone: !Select [1, !GetAZs ''], CidrBlock: 10.0.1.0/24 }
          SubnetBAssociation:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: { SubnetId: !Ref SubnetB, RouteTableId: !Ref PublicRouteTable }
          LoadBalancerSecurityGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: public web
              VpcId: !Ref VPC
              SecurityGroupIngress:
                - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0 }
                - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }
          LoadBalancer:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: application
              IpAddressType: ipv4
              Scheme: internet-facing
              Subnets: [!Ref SubnetA, !Ref SubnetB]
              SecurityGroups: [!Ref LoadBalancerSecurityGroup]
              LoadBalancerAttributes:
                - { Key: connection_logs.s3.enabled, Value: 'true' }
          HttpsListener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref LoadBalancer
              Port: 443
              Protocol: HTTPS
              Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/1 }]
              DefaultActions: [{ Type: forward, TargetGroupArn: !Ref Targets }]
          HttpListener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref LoadBalancer
              Port: 80
              Protocol: HTTP
              DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: '443', StatusCode: HTTP_301 } }]
          WebSecurityGroup:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              VpcId: !Ref VPC
              SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 80, ToPort: 80, SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup }]
          Web:
            Type: AWS::EC2::Instance
            Properties: { ImageId: ami-12345678, SubnetId: !Ref SubnetA, SecurityGroupIds: [!Ref WebSecurityGroup] }
          Targets:
            Type: AWS::ElasticLoadBalancingV2::TargetGroup
            Properties: { VpcId: !Ref VPC, Port: 80, Protocol: HTTP, Targets: [{ Id: !Ref Web }] }

        """

    /// The findings of `rule` on the healthy deployment with each `(old, new)` replaced.
    static func findings(_ rule: String, _ replacements: [(String, String)]) throws -> [Finding] {
        var text = healthy
        for (old, new) in replacements {
            #expect(text.contains(old), "the healthy deployment has no \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let stacks = [StackSource(name: "app", file: "app.yaml", text: text)]
        return RuleRegistry.check(try Deployment(stacks: stacks, parameters: []).topology()).filter { $0.ruleID == rule }
    }

    /// Only notes, at least one, each saying it is unverified and why.
    static func expectUnverified(_ findings: [Finding], _ rule: String, mentioning: String) {
        #expect(!findings.isEmpty, "\(rule) said nothing: a silent pass")
        for finding in findings {
            #expect(finding.severity == .note, "\(rule) built a \(finding.severity) on an unknown: \(finding.message)")
            #expect(finding.evidence["status"] == "unverified", "\(rule): \(finding.message)")
        }
        #expect(findings.contains { $0.message.contains(mentioning) }, "\(rule): \(findings.map(\.message))")
    }

    @Test func theHealthyDeploymentIsQuiet() throws {
        let stacks = [StackSource(name: "app", file: "app.yaml", text: Self.healthy)]
        let findings = RuleRegistry.check(try Deployment(stacks: stacks, parameters: []).topology())
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func alb001SubnetImported() throws {
        let findings = try Self.findings("ALB001", [("Subnets: [!Ref SubnetA, !Ref SubnetB]", "Subnets: [!Ref SubnetA, !ImportValue network-SubnetB]")])
        Self.expectUnverified(findings, "ALB001", mentioning: "network-SubnetB")
    }

    @Test func alb001AddressTypeUnknown() throws {
        let findings = try Self.findings("ALB001", [
            ("IpAddressType: ipv4", "IpAddressType: !Ref Unset"), ("SubnetBAssociation:", "UnusedAssociation:"),
            ("{ SubnetId: !Ref SubnetB, RouteTableId: !Ref PublicRouteTable }", "{ SubnetId: !Ref SubnetA, RouteTableId: !Ref PublicRouteTable }"),
        ])
        Self.expectUnverified(findings, "ALB001", mentioning: "IP address type is unknown")
    }

    @Test func alb002AddressTypeUnknown() throws {
        let findings = try Self.findings("ALB002", [("IpAddressType: ipv4", "IpAddressType: !Ref Unset")])
        Self.expectUnverified(findings, "ALB002", mentioning: "IP address type is unknown")
    }

    @Test func alb003GatewayOfAnAttachmentImported() throws {
        let findings = try Self.findings("ALB003", [("InternetGatewayId: !Ref InternetGateway }", "InternetGatewayId: !ImportValue network-Gateway }")])
        Self.expectUnverified(findings, "ALB003", mentioning: "network-Gateway")
    }

    @Test func alb004TypeUnknownWithOneSubnet() throws {
        let findings = try Self.findings("ALB004", [("Type: application", "Type: !Ref Unset"), ("Subnets: [!Ref SubnetA, !Ref SubnetB]", "Subnets: [!Ref SubnetA]")])
        Self.expectUnverified(findings, "ALB004", mentioning: "its type is unknown")
    }

    @Test func alb005SlashTwentyEightIsOnlyAWarning() throws {
        let findings = try Self.findings("ALB005", [("CidrBlock: 10.0.1.0/24", "CidrBlock: 10.0.1.0/28")])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message.contains("AWS accepts it, but asks for a /27") == true)
        #expect(findings.first?.evidence["usable addresses"] == "11")
    }

    @Test func alb005SizeUnknown() throws {
        let findings = try Self.findings("ALB005", [("CidrBlock: 10.0.1.0/24", "CidrBlock: !ImportValue network-CidrB")])
        Self.expectUnverified(findings, "ALB005", mentioning: "network-CidrB")
    }

    @Test func alb006SecurityGroupImported() throws {
        let findings = try Self.findings("ALB006", [("SecurityGroups: [!Ref LoadBalancerSecurityGroup]", "SecurityGroups: [!ImportValue edge-LoadBalancerGroup]")])
        Self.expectUnverified(findings, "ALB006", mentioning: "edge-LoadBalancerGroup")
    }

    @Test func alb007IPv6DeniedButAddressTypeUnknown() throws {
        let findings = try Self.findings("ALB007", [
            ("IpAddressType: ipv4", "IpAddressType: !Ref Unset"),
            ("  HttpsListener:", """
              Acl:
                Type: AWS::EC2::NetworkAcl
                Properties: { VpcId: !Ref VPC }
              AclIn:
                Type: AWS::EC2::NetworkAclEntry
                Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0 }
              AclOut:
                Type: AWS::EC2::NetworkAclEntry
                Properties: { NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, Egress: true, CidrBlock: 0.0.0.0/0 }
              AclSubnetA:
                Type: AWS::EC2::SubnetNetworkAclAssociation
                Properties: { SubnetId: !Ref SubnetA, NetworkAclId: !Ref Acl }
              HttpsListener:
            """),
        ])
        // The IPv4 side is known and allowed; the IPv6 denial depends on the unknown address type.
        #expect(!findings.contains { $0.severity != .note }, "\(findings.map(\.message))")
        #expect(findings.contains { $0.message.contains("IPv6 clients of") })
    }

    @Test func alb007ListenerPortUnknown() throws {
        let findings = try Self.findings("ALB007", [("Port: 443\n", "Port: !Ref Unset\n")])
        Self.expectUnverified(findings, "ALB007", mentioning: "its port is unknown")
    }

    @Test func alb008IngressPortUnknown() throws {
        let findings = try Self.findings("ALB008", [("FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0", "FromPort: !Ref Unset, ToPort: !Ref Unset, CidrIp: 0.0.0.0/0")])
        Self.expectUnverified(findings, "ALB008", mentioning: "ports are unknown")
    }

    @Test func alb008SecurityGroupImported() throws {
        let findings = try Self.findings("ALB008", [("SecurityGroups: [!Ref LoadBalancerSecurityGroup]", "SecurityGroups: [!ImportValue edge-LoadBalancerGroup]")])
        Self.expectUnverified(findings, "ALB008", mentioning: "edge-LoadBalancerGroup")
    }

    @Test func alb009HTTPSListenerPortUnknown() throws {
        let findings = try Self.findings("ALB009", [("Port: 443\n", "Port: !Ref Unset\n")])
        Self.expectUnverified(findings, "ALB009", mentioning: "port of HttpsListener is unknown")
    }

    @Test func alb010CertificatesUnknown() throws {
        let findings = try Self.findings("ALB010", [("Certificates: [{ CertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/1 }]", "Certificates: !Ref Unset")])
        Self.expectUnverified(findings, "ALB010", mentioning: "HttpsListener has a certificate")
    }

    /// The false warning seen on a real template: the load balancer's security group came from a
    /// stack that was not given, and was read as "no groups".
    @Test func alb011LoadBalancerSecurityGroupImported() throws {
        let findings = try Self.findings("ALB011", [
            ("SecurityGroups: [!Ref LoadBalancerSecurityGroup]", "SecurityGroups: [!ImportValue edge-LoadBalancerGroup]"),
            ("SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup", "SourceSecurityGroupId: sg-0123456789abcdef0"),
        ])
        Self.expectUnverified(findings, "ALB011", mentioning: "edge-LoadBalancerGroup")
    }

    @Test func alb011TargetIngressSourceImported() throws {
        let findings = try Self.findings("ALB011", [("SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup", "SourceSecurityGroupId: !ImportValue edge-LoadBalancerGroup")])
        Self.expectUnverified(findings, "ALB011", mentioning: "edge-LoadBalancerGroup")
    }

    @Test func alb012AttributeKeysUnknown() throws {
        let findings = try Self.findings("ALB012", [("- { Key: connection_logs.s3.enabled, Value: 'true' }", "- { Key: !ImportValue logging-Key, Value: 'true' }")])
        Self.expectUnverified(findings, "ALB012", mentioning: "logging-Key")
    }

    /// SubnetB's tags are imported and it has no route to the internet: whether it is tagged
    /// for internet-facing load balancers cannot be known.
    @Test func alb015TagsImported() throws {
        let findings = try Self.findings("ALB015", [
            ("CidrBlock: 10.0.1.0/24 }", "CidrBlock: 10.0.1.0/24, Tags: !ImportValue platform-SubnetTags }"),
            ("Properties: { SubnetId: !Ref SubnetB, RouteTableId: !Ref PublicRouteTable }", "Properties: { SubnetId: !Ref SubnetA, RouteTableId: !Ref PublicRouteTable }"),
        ])
        Self.expectUnverified(findings, "ALB015", mentioning: "platform-SubnetTags")
    }
}
