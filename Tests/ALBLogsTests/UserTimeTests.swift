import Testing
import ALBLogs

/// `--since` and `--until` as users type them: UTC, with or without seconds or the `Z`, or a date.
struct UserTimeTests {
    @Test(arguments: [
        ("2025-12-25T23:45:50Z", "2025-12-25T23:45:50.000000Z"), ("2025-12-25T23:45", "2025-12-25T23:45:00.000000Z"),
        ("2025-12-25", "2025-12-25T00:00:00.000000Z"), ("2024-02-29", "2024-02-29T00:00:00.000000Z"),
        ("2025-12-25 23:45:50", "2025-12-25T23:45:50.000000Z"),
    ])
    func aTimeIsRead(text: String, expected: String) {
        #expect(LogTime(userText: text)?.description == expected)
    }

    @Test(arguments: ["yesterday", "2025-13-01", "2025-02-30", "2025-02-29", "2025-04-31", "2025-12-25T24:00", "2025-12-25T23:45:50+09:00", ""])
    func aTimeThatIsNoneOfThoseIsRefused(text: String) {
        #expect(LogTime(userText: text) == nil, "\(text)")
    }
}
