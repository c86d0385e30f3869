public import Localization

extension LogAnalysis {
    /// A file that could not be read to the end, and why (in every language). JSON writes it as
    /// one string, `FILE: PROBLEM`, the problem in the language of the encoder's `userInfo`; a
    /// decoded one holds its problem as that text.
    public struct FileProblem: Sendable, Codable, Equatable {
        /// The file or object, as the analysis names it (`LogSource.displayName`).
        public var file: String
        /// Why it was read only in part.
        public var problem: LocalizedText

        public init(file: String, problem: LocalizedText) {
            self.file = file
            self.problem = problem
        }

        /// `FILE: PROBLEM`.
        public var text: LocalizedText {
            LocalizedText(sameInEveryLanguage: "\(file): ").appending(problem)
        }

        public init(from decoder: any Decoder) throws {
            let whole = try decoder.singleValueContainer().decode(String.self)
            guard let separator = whole.range(of: ": ") else {
                self.init(file: whole, problem: LocalizedText(sameInEveryLanguage: ""))
                return
            }
            self.init(file: String(whole[..<separator.lowerBound]), problem: LocalizedText(english: String(whole[separator.upperBound...])))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }
}
