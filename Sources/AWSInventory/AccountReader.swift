public import AWSModel
internal import Foundation

/// The one way `aws` and `diagnose` read an account: a snapshot file, or a live region with the
/// credentials found as the AWS CLI finds them. Every failure is an `AWSError` saying what to do.
public enum AccountReader {
    /// The credentials, region and endpoint a live account is read with (`diagnose` also reads the
    /// logs' bucket with them, even when the account's own calls are refused).
    public struct Session: Sendable {
        /// The credentials found: environment, profile, credential_process, SSO cache, …
        public var credentials: AWSCredentials
        /// `--region`, else the environment's, else the profile's.
        public var region: String
        /// `--endpoint-url`, else `AWS_ENDPOINT_URL`, when either is set.
        public var endpoint: String?
    }

    /// The inventory a file saved by `albdoctor aws --save-snapshot` holds, narrowed to the named
    /// load balancers (none named: every load balancer, and only what hangs off one).
    public static func snapshot(at path: String, loadBalancers: [String] = []) throws(AWSError) -> Inventory {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AWSError(.snapshot, .snapshotUnreadable(path: path))
        }
        return try Snapshot.decode(data, file: path).narrowed(to: loadBalancers)
    }

    /// The credentials and region to read an account with, found without calling AWS (but a
    /// profile's `credential_process` or SSO cache).
    public static func session(environment: [String: String], profile: String?, region: String?, endpoint: String?) async throws(AWSError) -> Session {
        let endpoint = endpoint ?? environment["AWS_ENDPOINT_URL"]
        let resolver = try CredentialResolver(environment: environment, profile: profile, endpointOverride: endpoint)
        let region = try resolver.region(explicit: region)
        return Session(credentials: try await resolver.resolve(region: region), region: region, endpoint: endpoint)
    }

    /// One region of the account, read with read-only calls (only the named load balancers and
    /// what hangs off them, when any are named).
    public static func live(_ session: Session, loadBalancers: [String] = []) async throws(AWSError) -> Inventory {
        let client = QueryClient(credentials: session.credentials, region: session.region, endpointOverride: session.endpoint)
        return try await InventoryFetcher(client: client).fetch(loadBalancers: loadBalancers)
    }
}
