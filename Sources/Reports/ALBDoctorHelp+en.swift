extension ALBDoctorHelp {
    /// The English of every entry: the words the help had before the catalog, unchanged.
    public var english: String {
        switch self {
        case .abstract: "Find why some clients of a load-balanced HTTPS site fail while others don't."
        case .discussion:
            """
            Names the broken load-balancer node, its subnet and the missing route — before you deploy \
            (lint), inside the account (aws), from the outside (probe) and after the fact (logs).

            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 bad usage or \
            unreadable input; 3 an internal error.
            """
        }
    }
}
