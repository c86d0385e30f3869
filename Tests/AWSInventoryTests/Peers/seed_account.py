#!/usr/bin/env python3
"""Builds the seed's deployment in an AWS API endpoint (moto): a VPC, two public subnets in two
AZs, an attached internet gateway, a public route table with 0.0.0.0/0 -> IGW associated with
subnet A only, an internet-facing ALB in both subnets with HTTP->HTTPS redirect and HTTPS
listeners, as in fixtures/unrouted-alb-subnet/.

  seed_account.py ENDPOINT create     -> prints JSON with the ids
  seed_account.py ENDPOINT associate  -> associates subnet B with the public route table
"""
import json
import sys

import boto3

endpoint, command = sys.argv[1], sys.argv[2]
options = dict(endpoint_url=endpoint, region_name="ap-northeast-1", aws_access_key_id="testing", aws_secret_access_key="testing")
ec2 = boto3.client("ec2", **options)
elb = boto3.client("elbv2", **options)
acm = boto3.client("acm", **options)

if command == "create":
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    subnet_a = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.0.0/24", AvailabilityZone="ap-northeast-1a")["Subnet"]["SubnetId"]
    subnet_b = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.1.0/24", AvailabilityZone="ap-northeast-1c")["Subnet"]["SubnetId"]
    gateway = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=gateway, VpcId=vpc)
    table = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=table, DestinationCidrBlock="0.0.0.0/0", GatewayId=gateway)
    ec2.associate_route_table(RouteTableId=table, SubnetId=subnet_a)
    group = ec2.create_security_group(GroupName="alb", Description="ALB ingress", VpcId=vpc)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": port, "ToPort": port, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]} for port in (80, 443)])
    lb = elb.create_load_balancer(Name="test-alb", Subnets=[subnet_a, subnet_b], SecurityGroups=[group], Scheme="internet-facing", Type="application")
    lb_arn = lb["LoadBalancers"][0]["LoadBalancerArn"]
    elb.modify_load_balancer_attributes(LoadBalancerArn=lb_arn, Attributes=[
        {"Key": "connection_logs.s3.enabled", "Value": "true"}, {"Key": "connection_logs.s3.bucket", "Value": "test-logs"}])
    targets = elb.create_target_group(Name="web", Protocol="HTTP", Port=80, VpcId=vpc, TargetType="instance")["TargetGroups"][0]["TargetGroupArn"]
    elb.create_listener(LoadBalancerArn=lb_arn, Protocol="HTTP", Port=80, DefaultActions=[
        {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}])
    certificate = acm.request_certificate(DomainName="test.jp")["CertificateArn"]
    elb.create_listener(LoadBalancerArn=lb_arn, Protocol="HTTPS", Port=443,
                        Certificates=[{"CertificateArn": certificate}],
                        DefaultActions=[{"Type": "forward", "TargetGroupArn": targets}])
    print(json.dumps({"vpc": vpc, "subnetA": subnet_a, "subnetB": subnet_b, "gateway": gateway, "publicRouteTable": table,
                      "loadBalancer": lb_arn}))
elif command == "associate":
    subnets = ec2.describe_subnets(Filters=[{"Name": "cidr-block", "Values": ["10.0.1.0/24"]}])["Subnets"]
    tables = [t for t in ec2.describe_route_tables()["RouteTables"]
              if any(r.get("GatewayId", "").startswith("igw-") for r in t["Routes"])]
    ec2.associate_route_table(RouteTableId=tables[0]["RouteTableId"], SubnetId=subnets[0]["SubnetId"])
    print("associated")
else:
    sys.exit("unknown command " + command)
