/// Where a subnet comes from when a Terraform registry module makes it and albdoctor models the
/// module from its documented inputs instead of reading its code: such a subnet is changed
/// through the module's inputs, not through a resource of the configuration.
public struct ModuleInput: Sendable, Hashable {
    /// An input and the value that changes what the module makes: `create_igw = true`.
    public struct Setting: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The module call: `module.vpc`.
    public var module: String
    /// The input that lists the subnet's block: `private_subnets`.
    public var input: String
    /// The settings that give these subnets a route to the internet gateway; empty when none do.
    public var enabling: [Setting]
    /// The module's output that lists subnets with a route to the internet gateway: `public_subnets`.
    public var publicOutput: String?

    public init(module: String, input: String, enabling: [Setting] = [], publicOutput: String? = nil) {
        self.module = module
        self.input = input
        self.enabling = enabling
        self.publicOutput = publicOutput
    }
}
