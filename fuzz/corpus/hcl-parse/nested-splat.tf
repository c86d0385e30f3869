locals {
  endpoints = flatten(aws_networkfirewall_firewall.fw.firewall_status[0].sync_states[*].attachment[*].endpoint_id)
  by_zone   = { for s in aws_networkfirewall_firewall.fw.firewall_status[0].sync_states : s.availability_zone => s.attachment[0].endpoint_id }
  first     = (aws_networkfirewall_firewall.fw.firewall_status[0].sync_states[*].attachment[0].endpoint_id)[0]
  legacy    = var.list.*.name
}
