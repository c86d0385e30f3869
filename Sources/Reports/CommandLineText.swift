public import Localization

/// What the `albdoctor` command itself writes to standard error when it stops on bad input: the
/// `albdoctor: error: ` prefix and the failures the commands find themselves (the readers'
/// errors bring their own messages), by typed key. English in `CommandLineText+en.swift`,
/// Japanese in `CommandLineText+ja.swift`. It lives here, not in the executable, so that tests
/// can import it.
public enum CommandLineText: CatalogEntry {
    /// The start of every error line: `albdoctor: error: `.
    case errorPrefix
    /// The start of every warning line: `albdoctor: warning: `.
    case warningPrefix
    /// `lint` was given Terraform and something that is not.
    case notTerraform(other: String, terraform: String)
    /// `logs` found no log file in the paths; `skipped` other files were passed over.
    case noLogFiles(paths: [String], skipped: Int)
    /// `logs` read no entry from the files; `problems` say why (`FILE: PROBLEM`).
    case noLogEntries(paths: [String], problems: [LocalizedText])
    /// `rules --write-docs` could not write into the folder.
    case cannotWriteDocs(folder: String, reason: String)
    /// `rules ID` names no rule.
    case noSuchRule(name: String)
    /// `aws --save-snapshot` could not write the file.
    case cannotWriteSnapshot(file: String, reason: String)
    /// `serve --config` names a file that is not there or cannot be read.
    case configUnreadable(file: String)
}
