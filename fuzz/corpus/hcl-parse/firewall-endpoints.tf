resource "aws_networkfirewall_firewall" "fw" {
  name   = "inspection"
  vpc_id = aws_vpc.main.id
  dynamic "subnet_mapping" {
    for_each = aws_subnet.firewall[*].id
    content {
      subnet_id = subnet_mapping.value
    }
  }
}

locals {
  endpoints = flatten(aws_networkfirewall_firewall.fw.firewall_status[0].sync_states[*].attachment[*].endpoint_id)
  by_zone   = { for s in aws_networkfirewall_firewall.fw.firewall_status[0].sync_states : s.availability_zone => s.attachment[0].endpoint_id }
  first     = (aws_networkfirewall_firewall.fw.firewall_status[0].sync_states[*].attachment[0].endpoint_id)[0]
  picked    = one([for s in aws_networkfirewall_firewall.fw.firewall_status[0].sync_states : s.attachment[0].endpoint_id if s.attachment[0].subnet_id == aws_subnet.firewall[0].id])
  legacy    = var.list.*.name
}
