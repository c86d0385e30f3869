internal import Localization

extension StatusPageText {
    /// The English of every entry.
    var english: String {
        switch self {
        case .rounds(let rounds, let interval): "\(rounds) round\(rounds == 1 ? "" : "s"), every \(interval)"
        case .lastResolutionFailed(let error): " — last resolution failed: \(error)"
        case .addressColumn: "address"
        case .nowColumn: "now"
        case .lastRoundsColumn(let rounds): "last \(rounds) rounds, oldest first"
        case .up: "up"
        case .down: "down"
        case .notProbedYet: "not probed yet"
        case .absentFromDNS(let rounds): " (absent from DNS for \(rounds) rounds)"
        case .history(let address): "history of \(address)"
        case .scope(let targets, let addresses): "\(targets) target\(targets == 1 ? "" : "s"), \(addresses) addresses"
        }
    }
}
