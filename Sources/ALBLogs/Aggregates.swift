internal import Histogram

/// Counts over access-log entries that merge across files: load-balancer-generated errors, error
/// reasons, target processing time percentiles (HdrHistogram), requests per node.
struct ErrorsAggregate: Sendable {
    var requests = 0
    var generatedStatus: [Int: Int] = [:]
    var errorReasons: [String: Int] = [:]
    var targetTime = Histogram<UInt64>(highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: .three)

    mutating func add(_ record: borrowing AccessRecord) {
        requests += 1
        if record.targetStatus == nil, let status = record.elbStatus, status >= 400 { generatedStatus[status, default: 0] += 1 }
        if let reason = record.errorReason { errorReasons[reason, default: 0] += 1 }
        if let time = record.targetProcessingTime { _ = targetTime.record(UInt64(max(0, min(time * 1_000_000, 3_600_000_000)))) }
    }

    mutating func merge(_ other: ErrorsAggregate) {
        requests += other.requests
        generatedStatus.merge(other.generatedStatus, uniquingKeysWith: +)
        errorReasons.merge(other.errorReasons, uniquingKeysWith: +)
        targetTime.add(other.targetTime)
    }

    /// Milliseconds at the percentile, nil without samples.
    func targetTimeMilliseconds(_ percentile: Double) -> Double? {
        targetTime.totalCount == 0 ? nil : Double(targetTime.valueAtPercentile(percentile)) / 1000
    }
}

/// Counts over connection-log entries whose handshake or client-certificate check failed.
struct TLSAggregate: Sendable {
    var connections = 0
    var failures = 0
    var byCode: [String: Int] = [:]
    var byPort: [Int: Int] = [:]
    var byNode: [String: Int] = [:]
    var byClient: [ClientAddress: (count: Int, codes: Set<String>)] = [:]
    /// Failures per node and 5-minute interval (its start, microseconds).
    var byNodeAndInterval: [NodeInterval: Int] = [:]

    struct NodeInterval: Hashable, Sendable {
        var node: String
        var start: Int64
    }

    mutating func add(_ record: borrowing ConnectionRecord, node: String) {
        connections += 1
        guard record.failed else { return }
        failures += 1
        byCode[record.verifyStatus, default: 0] += 1
        if let port = record.listenerPort { byPort[port, default: 0] += 1 }
        byNode[node, default: 0] += 1
        byNodeAndInterval[NodeInterval(node: node, start: record.time - record.time % LogFileName.interval), default: 0] += 1
        var entry = byClient[record.client] ?? (0, [])
        entry.count += 1
        entry.codes.insert(record.verifyStatus)
        byClient[record.client] = entry
    }

    mutating func merge(_ other: TLSAggregate) {
        connections += other.connections
        failures += other.failures
        byCode.merge(other.byCode, uniquingKeysWith: +)
        byPort.merge(other.byPort, uniquingKeysWith: +)
        byNode.merge(other.byNode, uniquingKeysWith: +)
        byNodeAndInterval.merge(other.byNodeAndInterval, uniquingKeysWith: +)
        for (client, entry) in other.byClient {
            var mine = byClient[client] ?? (0, [])
            mine.count += entry.count
            mine.codes.formUnion(entry.codes)
            byClient[client] = mine
        }
    }
}
