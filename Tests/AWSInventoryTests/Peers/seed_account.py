#!/usr/bin/env python3
"""Builds the incident's deployment in an AWS API endpoint (moto), as in
fixtures/unrouted-alb-subnet/: incident_network.py's VPC, subnets, gateway, route tables and ALB,
with subnet B never associated with the public route table.

  seed_account.py ENDPOINT create     -> prints JSON with the ids
  seed_account.py ENDPOINT associate  -> associates subnet B with the public route table
"""
import json
import os
import sys

import boto3

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import incident_network  # noqa: E402

endpoint, command = sys.argv[1], sys.argv[2]
options = dict(endpoint_url=endpoint, region_name="ap-northeast-1", aws_access_key_id="testing", aws_secret_access_key="testing")
ec2 = boto3.client("ec2", **options)
elb = boto3.client("elbv2", **options)
acm = boto3.client("acm", **options)

if command == "create":
    ids = incident_network.build(ec2, elb, acm, "test.jp", [
        {"Key": "connection_logs.s3.enabled", "Value": "true"}, {"Key": "connection_logs.s3.bucket", "Value": "test-logs"}])
    print(json.dumps({name: ids[name] for name in ("vpc", "subnetA", "subnetB", "gateway", "publicRouteTable", "loadBalancer")}))
elif command == "associate":
    subnets = ec2.describe_subnets(Filters=[{"Name": "cidr-block", "Values": ["10.0.1.0/24"]}])["Subnets"]
    tables = [t for t in ec2.describe_route_tables()["RouteTables"]
              if any(r.get("GatewayId", "").startswith("igw-") for r in t["Routes"])]
    ec2.associate_route_table(RouteTableId=tables[0]["RouteTableId"], SubnetId=subnets[0]["SubnetId"])
    print("associated")
else:
    sys.exit("unknown command " + command)
