#!/usr/bin/env python3
"""Writes a deployment of N CloudFormation stacks of ~40 resources each into a folder.

Each stack is a public web tier: VPC, gateway, route tables, three subnets, a network ACL with
entries, security groups, an internet-facing ALB with listeners, target groups, instances. Every
stack after the first imports a shared prefix-list id from the one before, so the stacks form one
deployment joined by exports, as albdoctor and cfn-lint both have to read them together.
"""
import os
import sys

STACK = """AWSTemplateFormatVersion: '2010-09-09'
Description: Generated web tier {i}
Parameters:
  Env:
    Type: String
    Default: bench
  CertificateArn:
    Type: String
    Default: arn:aws:acm:ap-northeast-1:123456789012:certificate/{i:08d}-0000-0000-0000-000000000000
Conditions:
  IsBench: !Equals [!Ref Env, bench]
Resources:
  VPC:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.{o}.0.0/16
      EnableDnsSupport: true
      EnableDnsHostnames: true
      Tags: [{{Key: Name, Value: !Sub '${{Env}}-vpc-{i}'}}, {{Key: Shared, Value: {shared}}}]
  InternetGateway:
    Type: AWS::EC2::InternetGateway
  GatewayAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties:
      VpcId: !Ref VPC
      InternetGatewayId: !Ref InternetGateway
  PublicRouteTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref VPC
  PublicDefaultRoute:
    Type: AWS::EC2::Route
    DependsOn: GatewayAttachment
    Properties:
      RouteTableId: !Ref PublicRouteTable
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: !Ref InternetGateway
  PrivateRouteTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref VPC
{subnets}
  PublicAcl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: !Ref VPC
  AclInHttps:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {{NetworkAclId: !Ref PublicAcl, RuleNumber: 100, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: {{From: 443, To: 443}}}}
  AclInHttp:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {{NetworkAclId: !Ref PublicAcl, RuleNumber: 110, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: {{From: 80, To: 80}}}}
  AclInEphemeral:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {{NetworkAclId: !Ref PublicAcl, RuleNumber: 120, Protocol: 6, RuleAction: allow, CidrBlock: 0.0.0.0/0, PortRange: {{From: 1024, To: 65535}}}}
  AclOut:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {{NetworkAclId: !Ref PublicAcl, RuleNumber: 100, Protocol: -1, Egress: true, RuleAction: allow, CidrBlock: 0.0.0.0/0}}
  PublicSubnet0Acl:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties: {{SubnetId: !Ref PublicSubnet0, NetworkAclId: !Ref PublicAcl}}
  PublicSubnet1Acl:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties: {{SubnetId: !Ref PublicSubnet1, NetworkAclId: !Ref PublicAcl}}
  PublicSubnet2Acl:
    Type: AWS::EC2::SubnetNetworkAclAssociation
    Properties: {{SubnetId: !Ref PublicSubnet2, NetworkAclId: !Ref PublicAcl}}
  LoadBalancerSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: public web {i}
      VpcId: !Ref VPC
      SecurityGroupIngress:
        - {{IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}}
        - {{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}}
  WebSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web servers {i}
      VpcId: !Ref VPC
  WebFromLoadBalancer:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref WebSecurityGroup
      IpProtocol: tcp
      FromPort: 8080
      ToPort: 8080
      SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId
  LoadBalancer:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Name: !Sub '${{Env}}-alb-{i}'
      Scheme: internet-facing
      Type: application
      Subnets: [!Ref PublicSubnet0, !Ref PublicSubnet1, !Ref PublicSubnet2]
      SecurityGroups: [!Ref LoadBalancerSecurityGroup]
      LoadBalancerAttributes:
        - {{Key: connection_logs.s3.enabled, Value: 'true'}}
        - {{Key: connection_logs.s3.bucket, Value: !Sub '${{Env}}-logs-{i}'}}
  HttpListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref LoadBalancer
      Port: 80
      Protocol: HTTP
      DefaultActions:
        - Type: redirect
          RedirectConfig: {{Protocol: HTTPS, Port: '443', StatusCode: HTTP_301}}
  HttpsListener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref LoadBalancer
      Port: 443
      Protocol: HTTPS
      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
      Certificates: [{{CertificateArn: !Ref CertificateArn}}]
      DefaultActions: [{{Type: forward, TargetGroupArn: !Ref WebTargets}}]
  ApiRule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref HttpsListener
      Priority: 10
      Conditions: [{{Field: path-pattern, Values: [/api/*]}}]
      Actions: [{{Type: forward, TargetGroupArn: !Ref ApiTargets}}]
  WebTargets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: !Ref VPC
      Port: 8080
      Protocol: HTTP
      TargetType: instance
      Targets: [{{Id: !Ref Web0}}, {{Id: !Ref Web1}}]
  ApiTargets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      VpcId: !Ref VPC
      Port: 8080
      Protocol: HTTP
      TargetType: instance
      Targets: [{{Id: !Ref Web1}}]
  Web0:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      SubnetId: !Ref PrivateSubnet0
      SecurityGroupIds: [!Ref WebSecurityGroup]
  Web1:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: t3.micro
      SubnetId: !Ref PrivateSubnet1
      SecurityGroupIds: [!Ref WebSecurityGroup]
  ExtraCertificate:
    Type: AWS::ElasticLoadBalancingV2::ListenerCertificate
    Properties:
      ListenerArn: !Ref HttpsListener
      Certificates: [{{CertificateArn: !Ref CertificateArn}}]
  LoadBalancerToTargets:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !Ref LoadBalancerSecurityGroup
      IpProtocol: tcp
      FromPort: 8080
      ToPort: 8080
      DestinationSecurityGroupId: !GetAtt WebSecurityGroup.GroupId
  PrivateAcl:
    Type: AWS::EC2::NetworkAcl
    Properties:
      VpcId: !Ref VPC
  PrivateAclOut:
    Type: AWS::EC2::NetworkAclEntry
    Properties: {{NetworkAclId: !Ref PrivateAcl, RuleNumber: 100, Protocol: -1, Egress: true, RuleAction: allow, CidrBlock: 0.0.0.0/0}}
  LogsBucket:
    Type: AWS::S3::Bucket
    Condition: IsBench
    Properties:
      BucketName: !Sub '${{Env}}-logs-{i}'
Outputs:
  VpcId:
    Value: !Ref VPC
    Export: {{Name: !Sub '${{AWS::StackName}}-VpcId'}}
  PublicSubnets:
    Value: !Join [',', [!Ref PublicSubnet0, !Ref PublicSubnet1, !Ref PublicSubnet2]]
    Export: {{Name: !Sub '${{AWS::StackName}}-PublicSubnets'}}
  SharedTag:
    Value: !Sub '${{Env}}-shared-{i}'
    Export: {{Name: !Sub '${{AWS::StackName}}-SharedTag'}}
"""

SUBNET = """  {kind}Subnet{n}:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref VPC
      AvailabilityZone: !Select [{n}, !GetAZs '']
      CidrBlock: !Select [{index}, !Cidr [!GetAtt VPC.CidrBlock, 8, 8]]
  {kind}Subnet{n}Association:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref {kind}Subnet{n}
      RouteTableId: !Ref {kind}RouteTable"""


def stack(i: int) -> str:
    subnets = "\n".join(
        SUBNET.format(kind=kind, n=n, index=(0 if kind == "Public" else 3) + n)
        for kind, count in (("Public", 3), ("Private", 2))
        for n in range(count)
    )
    shared = "bench-root" if i == 0 else "!ImportValue stack-%03d-SharedTag" % (i - 1)
    return STACK.format(i=i, o=i % 250, subnets=subnets, shared=shared)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: generate-stacks.py COUNT FOLDER")
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        with open(os.path.join(folder, "stack-%03d.yaml" % i), "w") as f:
            f.write(stack(i))


if __name__ == "__main__":
    main()
