# Distributed inspection with an AWS Network Firewall, written before any apply: the load
# balancer's subnets send 0.0.0.0/0 to the firewall endpoint of their zone, and the internet
# gateway's edge route table sends each subnet's block back through that same endpoint.
# Each endpoint is picked out of the firewall's sync states by the firewall subnet it is in.

variable "cidr" {
  type    = string
  default = "10.20.0.0/16"
}

variable "zones" {
  type    = list(string)
  default = ["ap-northeast-1a", "ap-northeast-1c"]
}

resource "aws_vpc" "main" {
  cidr_block = var.cidr
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "firewall" {
  count             = length(var.zones)
  vpc_id            = aws_vpc.main.id
  availability_zone = var.zones[count.index]
  cidr_block        = cidrsubnet(var.cidr, 12, count.index)
}

resource "aws_subnet" "public" {
  count             = length(var.zones)
  vpc_id            = aws_vpc.main.id
  availability_zone = var.zones[count.index]
  cidr_block        = cidrsubnet(var.cidr, 8, 10 + count.index)
}

resource "aws_networkfirewall_firewall_policy" "main" {
  name = "inspection"

  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

resource "aws_networkfirewall_firewall" "main" {
  name                = "inspection"
  firewall_policy_arn = aws_networkfirewall_firewall_policy.main.arn
  vpc_id              = aws_vpc.main.id

  dynamic "subnet_mapping" {
    for_each = aws_subnet.firewall[*].id
    content {
      subnet_id = subnet_mapping.value
    }
  }
}

# The firewall subnets reach the internet directly.
resource "aws_route_table" "firewall" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table_association" "firewall" {
  count          = length(var.zones)
  subnet_id      = aws_subnet.firewall[count.index].id
  route_table_id = aws_route_table.firewall.id
}

# Each public subnet: 0.0.0.0/0 through the endpoint of its zone.
resource "aws_route_table" "public" {
  count  = length(var.zones)
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "public_default" {
  count                  = length(var.zones)
  route_table_id         = aws_route_table.public[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  vpc_endpoint_id = element([
    for state in aws_networkfirewall_firewall.main.firewall_status[0].sync_states :
    state.attachment[0].endpoint_id if state.attachment[0].subnet_id == aws_subnet.firewall[count.index].id
  ], 0)
}

resource "aws_route_table_association" "public" {
  count          = length(var.zones)
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public[count.index].id
}

# The internet gateway's edge route table: each public subnet's block back through the same endpoint.
resource "aws_route_table" "edge" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table_association" "edge" {
  gateway_id     = aws_internet_gateway.main.id
  route_table_id = aws_route_table.edge.id
}

resource "aws_route" "edge" {
  count                  = length(var.zones)
  route_table_id         = aws_route_table.edge.id
  destination_cidr_block = aws_subnet.public[count.index].cidr_block
  vpc_endpoint_id = element([
    for state in aws_networkfirewall_firewall.main.firewall_status[0].sync_states :
    state.attachment[0].endpoint_id if state.attachment[0].subnet_id == aws_subnet.firewall[count.index].id
  ], 0)
}

resource "aws_security_group" "alb" {
  name   = "alb"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_lb" "web" {
  name               = "web"
  internal           = false
  load_balancer_type = "application"
  security_groups    = [aws_security_group.alb.id]
  subnets            = aws_subnet.public[*].id

  connection_logs {
    bucket  = "web-alb-logs"
    enabled = true
  }
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:ap-northeast-1:123456789012:certificate/0f0e0d0c-0b0a-0908-0706-050403020100"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
