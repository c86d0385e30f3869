import Foundation

/// The target ALBDOCTOR_FUZZ_TARGET names, read once.
let selectedTarget = ProcessInfo.processInfo.environment["ALBDOCTOR_FUZZ_TARGET"] ?? ""

/// libFuzzer's entry: one input to the selected target. Written with `@_cdecl` because libFuzzer
/// calls a C symbol; there is no Swift library for this.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.run(selectedTarget, UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    return 0
}
