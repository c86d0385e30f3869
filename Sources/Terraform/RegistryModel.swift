internal import HCL
internal import Topology

/// A registry module that most load balancers are built with, understood from its documented
/// inputs and outputs when its code is not installed: what it makes, written as the HCL
/// albdoctor evaluates in its place. Resources keep the module's own addresses
/// (`module.vpc.aws_subnet.private[0]`); findings point at the input of the call they come from.
struct RegistryModel: Sendable {
    /// The registry address: `terraform-aws-modules/vpc/aws`.
    var source: String
    /// What the module makes from its inputs, as HCL.
    var text: String
    /// The input each resource comes from (`aws_subnet.private` → `private_subnets`), by address.
    var inputs: [String: String]
    /// The outputs the model gives, for the note about one it does not.
    var outputs: String

    /// The model of a module `source` names (`terraform-aws-modules/vpc/aws`, with or without
    /// the registry's host), if albdoctor has one.
    static func named(_ source: String) -> RegistryModel? {
        let address = source.lowercased().replacingOccurrences(of: "registry.terraform.io/", with: "")
        return [vpc, alb].first { $0.source == address }
    }

    /// How a subnet the module makes from an input is made to route to the internet.
    func moduleInput(subnet name: String, module: String, input: (String) -> TerraformValue) -> ModuleInput? {
        guard source == Self.vpc.source else { return nil }
        switch name {
        case "public":
            let enabling = input("create_igw") == .bool(false) ? [ModuleInput.Setting(name: "create_igw", value: "true")] : []
            return ModuleInput(module: module, input: "public_subnets", enabling: enabling)
        case "private":
            return ModuleInput(module: module, input: "private_subnets", publicOutput: "public_subnets")
        case "database":
            return ModuleInput(module: module, input: "database_subnets", enabling: [
                ModuleInput.Setting(name: "create_database_subnet_route_table", value: "true"),
                ModuleInput.Setting(name: "create_database_internet_gateway_route", value: "true"),
            ], publicOutput: "public_subnets")
        default:
            return nil
        }
    }

    /// `terraform-aws-modules/vpc/aws`: a VPC with public subnets routed to an internet gateway
    /// (unless `create_igw = false`), private subnets routed to NAT gateways, and database
    /// subnets routed to the internet gateway only with `create_database_subnet_route_table`
    /// and `create_database_internet_gateway_route`.
    static let vpc = RegistryModel(source: "terraform-aws-modules/vpc/aws", text: """
        variable "create_vpc" { default = true }
        variable "name" { default = "" }
        variable "cidr" { default = "10.0.0.0/16" }
        variable "azs" { default = [] }
        variable "public_subnets" { default = [] }
        variable "private_subnets" { default = [] }
        variable "database_subnets" { default = [] }
        variable "create_igw" { default = true }
        variable "create_multiple_public_route_tables" { default = false }
        variable "enable_nat_gateway" { default = false }
        variable "single_nat_gateway" { default = false }
        variable "one_nat_gateway_per_az" { default = false }
        variable "create_private_nat_gateway_route" { default = true }
        variable "create_database_subnet_route_table" { default = false }
        variable "create_database_internet_gateway_route" { default = false }
        variable "create_database_nat_gateway_route" { default = false }

        locals {
          len_public        = length(var.public_subnets)
          len_private       = length(var.private_subnets)
          len_database      = length(var.database_subnets)
          create_public     = var.create_vpc && local.len_public > 0
          create_private    = var.create_vpc && local.len_private > 0
          create_database   = var.create_vpc && local.len_database > 0
          database_table    = local.create_database && var.create_database_subnet_route_table
          public_tables     = var.create_multiple_public_route_tables ? local.len_public : 1
          max_subnet_length = max(local.len_private, local.len_database)
          nat_count         = var.single_nat_gateway ? 1 : var.one_nat_gateway_per_az ? length(var.azs) : local.max_subnet_length
          vpc_id            = try(aws_vpc.this[0].id, "")
        }

        resource "aws_vpc" "this" {
          count      = var.create_vpc ? 1 : 0
          cidr_block = var.cidr
        }

        resource "aws_internet_gateway" "this" {
          count  = local.create_public && var.create_igw ? 1 : 0
          vpc_id = local.vpc_id
        }

        resource "aws_subnet" "public" {
          count             = local.create_public ? local.len_public : 0
          vpc_id            = local.vpc_id
          cidr_block        = element(var.public_subnets, count.index)
          availability_zone = length(var.azs) > 0 ? element(var.azs, count.index) : null
        }

        resource "aws_route_table" "public" {
          count  = local.create_public ? local.public_tables : 0
          vpc_id = local.vpc_id
        }

        resource "aws_route_table_association" "public" {
          count          = local.create_public ? local.len_public : 0
          subnet_id      = element(aws_subnet.public[*].id, count.index)
          route_table_id = element(aws_route_table.public[*].id, var.create_multiple_public_route_tables ? count.index : 0)
        }

        resource "aws_route" "public_internet_gateway" {
          count                  = local.create_public && var.create_igw ? local.public_tables : 0
          route_table_id         = aws_route_table.public[count.index].id
          destination_cidr_block = "0.0.0.0/0"
          gateway_id             = aws_internet_gateway.this[0].id
        }

        resource "aws_subnet" "private" {
          count             = local.create_private ? local.len_private : 0
          vpc_id            = local.vpc_id
          cidr_block        = element(var.private_subnets, count.index)
          availability_zone = length(var.azs) > 0 ? element(var.azs, count.index) : null
        }

        resource "aws_route_table" "private" {
          count  = local.create_private && local.max_subnet_length > 0 ? local.nat_count : 0
          vpc_id = local.vpc_id
        }

        resource "aws_route_table_association" "private" {
          count          = local.create_private ? local.len_private : 0
          subnet_id      = element(aws_subnet.private[*].id, count.index)
          route_table_id = element(aws_route_table.private[*].id, var.single_nat_gateway ? 0 : count.index)
        }

        resource "aws_nat_gateway" "this" {
          count     = var.create_vpc && var.enable_nat_gateway ? local.nat_count : 0
          subnet_id = element(aws_subnet.public[*].id, var.single_nat_gateway ? 0 : count.index)
        }

        resource "aws_route" "private_nat_gateway" {
          count                  = var.create_vpc && var.enable_nat_gateway && var.create_private_nat_gateway_route ? local.nat_count : 0
          route_table_id         = element(aws_route_table.private[*].id, count.index)
          destination_cidr_block = "0.0.0.0/0"
          nat_gateway_id         = element(aws_nat_gateway.this[*].id, count.index)
        }

        resource "aws_subnet" "database" {
          count             = local.create_database ? local.len_database : 0
          vpc_id            = local.vpc_id
          cidr_block        = element(var.database_subnets, count.index)
          availability_zone = length(var.azs) > 0 ? element(var.azs, count.index) : null
        }

        resource "aws_route_table" "database" {
          count  = local.database_table ? var.single_nat_gateway || var.create_database_internet_gateway_route ? 1 : local.len_database : 0
          vpc_id = local.vpc_id
        }

        resource "aws_route_table_association" "database" {
          count          = local.create_database ? local.len_database : 0
          subnet_id      = element(aws_subnet.database[*].id, count.index)
          route_table_id = element(coalescelist(aws_route_table.database[*].id, aws_route_table.private[*].id), var.create_database_subnet_route_table ? var.single_nat_gateway || var.create_database_internet_gateway_route ? 0 : count.index : count.index)
        }

        resource "aws_route" "database_internet_gateway" {
          count                  = local.database_table && var.create_igw && var.create_database_internet_gateway_route && !var.create_database_nat_gateway_route ? 1 : 0
          route_table_id         = aws_route_table.database[0].id
          destination_cidr_block = "0.0.0.0/0"
          gateway_id             = aws_internet_gateway.this[0].id
        }

        output "vpc_id" { value = local.vpc_id }
        output "vpc_cidr_block" { value = try(aws_vpc.this[0].cidr_block, null) }
        output "igw_id" { value = try(aws_internet_gateway.this[0].id, null) }
        output "azs" { value = var.azs }
        output "name" { value = var.name }
        output "public_subnets" { value = aws_subnet.public[*].id }
        output "public_subnets_cidr_blocks" { value = aws_subnet.public[*].cidr_block }
        output "public_route_table_ids" { value = aws_route_table.public[*].id }
        output "private_subnets" { value = aws_subnet.private[*].id }
        output "private_subnets_cidr_blocks" { value = aws_subnet.private[*].cidr_block }
        output "private_route_table_ids" { value = aws_route_table.private[*].id }
        output "database_subnets" { value = aws_subnet.database[*].id }
        output "database_subnets_cidr_blocks" { value = aws_subnet.database[*].cidr_block }
        output "database_route_table_ids" { value = try(coalescelist(aws_route_table.database[*].id, aws_route_table.private[*].id), []) }
        output "natgw_ids" { value = aws_nat_gateway.this[*].id }
        """,
        inputs: [
            "aws_vpc.this": "cidr", "aws_internet_gateway.this": "create_igw",
            "aws_subnet.public": "public_subnets", "aws_route_table.public": "public_subnets", "aws_route_table_association.public": "public_subnets",
            "aws_route.public_internet_gateway": "create_igw",
            "aws_subnet.private": "private_subnets", "aws_route_table.private": "private_subnets", "aws_route_table_association.private": "private_subnets",
            "aws_nat_gateway.this": "enable_nat_gateway", "aws_route.private_nat_gateway": "enable_nat_gateway",
            "aws_subnet.database": "database_subnets", "aws_route_table.database": "create_database_subnet_route_table",
            "aws_route_table_association.database": "database_subnets", "aws_route.database_internet_gateway": "create_database_internet_gateway_route",
        ],
        outputs: "vpc_id, vpc_cidr_block, igw_id, azs, name, public_subnets, private_subnets, database_subnets, their _cidr_blocks and route_table_ids, natgw_ids")

    /// `terraform-aws-modules/alb/aws`: one load balancer (`internal`, `subnets` or
    /// `subnet_mapping`, `load_balancer_type`), the security group it creates by default with
    /// `security_group_ingress_rules` / `_egress_rules`, its `listeners` and `target_groups`.
    static let alb = RegistryModel(source: "terraform-aws-modules/alb/aws", text: """
        variable "create" { default = true }
        variable "name" { default = null }
        variable "internal" { default = null }
        variable "load_balancer_type" { default = "application" }
        variable "ip_address_type" { default = null }
        variable "subnets" { default = null }
        variable "subnet_mapping" { default = null }
        variable "security_groups" { default = [] }
        variable "create_security_group" { default = true }
        variable "vpc_id" { default = null }
        variable "security_group_ingress_rules" { default = null }
        variable "security_group_egress_rules" { default = null }
        variable "access_logs" { default = null }
        variable "connection_logs" { default = null }
        variable "listeners" { default = {} }
        variable "target_groups" { default = null }
        variable "default_port" { default = 80 }
        variable "default_protocol" { default = "HTTP" }

        locals {
          create_security_group = var.create && var.create_security_group
        }

        resource "aws_lb" "this" {
          count              = var.create ? 1 : 0
          name               = var.name
          internal           = var.internal
          load_balancer_type = var.load_balancer_type
          ip_address_type    = var.ip_address_type
          subnets            = var.subnets
          security_groups    = local.create_security_group ? concat([aws_security_group.this[0].id], var.security_groups) : var.security_groups

          dynamic "subnet_mapping" {
            for_each = var.subnet_mapping != null ? var.subnet_mapping : []
            content {
              subnet_id     = subnet_mapping.value.subnet_id
              allocation_id = try(subnet_mapping.value.allocation_id, null)
            }
          }
          dynamic "access_logs" {
            for_each = var.access_logs != null ? [var.access_logs] : []
            content {
              bucket  = access_logs.value.bucket
              enabled = try(access_logs.value.enabled, true)
            }
          }
          dynamic "connection_logs" {
            for_each = var.connection_logs != null ? [var.connection_logs] : []
            content {
              bucket  = connection_logs.value.bucket
              enabled = try(connection_logs.value.enabled, true)
            }
          }
        }

        resource "aws_security_group" "this" {
          count  = local.create_security_group ? 1 : 0
          vpc_id = var.vpc_id
        }

        resource "aws_vpc_security_group_ingress_rule" "this" {
          for_each                     = local.create_security_group && var.security_group_ingress_rules != null ? var.security_group_ingress_rules : {}
          security_group_id            = aws_security_group.this[0].id
          ip_protocol                  = try(each.value.ip_protocol, "tcp")
          from_port                    = try(each.value.from_port, null)
          to_port                      = try(coalesce(try(each.value.to_port, null), try(each.value.from_port, null)), null)
          cidr_ipv4                    = try(each.value.cidr_ipv4, null)
          cidr_ipv6                    = try(each.value.cidr_ipv6, null)
          prefix_list_id               = try(each.value.prefix_list_id, null)
          referenced_security_group_id = try(each.value.referenced_security_group_id, null)
        }

        resource "aws_vpc_security_group_egress_rule" "this" {
          for_each                     = local.create_security_group && var.security_group_egress_rules != null ? var.security_group_egress_rules : {}
          security_group_id            = aws_security_group.this[0].id
          ip_protocol                  = try(each.value.ip_protocol, "tcp")
          from_port                    = try(coalesce(try(each.value.from_port, null), try(each.value.to_port, null)), null)
          to_port                      = try(each.value.to_port, null)
          cidr_ipv4                    = try(each.value.cidr_ipv4, null)
          cidr_ipv6                    = try(each.value.cidr_ipv6, null)
          prefix_list_id               = try(each.value.prefix_list_id, null)
          referenced_security_group_id = try(each.value.referenced_security_group_id, null)
        }

        resource "aws_lb_listener" "this" {
          for_each          = { for k, v in var.listeners : k => v if var.create }
          load_balancer_arn = aws_lb.this[0].arn
          port              = try(each.value.port, var.default_port)
          protocol          = try(each.value.protocol, var.default_protocol)
          certificate_arn   = try(each.value.certificate_arn, null)

          dynamic "default_action" {
            for_each = try([each.value.forward], [])
            content {
              type             = "forward"
              target_group_arn = try(aws_lb_target_group.this[default_action.value.target_group_key].arn, default_action.value.arn)
            }
          }
          dynamic "default_action" {
            for_each = try([each.value.weighted_forward], [])
            content {
              type    = "forward"
              forward = { target_group = [for group in default_action.value.target_groups : { arn = try(aws_lb_target_group.this[group.target_group_key].arn, group.arn) }] }
            }
          }
          dynamic "default_action" {
            for_each = try([each.value.redirect], [])
            content {
              type     = "redirect"
              redirect = default_action.value
            }
          }
          dynamic "default_action" {
            for_each = try([each.value.fixed_response], [])
            content {
              type = "fixed-response"
            }
          }
          dynamic "default_action" {
            for_each = try([each.value.authenticate_cognito], [])
            content {
              type = "authenticate-cognito"
            }
          }
          dynamic "default_action" {
            for_each = try([each.value.authenticate_oidc], [])
            content {
              type = "authenticate-oidc"
            }
          }
        }

        resource "aws_lb_listener_certificate" "this" {
          for_each        = { for pair in flatten([for k, v in var.listeners : [for i, arn in try(v.additional_certificate_arns, []) : { key = "${k}/${i}", listener = k, arn = arn }]]) : pair.key => pair if var.create }
          listener_arn    = aws_lb_listener.this[each.value.listener].arn
          certificate_arn = each.value.arn
        }

        resource "aws_lb_target_group" "this" {
          for_each = var.create && var.target_groups != null ? var.target_groups : {}
          port     = try(each.value.port, null)
          protocol = try(each.value.protocol, null)
          vpc_id   = var.vpc_id
        }

        output "id" { value = try(aws_lb.this[0].id, null) }
        output "arn" { value = try(aws_lb.this[0].arn, null) }
        output "security_group_id" { value = try(aws_security_group.this[0].id, null) }
        output "listeners" { value = aws_lb_listener.this }
        output "target_groups" { value = aws_lb_target_group.this }
        """,
        inputs: [
            "aws_lb.this": "subnets", "aws_security_group.this": "security_group_ingress_rules",
            "aws_vpc_security_group_ingress_rule.this": "security_group_ingress_rules", "aws_vpc_security_group_egress_rule.this": "security_group_egress_rules",
            "aws_lb_listener.this": "listeners", "aws_lb_listener_certificate.this": "listeners", "aws_lb_target_group.this": "target_groups",
        ],
        outputs: "id, arn, security_group_id, listeners, target_groups")
}
