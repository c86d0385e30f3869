internal import Localization

extension LoadBalancerElasticIP {
    /// The messages of ALB014, by typed key. English in `LoadBalancerElasticIP+Message+en.swift`,
    /// Japanese in `LoadBalancerElasticIP+Message+ja.swift`.
    enum Message: CatalogEntry {
        // Findings
        /// A load balancer that can hold no Elastic IP gives one to its node in a subnet (nil when unknown).
        case cannotHoldElasticIP(loadBalancer: String, subnet: String?, problem: HolderProblem)
        /// A node is given an Elastic IP that `others` (at least one) also hold.
        case sharedElasticIP(node: Holder, allocation: String, others: [Holder])

        // What could not be verified
        /// That the Elastic IP of a load balancer's node in a subnet (nil when unknown) is free for it.
        case elasticIPIsFree(loadBalancer: String, subnet: String?)

        // Why: the allocation is not one albdoctor read, by where it read from.
        /// Not an Elastic IP of the templates.
        /// The fix when the load balancer cannot hold an Elastic IP.
        case removeAllocation(mapping: String)
        /// The fix when the address is held twice.
        case giveOwnElasticIP(mapping: String?)
        case allocationNotInTemplates(allocation: String, region: String)
        /// Not returned by the account.
        case allocationNotInAccount(allocation: String)
        /// Not an `aws_eip` of the Terraform configuration.
        case allocationNotInConfiguration(allocation: String, region: String)

        /// Why a load balancer can hold no Elastic IP at all.
        enum HolderProblem: CatalogEntry {
            /// An Application Load Balancer takes no `AllocationId`.
            case applicationLoadBalancer
            /// An internal load balancer takes no Elastic IP.
            case internalLoadBalancer
        }

        /// What holds an Elastic IP, as the messages name it.
        enum Holder: CatalogEntry {
            /// A load balancer's node in a subnet (nil when unknown).
            case node(loadBalancer: String, subnet: String?)
            /// Another resource: `kind` as the model names it ("NAT gateway", "instance association", …) and its name.
            case resource(kind: String, name: String)
        }
    }
}
