#!/usr/bin/env python3
"""Builds the incident in an AWS API endpoint (moto), on the lab's addresses, for `diagnose`:

  incident_account.py ENDPOINT create NODE_A NODE_B [--healthy] [--copy-logs DIR]
      -> prints JSON with the ids and the orphan count

A VPC with subnets A (ap-northeast-1a) and B (ap-northeast-1c), an attached internet gateway, a
public route table (0.0.0.0/0 -> IGW) associated with subnet A only — subnet B stays on the main
route table —, an internet-facing ALB "test-alb" in both, and its two node interfaces (described
"ELB app/test-alb/ID", as AWS describes them) holding NODE_A and NODE_B as public addresses.
Access and connection logs are enabled into bucket alb-logs, prefix prod, and the last hour of
logs is uploaded there: node A wrote a file every 5 minutes, with clients redirected to HTTPS who
came back and a known number who never did (they picked node B); node B wrote nothing.

--healthy: subnet B is associated with the public route table too, and every client came back.
--copy-logs DIR: the uploaded log files are also written below DIR, as `aws s3 sync` leaves them.
"""
import gzip
import importlib.util
import json
import os
import random
import sys
import time

import boto3

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../AWSInventoryTests/Peers"))
import incident_network  # noqa: E402

endpoint, command = sys.argv[1], sys.argv[2]
options = dict(endpoint_url=endpoint, region_name="ap-northeast-1", aws_access_key_id="testing", aws_secret_access_key="testing")
ec2 = boto3.client("ec2", **options)
elb = boto3.client("elbv2", **options)
s3 = boto3.client("s3", **options)
acm = boto3.client("acm", **options)

if command == "create":
    node_a, node_b = sys.argv[3], sys.argv[4]
    healthy = "--healthy" in sys.argv
    copy_to = sys.argv[sys.argv.index("--copy-logs") + 1] if "--copy-logs" in sys.argv else None
    spec = importlib.util.spec_from_file_location("generate_logs", os.path.join(os.path.dirname(__file__), "../../../bench/generate-logs.py"))
    logs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(logs)
    random.seed(11)

    s3.create_bucket(Bucket="alb-logs", CreateBucketConfiguration={"LocationConstraint": "ap-northeast-1"})
    ids = incident_network.build(ec2, elb, acm, "test.lab", [
        {"Key": "access_logs.s3.enabled", "Value": "true"}, {"Key": "access_logs.s3.bucket", "Value": "alb-logs"},
        {"Key": "access_logs.s3.prefix", "Value": "prod"},
        {"Key": "connection_logs.s3.enabled", "Value": "true"}, {"Key": "connection_logs.s3.bucket", "Value": "alb-logs"},
        {"Key": "connection_logs.s3.prefix", "Value": "prod"}], associate_b=healthy)
    vpc, subnet_a, subnet_b, group, lb_arn = ids["vpc"], ids["subnetA"], ids["subnetB"], ids["securityGroup"], ids["loadBalancer"]
    main_table = [t for t in ec2.describe_route_tables(Filters=[{"Name": "vpc-id", "Values": [vpc]}])["RouteTables"]
                  if any(a.get("Main") for a in t.get("Associations", []))][0]["RouteTableId"]
    lb_suffix = lb_arn.split("loadbalancer/")[1]
    interfaces = {}
    for name, subnet, address in (("A", subnet_a, node_a), ("B", subnet_b, node_b)):
        eni = ec2.create_network_interface(SubnetId=subnet, Description="ELB " + lb_suffix, Groups=[group])["NetworkInterface"]["NetworkInterfaceId"]
        allocation = ec2.allocate_address(Domain="vpc", Address=address)["AllocationId"]
        ec2.associate_address(AllocationId=allocation, NetworkInterfaceId=eni)
        interfaces[name] = eni

    # The last hour of logs: node A only (clients that picked node B never reached the load balancer).
    now = int(time.time())
    end_of_last = now - now % 300
    account = lb_arn.split(":")[4]
    orphans = 0
    redirected = 0
    for end in range(end_of_last - 11 * 300, end_of_last + 1, 300):
        access, connections = [], []
        for visitor in range(8):
            at = end - 300 + 10 + visitor * 35 + random.random()
            client = "198.51.%d.%d" % (end // 300 % 256, visitor + 1)
            ua = logs.UA[visitor % len(logs.UA)]
            access.append((at, logs.redirect_line(at, client, 40000 + visitor, ua)))
            redirected += 1
            if visitor % 4 == 3 and not healthy:
                orphans += 1
                continue
            trace = random.getrandbits(128)
            connections.append((at + 1, logs.connection_line(at + 1, client, 40001 + visitor, "Success", trace)))
            access.append((at + 1.2, logs.https_line(at + 1.2, client, 40001 + visitor, ua, trace=trace)))
        stamp = time.strftime("%Y%m%dT%H%MZ", time.gmtime(end))
        day = time.strftime("%Y/%m/%d", time.gmtime(end))
        for prefix, entries in (("", access), ("conn_log.", connections)):
            entries.sort()
            name = "%s%s_elasticloadbalancing_ap-northeast-1_%s_%s_%s_%08x.log.gz" % (prefix, account, lb_suffix.replace("/", "."), stamp, node_a, random.getrandbits(32))
            key = "prod/AWSLogs/%s/elasticloadbalancing/ap-northeast-1/%s/%s" % (account, day, name)
            body = gzip.compress(("\n".join(line for _, line in entries) + "\n").encode())
            s3.put_object(Bucket="alb-logs", Key=key, Body=body)
            if copy_to:
                os.makedirs(os.path.dirname(os.path.join(copy_to, key)), exist_ok=True)
                with open(os.path.join(copy_to, key), "wb") as f:
                    f.write(body)
    # Another load balancer's file in the same folder, which diagnose must leave out.
    s3.put_object(Bucket="alb-logs", Key="prod/AWSLogs/%s/elasticloadbalancing/ap-northeast-1/%s/%s_elasticloadbalancing_ap-northeast-1_app.other.0123456789abcdef_%s_%s_00000000.log.gz"
                  % (account, time.strftime("%Y/%m/%d", time.gmtime(end_of_last)), account, time.strftime("%Y%m%dT%H%MZ", time.gmtime(end_of_last)), node_b),
                  Body=gzip.compress(logs.redirect_line(end_of_last - 5, "192.0.2.1", 1, logs.UA[0]).encode() + b"\n"))
    print(json.dumps({"vpc": vpc, "subnetA": subnet_a, "subnetB": subnet_b, "gateway": ids["gateway"], "publicRouteTable": ids["publicRouteTable"],
                      "mainRouteTable": main_table, "loadBalancer": lb_arn, "interfaceA": interfaces["A"], "interfaceB": interfaces["B"],
                      "orphanClients": orphans, "redirectedClients": redirected}))
else:
    sys.exit("unknown command " + command)
