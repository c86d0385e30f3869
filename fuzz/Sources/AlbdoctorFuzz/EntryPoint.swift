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

/// The program's entry. SwiftPM names an executable's entry `AlbdoctorFuzz_main` and points
/// `main` at it (so that tests can link executables) unless the whole build is `--sanitize=fuzzer`,
/// which this one is not: libFuzzer's coverage is only in albdoctor's own modules (fuzz/run.sh).
/// So the entry hands over to libFuzzer's driver itself.
@_cdecl("AlbdoctorFuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}

/// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const
/// uint8_t *Data, size_t Size))`), declared here: libFuzzer ships no header or module for Swift.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
