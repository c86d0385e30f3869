import Findings

/// A report like the seed's, with every field a renderer must carry.
enum SampleReport {
    static let source = """
        Resources:
          PublicSubnetB: # added for the Tokyo deployment only
            Type: AWS::EC2::Subnet
        """

    static let report = Report(command: "lint", findings: [
        Finding(
            ruleID: "ALB001", severity: .error, title: "Load-balancer subnet has no route to the internet",
            message: "PublicSubnetB (ap-northeast-1c) uses the main route table of VPC, which has no 0.0.0.0/0 route to an internet gateway.",
            subject: .resource(.subnet, stack: "network", id: "PublicSubnetB"),
            related: [.resource(.loadBalancer, stack: "alb", id: "ALB"), .resource(.routeTable, stack: "network", id: "VPC.MainRouteTable")],
            location: Location(file: "fixtures/seed tokyo/network.yaml", line: 2, column: 3),
            evidence: ["availability zone": "ap-northeast-1c", "routes": "10.0.0.0/16 → local"],
            fix: "Add to the stack network:\n  PublicSubnetBRouteTableAssociation:\n    Type: AWS::EC2::SubnetRouteTableAssociation"),
        Finding(ruleID: "ALB012", severity: .note, title: "Internet-facing load balancer without connection logs",
                message: "test-alb has no connection logs.", subject: .resource(.loadBalancer, stack: "alb", id: "ALB")),
    ])
}
