import Testing
import Probe

/// `--timeout`, `--interval`, `--window` and `serve`'s file keys: what a user may type, and what is
/// refused (a fuzzer found `interval: 3777…70` crashing `serve` before the bound existed).
struct DurationArgumentTests {
    @Test(arguments: [
        ("500ms", Duration.milliseconds(500)), ("3s", .seconds(3)), ("3", .seconds(3)), ("1.5", .milliseconds(1500)),
        ("2m", .seconds(120)), ("1h", .seconds(3600)), ("0.5ms", .milliseconds(1)), ("8760h", .seconds(365 * 24 * 3600)),
    ])
    func aDurationIsRead(text: String, expected: Duration) {
        #expect(DurationArgument.parse(text) == expected)
    }

    @Test(arguments: [
        "soon", "", "s", "0", "0s", "-1s", "0.0004s", "nan", "inf", "-inf", "infinity",
        "8761h", "1e10", "1e30s", "1e400", "3" + String(repeating: "7", count: 110) + "0",
    ])
    func anythingElseIsRefusedNotTrapped(text: String) {
        #expect(DurationArgument.parse(text) == nil, "\(text)")
    }
}
