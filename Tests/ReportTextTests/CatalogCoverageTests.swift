import Localization
import Reports
import Testing
import _TestSupport

/// How `checkEveryCase` finds an enum's cases in its source and the case of a key: only the
/// enum's own cases count, not a nested enum's nor a `case` in a comment, a string or a switch;
/// a list of keys that lacks a case, or a file that is not the enum's, is an issue.
@Suite struct CatalogCoverageTests {
    /// A catalog's source with all that could mislead a reader of its cases.
    static let source = ##"""
        /// A catalog; `case notACase` in a doc comment is no case.
        enum Sample: CatalogEntry {
            /// A key without values.
            case plain
            // case commented
            /* case blockCommented /* case nestedComment { */ still a comment } */
            case labelled(name: String, count: Int = 0), unlabelled(String)
            @available(*, deprecated) case `default`
            indirect case wrapping(Sample)

            /// A type nested in the catalog: its cases are not the catalog's.
            enum Nested {
                case inner, alsoInner(Int)
            }

            var english: String {
                switch self {
                case .plain: "case notDeclared {"
                case .labelled(let name, _): "\(name.isEmpty ? "case )" : name) }"
                default: #"raw "case" } \(x)"#
                }
            }

            static let multiline = """
                case inString }
                """

            case last
        }

        enum Other { case elsewhere }
        """##

    @Test func theEnumsOwnCases() {
        #expect(CatalogCoverage.declaredCases(ofEnum: "Sample", in: Self.source) == [["plain", "labelled", "unlabelled", "default", "wrapping", "last"]])
    }

    @Test func aNestedEnumHasItsOwnCases() {
        #expect(CatalogCoverage.declaredCases(ofEnum: "Nested", in: Self.source) == [["inner", "alsoInner"]])
        #expect(CatalogCoverage.declaredCases(ofEnum: "Other", in: Self.source) == [["elsewhere"]])
    }

    @Test func anEnumTheSourceDoesNotDeclare() {
        #expect(CatalogCoverage.declaredCases(ofEnum: "Absent", in: Self.source).isEmpty)
        #expect(CatalogCoverage.declaredCases(ofEnum: "notACase", in: Self.source).isEmpty)
    }

    /// An enum whose cases carry nothing, labelled values, an unlabelled value, and a value that
    /// takes no room (which reflection may show as no payload at all).
    enum Key {
        /// No values.
        case plain
        /// Labelled values.
        case labelled(name: String, count: Int)
        /// An unlabelled value.
        case unlabelled(String)
        /// A value that takes no room.
        case wrapped(Only)

        /// An enum of one case, whose values take no room.
        enum Only {
            /// The only value.
            case one
        }
    }

    @Test func theCaseOfAKey() {
        #expect(CatalogCoverage.caseName(of: Key.plain) == "plain")
        #expect(CatalogCoverage.caseName(of: Key.labelled(name: "nameX1", count: 2)) == "labelled")
        #expect(CatalogCoverage.caseName(of: Key.unlabelled("textX3")) == "unlabelled")
        #expect(CatalogCoverage.caseName(of: Key.wrapped(.one)) == "wrapped")
    }

    /// A list that lacks a case, and a file that does not declare the enum, are issues.
    @Test func aMissingCaseOrAWrongFileIsAnIssue() {
        withKnownIssue {
            checkEveryCase([ViewScope.logs(lines: 0)], declaredIn: "Sources/Reports/ViewScope.swift")
        }
        withKnownIssue {
            checkEveryCase([ViewScope.logs(lines: 0)], declaredIn: "Sources/Reports/ReportText.swift")
        }
    }
}
