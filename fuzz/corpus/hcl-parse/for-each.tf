# Public subnets made with for_each over a map of zones; every one is associated, and the
# ALB is internet-facing in all of them.

variable "public_subnets" {
  type = map(string)
  default = {
    a = "10.2.0.0/24"
    c = "10.2.1.0/24"
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public" {
  for_each          = var.public_subnets
  vpc_id            = aws_vpc.main.id
  availability_zone = "ap-northeast-1${each.key}"
  cidr_block        = each.value
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table_association" "public" {
  for_each       = { for key, subnet in aws_subnet.public : key => subnet.id if var.associate[key] }
  subnet_id      = each.value
  route_table_id = aws_route_table.public.id
}

variable "associate" {
  type    = map(bool)
  default = { a = true, c = true }
}

resource "aws_lb" "web" {
  load_balancer_type = "application"
  subnets            = [for subnet in aws_subnet.public : subnet.id]
}
