#!/usr/bin/env python3
"""Builds an internet-facing Network Load Balancer "tcp-front" in an AWS API endpoint (moto),
for `albdoctor aws`:

  nlb_account.py ENDPOINT create eips-unrouted|dualstack-egress-only   -> prints JSON with the ids

A VPC with an attached internet gateway and a public route table (0.0.0.0/0 -> IGW); subnets A
(ap-northeast-1a), B (1c) and C (1d); the load balancer maps each subnet to an Elastic IP of
its own (SubnetMappings with AllocationId).
  eips-unrouted:          C was never associated with the public route table.
  dualstack-egress-only:  every subnet is public, the load balancer is dualstack, and the public
                          route table sends ::/0 to an egress-only internet gateway only.

moto gives a VPC's default network ACL no IPv6 entries when the VPC gets an IPv6 block; AWS adds
rule 101 allowing ::/0 both ways, which is added here so the network is as AWS has it.
"""
import json
import sys

import boto3

endpoint, command, design = sys.argv[1], sys.argv[2], sys.argv[3]
if command != "create" or design not in ("eips-unrouted", "dualstack-egress-only"):
    sys.exit("usage: nlb_account.py ENDPOINT create eips-unrouted|dualstack-egress-only")
options = dict(endpoint_url=endpoint, region_name="ap-northeast-1", aws_access_key_id="testing", aws_secret_access_key="testing")
ec2 = boto3.client("ec2", **options)
elb = boto3.client("elbv2", **options)

dualstack = design == "dualstack-egress-only"
vpc = ec2.create_vpc(CidrBlock="10.30.0.0/16")["Vpc"]["VpcId"]
gateway = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
ec2.attach_internet_gateway(InternetGatewayId=gateway, VpcId=vpc)
public = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
ec2.create_route(RouteTableId=public, DestinationCidrBlock="0.0.0.0/0", GatewayId=gateway)
ids = {"vpc": vpc, "gateway": gateway, "publicRouteTable": public}
if dualstack:
    ec2.associate_vpc_cidr_block(VpcId=vpc, AmazonProvidedIpv6CidrBlock=True)
    acl = ec2.describe_network_acls(Filters=[{"Name": "vpc-id", "Values": [vpc]}, {"Name": "default", "Values": ["true"]}])["NetworkAcls"][0]
    if not any(entry.get("Ipv6CidrBlock") for entry in acl["Entries"]):
        for egress in (False, True):
            ec2.create_network_acl_entry(NetworkAclId=acl["NetworkAclId"], RuleNumber=101, Protocol="-1", RuleAction="allow",
                                         Egress=egress, Ipv6CidrBlock="::/0")
    egress_only = ec2.create_egress_only_internet_gateway(VpcId=vpc)["EgressOnlyInternetGateway"]["EgressOnlyInternetGatewayId"]
    ec2.create_route(RouteTableId=public, DestinationIpv6CidrBlock="::/0", EgressOnlyInternetGatewayId=egress_only)
    ids["egressOnlyGateway"] = egress_only
mappings = []
for index, (name, zone) in enumerate((("A", "ap-northeast-1a"), ("B", "ap-northeast-1c"), ("C", "ap-northeast-1d"))):
    subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.30.%d.0/24" % index, AvailabilityZone=zone)["Subnet"]["SubnetId"]
    if dualstack or name != "C":
        ec2.associate_route_table(RouteTableId=public, SubnetId=subnet)
    allocation = ec2.allocate_address(Domain="vpc")["AllocationId"]
    mappings.append({"SubnetId": subnet, "AllocationId": allocation})
    ids["subnet" + name], ids["allocation" + name] = subnet, allocation
ids["loadBalancer"] = elb.create_load_balancer(
    Name="tcp-front", Type="network", Scheme="internet-facing", IpAddressType="dualstack" if dualstack else "ipv4",
    SubnetMappings=mappings)["LoadBalancers"][0]["LoadBalancerArn"]
print(json.dumps(ids))
