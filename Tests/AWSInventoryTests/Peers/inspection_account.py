#!/usr/bin/env python3
"""Builds distributed inspection in an AWS API endpoint (moto), for `albdoctor aws`:

  inspection_account.py ENDPOINT create symmetric|missing|crossed|unrouted-firewall-subnet
      -> prints JSON with the ids

A VPC with an attached internet gateway; firewall subnets in ap-northeast-1a and 1c on a public
route table (0.0.0.0/0 -> IGW), a Gateway Load Balancer endpoint in each; application subnets A
(1a) and B (1c), each with its own route table sending 0.0.0.0/0 to the endpoint of its zone; an
internet-facing ALB "inspected-alb" in A and B; and the internet gateway's edge route table
(associated with the gateway) sending each application subnet's block back:
  symmetric: A -> endpoint A, B -> endpoint B
  missing:   A -> endpoint A, no route for B
  crossed:   A -> endpoint B, B -> endpoint A
  unrouted-firewall-subnet: symmetric, but the firewall subnet of zone 1c was never associated
                            with the public route table
  transit-gateway: centralized inspection in another VPC: subnets A and B send 0.0.0.0/0 to a
                   transit gateway attached to this VPC; no endpoints, no edge route table
"""
import json
import sys

import boto3

endpoint, command, design = sys.argv[1], sys.argv[2], sys.argv[3]
if command != "create" or design not in ("symmetric", "missing", "crossed", "unrouted-firewall-subnet", "transit-gateway"):
    sys.exit("usage: inspection_account.py ENDPOINT create symmetric|missing|crossed|unrouted-firewall-subnet|transit-gateway")
options = dict(endpoint_url=endpoint, region_name="ap-northeast-1", aws_access_key_id="testing", aws_secret_access_key="testing")
ec2 = boto3.client("ec2", **options)
elb = boto3.client("elbv2", **options)

vpc = ec2.create_vpc(CidrBlock="10.40.0.0/16")["Vpc"]["VpcId"]
gateway = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
ec2.attach_internet_gateway(InternetGatewayId=gateway, VpcId=vpc)
public = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
ec2.create_route(RouteTableId=public, DestinationCidrBlock="0.0.0.0/0", GatewayId=gateway)
ids = {"vpc": vpc, "gateway": gateway}
if design == "transit-gateway":
    transit = ec2.create_transit_gateway(Description="central inspection")["TransitGateway"]["TransitGatewayId"]
    ids["transitGateway"] = transit
for name, zone, firewall_block, app_block in (("A", "ap-northeast-1a", "10.40.0.0/28", "10.40.1.0/24"),
                                              ("B", "ap-northeast-1c", "10.40.0.16/28", "10.40.2.0/24")):
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock=app_block, AvailabilityZone=zone)["Subnet"]["SubnetId"]
    table = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    if design == "transit-gateway":
        ec2.create_route(RouteTableId=table, DestinationCidrBlock="0.0.0.0/0", TransitGatewayId=ids["transitGateway"])
    else:
        firewall = ec2.create_subnet(VpcId=vpc, CidrBlock=firewall_block, AvailabilityZone=zone)["Subnet"]["SubnetId"]
        if design != "unrouted-firewall-subnet" or name == "A":
            ec2.associate_route_table(RouteTableId=public, SubnetId=firewall)
        ids["firewallSubnet" + name] = firewall
        ids["endpoint" + name] = ec2.create_vpc_endpoint(
            VpcId=vpc, VpcEndpointType="GatewayLoadBalancer", SubnetIds=[firewall],
            ServiceName="com.amazonaws.vpce.ap-northeast-1.vpce-svc-0123456789abcdef0")["VpcEndpoint"]["VpcEndpointId"]
        ec2.create_route(RouteTableId=table, DestinationCidrBlock="0.0.0.0/0", VpcEndpointId=ids["endpoint" + name])
    ec2.associate_route_table(RouteTableId=table, SubnetId=subnet)
    ids["subnet" + name], ids["routeTable" + name] = subnet, table

if design != "transit-gateway":
    edge = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    ec2.associate_route_table(RouteTableId=edge, GatewayId=gateway)
    ids["edgeRouteTable"] = edge
    returns = {"symmetric": {"A": "A", "B": "B"}, "missing": {"A": "A"}, "crossed": {"A": "B", "B": "A"},
               "unrouted-firewall-subnet": {"A": "A", "B": "B"}}[design]
    for name, block in (("A", "10.40.1.0/24"), ("B", "10.40.2.0/24")):
        if name in returns:
            ec2.create_route(RouteTableId=edge, DestinationCidrBlock=block, VpcEndpointId=ids["endpoint" + returns[name]])

group = ec2.create_security_group(GroupName="alb", Description="ALB ingress", VpcId=vpc)["GroupId"]
ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[
    {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
lb = elb.create_load_balancer(Name="inspected-alb", Subnets=[ids["subnetA"], ids["subnetB"]], SecurityGroups=[group],
                              Scheme="internet-facing", Type="application")["LoadBalancers"][0]["LoadBalancerArn"]
elb.modify_load_balancer_attributes(LoadBalancerArn=lb, Attributes=[
    {"Key": "connection_logs.s3.enabled", "Value": "true"}, {"Key": "connection_logs.s3.bucket", "Value": "inspected-logs"}])
ids["loadBalancer"] = lb
print(json.dumps(ids))
