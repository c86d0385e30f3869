internal import Localization

/// The words of serve's status page around the probe's address table: the targets' lines, the
/// history table and the page's scope. URLs, addresses and intervals are shown as they are.
enum StatusPageText: CatalogEntry {
    /// Under a target's URL: how many rounds ran, how often, and why the last resolution failed.
    case rounds(Int, every: String)
    case lastResolutionFailed(String)
    /// The history table's columns.
    case addressColumn, nowColumn
    case lastRoundsColumn(Int)
    /// Whether an address answered in its last round, or has not been probed yet.
    case up, down, notProbedYet
    /// After an address no longer in DNS: for how many rounds.
    case absentFromDNS(rounds: Int)
    /// The accessible name of an address's row of squares.
    case history(address: String)
    /// The page's scope line: targets and addresses watched.
    case scope(targets: Int, addresses: Int)
}
