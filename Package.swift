// swift-tools-version: 6.0
import PackageDescription

/// One list of settings for every target (docs/architecture.md).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "albdoctor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "albdoctor", targets: ["albdoctor"]),
        .library(name: "ALBDoctorKit", targets: [
            "Findings", "Topology", "Rules", "CloudFormation", "AWSInventory", "ALBLogs", "Probe", "Reports", "ProbeReports", "LogReports", "RuleCatalog", "Diagnose", "DiagnoseReports", "Pictures", "Serve",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .target(name: "Findings", swiftSettings: swiftSettings),
        .target(name: "Topology", dependencies: ["Findings"], swiftSettings: swiftSettings),
        .target(name: "Rules", dependencies: ["Findings", "Topology"], swiftSettings: swiftSettings),
        .target(
            name: "CloudFormation",
            dependencies: ["Findings", "Topology", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "ChildProcess",
            dependencies: [
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AWSInventory",
            dependencies: [
                "Topology", "ChildProcess",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "ALBLogs",
            dependencies: ["Findings", "CZlib", .product(name: "Histogram", package: "hdrhistogram-swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Probe",
            dependencies: [
                "Findings", "Topology",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "Pictures", dependencies: ["Findings", "Topology"], swiftSettings: swiftSettings),
        .target(name: "Reports", dependencies: ["Findings", "Rules", "Pictures"], swiftSettings: swiftSettings),
        .target(name: "ProbeReports", dependencies: ["Probe", "Reports", "Pictures"], swiftSettings: swiftSettings),
        .target(name: "LogReports", dependencies: ["ALBLogs", "Reports", "Pictures"], swiftSettings: swiftSettings),
        .target(name: "Diagnose", dependencies: ["Findings", "Topology", "Rules", "CloudFormation", "AWSInventory", "ALBLogs", "Probe"], swiftSettings: swiftSettings),
        .target(name: "DiagnoseReports", dependencies: ["Diagnose", "Reports", "Pictures", "ProbeReports", "LogReports"], swiftSettings: swiftSettings),
        .target(
            name: "Serve",
            dependencies: [
                "Findings", "Probe", "Pictures", "ProbeReports", "Reports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "RuleCatalog", dependencies: ["Reports", "Rules", "CloudFormation", "ALBLogs", "Probe"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "albdoctor",
            dependencies: [
                "Findings", "Topology", "Rules", "CloudFormation", "Reports", "ProbeReports", "LogReports", "RuleCatalog",
                "Diagnose", "DiagnoseReports", "Pictures", "Serve", "AWSInventory", "ALBLogs", "Probe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "_CSpawn", path: "Tests/_CSpawn"),
        .target(name: "_TestSupport", dependencies: ["_CSpawn", "ChildProcess"], path: "Tests/_TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "TopologyTests", dependencies: ["Topology"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RulesTests",
            dependencies: ["Rules", "CloudFormation", "Topology", "Findings", "Reports", "RuleCatalog", "_TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CloudFormationTests",
            dependencies: ["CloudFormation", "Rules", "Topology", "Findings", "_TestSupport"],
            resources: [.copy("Templates")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AWSInventoryTests",
            dependencies: ["AWSInventory", "Topology", "Rules", "Findings", "_TestSupport"],
            resources: [.copy("SigV4TestSuite"), .copy("Responses"), .copy("Peers")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ALBLogsTests",
            dependencies: ["ALBLogs", "Findings", "_TestSupport"],
            exclude: ["Peers"],
            resources: [.copy("Logs")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Rules", "Findings", "_TestSupport"],
            resources: [.copy("Schemas")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbeTests",
            dependencies: [
                "Probe", "Findings", "_TestSupport",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["ALBLogs", "AWSInventory", "CloudFormation", "Probe", "Rules", "Serve", "_TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "Probe"], swiftSettings: swiftSettings),
        .testTarget(name: "DiagnoseTests", dependencies: ["Diagnose", "AWSInventory", "Rules", "Findings"], swiftSettings: swiftSettings),
        .testTarget(
            name: "LabTests",
            dependencies: ["albdoctor", "_TestSupport"],
            exclude: ["Peers"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ALBDoctorTests",
            dependencies: ["albdoctor", "_TestSupport"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

// fuzz/run.sh builds with ALBDOCTOR_FUZZ_COVERAGE set: libFuzzer's coverage and AddressSanitizer
// in albdoctor's own modules (the dependencies get AddressSanitizer alone, from the command line).
// Instrumenting every dependency too (NIO, BoringSSL, X509, …) gave about a million counters,
// which libFuzzer walks after every input: most of each execution went there.
if Context.environment["ALBDOCTOR_FUZZ_COVERAGE"] != nil {
    for target in package.targets where target.type == .regular {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer,address"])]
    }
}
