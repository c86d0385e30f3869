public import Localization

/// The words of `albdoctor --help` (the command itself, above its subcommands), by typed key.
/// English in `ALBDoctorHelp+en.swift`, Japanese in `ALBDoctorHelp+ja.swift`. The help's
/// catalogs live here, not in the executable, so that tests can import them; the executable
/// picks the process's language (`--lang` on the command line, else the environment).
public enum ALBDoctorHelp: CatalogEntry {
    /// The one line under OVERVIEW, and what it is for.
    case abstract
    /// The views it answers from, and the exit codes.
    case discussion
}
