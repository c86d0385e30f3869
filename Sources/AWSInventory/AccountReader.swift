public import AWSModel
internal import Foundation

/// The one way `aws` and `diagnose` read an account: a snapshot file, or a live region with the
/// credentials found as the AWS CLI finds them. Every failure is an `AWSError` saying what to do.
public enum AccountReader {
    /// What a live read used, besides the inventory: `diagnose` reads the logs' bucket with it.
    public struct LiveRead: Sendable {
        public var inventory: Inventory
        public var credentials: AWSCredentials
        public var region: String
        /// `--endpoint-url`, else `AWS_ENDPOINT_URL`, when either is set.
        public var endpoint: String?
    }

    /// The inventory a file saved by `albdoctor aws --save-snapshot` holds, narrowed to the named
    /// load balancers when any are named.
    public static func snapshot(at path: String, loadBalancers: [String] = []) throws(AWSError) -> Inventory {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AWSError(.snapshot, "\(path): no such file or unreadable")
        }
        let inventory = try Snapshot.decode(data, file: path)
        return loadBalancers.isEmpty ? inventory : try inventory.narrowed(to: loadBalancers)
    }

    /// One region of the account, read with read-only calls (only the named load balancers and
    /// what hangs off them, when any are named).
    public static func live(environment: [String: String], profile: String?, region: String?, endpoint: String?, loadBalancers: [String] = []) async throws(AWSError) -> LiveRead {
        let endpoint = endpoint ?? environment["AWS_ENDPOINT_URL"]
        let resolver = try CredentialResolver(environment: environment, profile: profile, endpointOverride: endpoint)
        let region = try resolver.region(explicit: region)
        let credentials = try await resolver.resolve(region: region)
        let client = QueryClient(credentials: credentials, region: region, endpointOverride: endpoint)
        let inventory = try await InventoryFetcher(client: client).fetch(loadBalancers: loadBalancers)
        return LiveRead(inventory: inventory, credentials: credentials, region: region, endpoint: endpoint)
    }
}
