"""The incident's network in an AWS API endpoint (moto), shared by seed_account.py and
incident_account.py: a VPC, public-looking subnets A (ap-northeast-1a) and B (ap-northeast-1c),
an attached internet gateway, a public route table (0.0.0.0/0 -> IGW) associated with subnet A
(and B only when asked), a security group open on 80 and 443, and an internet-facing ALB
"test-alb" in both subnets with an HTTP->HTTPS redirect and an HTTPS listener."""


def build(ec2, elb, acm, domain, log_attributes, associate_b=False):
    """Creates it all; sets `log_attributes` (ELBv2 Key/Value pairs) on the load balancer and
    returns the ids by name."""
    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    subnet_a = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.0.0/24", AvailabilityZone="ap-northeast-1a")["Subnet"]["SubnetId"]
    subnet_b = ec2.create_subnet(VpcId=vpc, CidrBlock="10.0.1.0/24", AvailabilityZone="ap-northeast-1c")["Subnet"]["SubnetId"]
    gateway = ec2.create_internet_gateway()["InternetGateway"]["InternetGatewayId"]
    ec2.attach_internet_gateway(InternetGatewayId=gateway, VpcId=vpc)
    table = ec2.create_route_table(VpcId=vpc)["RouteTable"]["RouteTableId"]
    ec2.create_route(RouteTableId=table, DestinationCidrBlock="0.0.0.0/0", GatewayId=gateway)
    ec2.associate_route_table(RouteTableId=table, SubnetId=subnet_a)
    if associate_b:
        ec2.associate_route_table(RouteTableId=table, SubnetId=subnet_b)
    group = ec2.create_security_group(GroupName="alb", Description="ALB ingress", VpcId=vpc)["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": port, "ToPort": port, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]} for port in (80, 443)])
    lb = elb.create_load_balancer(Name="test-alb", Subnets=[subnet_a, subnet_b], SecurityGroups=[group], Scheme="internet-facing", Type="application")
    lb_arn = lb["LoadBalancers"][0]["LoadBalancerArn"]
    elb.modify_load_balancer_attributes(LoadBalancerArn=lb_arn, Attributes=log_attributes)
    targets = elb.create_target_group(Name="web", Protocol="HTTP", Port=80, VpcId=vpc, TargetType="instance")["TargetGroups"][0]["TargetGroupArn"]
    elb.create_listener(LoadBalancerArn=lb_arn, Protocol="HTTP", Port=80, DefaultActions=[
        {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}])
    certificate = acm.request_certificate(DomainName=domain)["CertificateArn"]
    elb.create_listener(LoadBalancerArn=lb_arn, Protocol="HTTPS", Port=443, Certificates=[{"CertificateArn": certificate}],
                        DefaultActions=[{"Type": "forward", "TargetGroupArn": targets}])
    return {"vpc": vpc, "subnetA": subnet_a, "subnetB": subnet_b, "gateway": gateway, "publicRouteTable": table,
            "securityGroup": group, "loadBalancer": lb_arn}
