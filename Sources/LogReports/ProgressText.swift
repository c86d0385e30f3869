public import Localization

/// The progress line `logs` and `diagnose` redraw on a terminal while they read log files.
public enum ProgressText: CatalogEntry {
    /// Files and megabytes done of all, the rate, and the seconds left.
    case reading(filesDone: Int, files: Int, megabytesDone: Double, megabytes: Double, megabytesPerSecond: Double, secondsLeft: Double)
}
