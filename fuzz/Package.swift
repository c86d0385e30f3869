// swift-tools-version: 6.0
import PackageDescription

/// albdoctor's parsers under libFuzzer, apart from the normal build: `fuzz/run.sh` builds this
/// package with libFuzzer and AddressSanitizer (`fuzz/run.sh --build`; docs/architecture.md, "Fuzzing").
let package = Package(
    name: "albdoctor-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "albdoctor", path: "..")],
    targets: [
        .executableTarget(
            name: "AlbdoctorFuzz",
            dependencies: [.product(name: "ALBDoctorKit", package: "albdoctor")],
            swiftSettings: [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])],
            // libFuzzer's runtime and main; the rest of the build gets AddressSanitizer from
            // fuzz/run.sh and coverage only in albdoctor's modules (../Package.swift, at its end).
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
