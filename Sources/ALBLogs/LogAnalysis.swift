public import Localization

/// Everything `albdoctor logs` found, as rendered in text and under `analyses` in JSON.
public struct LogAnalysis: Sendable, Codable, Equatable {
    public struct MalformedLine: Sendable, Codable, Equatable {
        public var file: String
        public var line: Int
        /// Why the line is not an entry, in every language (JSON: in the document's language; a
        /// decoded sample holds it as that text).
        public var reason: LocalizedText

        init(file: String, line: Int, reason: LocalizedText) {
            self.file = file
            self.line = line
            self.reason = reason
        }
    }

    public struct Input: Sendable, Codable, Equatable {
        public var files: Int
        public var bytes: Int
        public var lines: Int
        public var accessEntries: Int
        public var connectionEntries: Int
        /// Entries outside `--since`/`--until`.
        public var filteredOut: Int
        public var malformedLines: Int
        public var malformedSamples: [MalformedLine]
        /// Files in the folders given that are not ALB logs.
        public var skippedFiles: [String]
        /// Files that could not be read to the end, with why.
        public var problems: [FileProblem]
        public var firstTime: LogTime?
        public var lastTime: LogTime?
    }

    public struct OrphanClient: Sendable, Codable, Equatable {
        public var client: String
        public var time: LogTime
        public var userAgent: String?
        public var redirectURL: String?
        public var node: String?
    }

    /// What one load-balancer node (by the address in its files' names) wrote.
    public struct NodeActivity: Sendable, Codable, Equatable {
        public var node: String
        public var accessFiles = 0
        public var connectionFiles = 0
        public var accessEntries = 0
        public var connectionEntries = 0
        public var firstTime: LogTime?
        public var lastTime: LogTime?

        init(node: String) { self.node = node }

        mutating func add(_ result: FileResult) {
            if result.connectionLog || (result.connectionRecords > 0 && result.accessRecords == 0) { connectionFiles += 1 } else { accessFiles += 1 }
            accessEntries += result.accessRecords
            connectionEntries += result.connectionRecords
            // A file without entries has no first or last time (Int64.max, Int64.min).
            if result.firstTime != Int64.max, firstTime.map({ result.firstTime < $0.microseconds }) ?? true { firstTime = LogTime(microseconds: result.firstTime) }
            if result.lastTime != Int64.min, lastTime.map({ result.lastTime > $0.microseconds }) ?? true { lastTime = LogTime(microseconds: result.lastTime) }
        }
    }

    /// A count for one node in one 5-minute interval.
    public struct NodeBucket: Sendable, Codable, Equatable {
        public var node: String
        public var start: LogTime
        public var count: Int
    }

    public struct Bucket: Sendable, Codable, Equatable {
        public var start: LogTime
        public var count: Int
    }

    public struct OrphanRedirects: Sendable, Codable, Equatable {
        public var windowSeconds: Int
        public var redirects: Int
        public var redirectedClients: Int
        public var orphanRedirects: Int
        public var orphanClients: Int
        /// Orphaned clients among redirected clients, 0…1.
        public var share: Double
        public var clients: [OrphanClient]
        public var perFiveMinutes: [Bucket]
    }

    public struct TLSClient: Sendable, Codable, Equatable {
        public var client: String
        public var count: Int
        public var codes: [String]
    }

    public struct SilentClient: Sendable, Codable, Equatable {
        public var client: String
        public var connections: Int
    }

    public struct TLSFailures: Sendable, Codable, Equatable {
        public var connections: Int
        public var failures: Int
        public var byCode: [String: Int]
        public var byListenerPort: [String: Int]
        public var byNode: [String: Int]
        public var clients: [TLSClient]
        /// Connections whose `conn_trace_id` never appears in the access logs given.
        public var connectionsWithoutRequest: Int
        public var clientsWithoutRequest: [SilentClient]
        /// Failed handshakes per node and 5 minutes.
        public var perFiveMinutes: [NodeBucket]
    }

    public struct Errors: Sendable, Codable, Equatable {
        public var requests: Int
        /// Status codes the load balancer answered itself (no target status), by code.
        public var loadBalancerStatus: [String: Int]
        public var errorReasons: [String: Int]
        public var targetProcessingMilliseconds: [String: Double]
        public var requestsPerNode: [String: Int]
    }

    public struct FollowedEntry: Sendable, Codable, Equatable {
        public var time: LogTime
        public var log: String
        public var summary: String
    }

    public var input: Input
    public var orphanRedirects: OrphanRedirects
    public var tlsFailures: TLSFailures
    public var errors: Errors
    /// `--client`: that client's entries in both logs, in time order.
    public var client: [FollowedEntry]?
    /// Per load-balancer node (the address in the files' names), what it wrote: a node that
    /// wrote nothing while another wrote many files is evidence it receives no traffic.
    public var nodes: [NodeActivity]
}
