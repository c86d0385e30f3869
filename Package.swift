// swift-tools-version: 6.0
import PackageDescription

/// One list of settings for every target (docs/architecture.md).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

/// The commit `albdoctor --version` names: scripts/release sets ALBDOCTOR_COMMIT (hex digits and
/// `-dirty`); without it — a plain `swift build`, a source tarball without git — the build says
/// "commit unknown" and needs nothing but the toolchain.
let buildCommit = Context.environment["ALBDOCTOR_COMMIT"].flatMap { commit in
    commit.allSatisfy { $0.isHexDigit || "-dirty".contains($0) } && !commit.isEmpty ? commit : nil
}

let package = Package(
    name: "albdoctor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "albdoctor", targets: ["albdoctor"]),
        .library(name: "ALBDoctorKit", targets: [
            "Addresses", "Findings", "Topology", "Rules", "HCL", "CloudFormation", "Terraform", "AWSModel", "AWSInventory", "ALBLogs", "ProbeModel", "Probe", "Reports", "ProbeReports", "LogReports", "RuleCatalog", "LintPipeline", "Diagnose", "DiagnoseReports", "Pictures", "ServeConfig", "Serve", "TextWidth", "Localization",
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
        // IP addresses and CIDR blocks, parsed and printed once: the bottom of the graph, no dependencies.
        .target(name: "Addresses", swiftSettings: swiftSettings),
        // The languages albdoctor speaks, and the catalog's building blocks: texts looked up by a
        // typed key, in English and Japanese. Pure, no dependencies.
        .target(name: "Localization", swiftSettings: swiftSettings),
        .target(name: "Findings", dependencies: ["Addresses", "Localization"], swiftSettings: swiftSettings),
        .target(name: "Topology", dependencies: ["Addresses", "Findings", "Localization"], swiftSettings: swiftSettings),
        .target(name: "Rules", dependencies: ["Addresses", "Findings", "Localization", "Topology"], swiftSettings: swiftSettings),
        .target(
            name: "CloudFormation",
            dependencies: ["Addresses", "Findings", "Localization", "Topology", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // HCL2 native syntax and its JSON form: tokens, expressions and bodies with their
        // file:line:column. Pure, no AWS knowledge (the fuzz targets link it); its errors' words come
        // from the catalog's pieces in Localization, which is pure too.
        .target(name: "HCL", dependencies: ["Localization"], swiftSettings: swiftSettings),
        // Terraform configurations (a folder of .tf / .tf.json files) evaluated into the network model.
        .target(name: "Terraform", dependencies: ["Addresses", "Findings", "Localization", "Topology", "HCL"], swiftSettings: swiftSettings),
        .target(
            name: "ChildProcess",
            dependencies: [
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: swiftSettings
        ),
        // What albdoctor knows of AWS without talking to it: actions, credentials, errors, the XML
        // of the query APIs, shared config files, inventories and snapshots. Pure (no NIO, no HTTP
        // client, no cryptography), so that the fuzz targets link it alone; SigV4 signing, which
        // needs swift-crypto and its BoringSSL, lives in AWSInventory.
        .target(name: "AWSModel", dependencies: ["Addresses", "Localization", "Topology"], swiftSettings: swiftSettings),
        .target(
            name: "AWSInventory",
            dependencies: [
                "Addresses", "Topology", "AWSModel", "ChildProcess",
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
            dependencies: ["Addresses", "Findings", "Localization", "CZlib", .product(name: "Histogram", package: "hdrhistogram-swift")],
            swiftSettings: swiftSettings
        ),
        // The probe's values: targets, addresses, DNS messages, options' parsers, results and
        // their findings. Pure, for the fuzz targets; `Probe` does the I/O.
        .target(name: "ProbeModel", dependencies: ["Addresses", "Findings", "Localization"], swiftSettings: swiftSettings),
        .target(
            name: "Probe",
            dependencies: [
                "Addresses", "Findings", "Localization", "ProbeModel",
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
        .target(name: "Pictures", dependencies: ["Findings", "Localization", "Topology", "TextWidth"], swiftSettings: swiftSettings),
        // The terminal columns text takes (East Asian wide characters count two), for aligned
        // columns and carets, and text broken into lines of so many columns (Japanese rules
        // included). Pure, no dependencies.
        .target(name: "TextWidth", swiftSettings: swiftSettings),
        .target(name: "Reports", dependencies: ["Findings", "Localization", "Pictures", "TextWidth"], swiftSettings: swiftSettings),
        .target(name: "ProbeReports", dependencies: ["Addresses", "Localization", "Probe", "Reports", "Pictures", "TextWidth"], swiftSettings: swiftSettings),
        .target(name: "LogReports", dependencies: ["ALBLogs", "Localization", "Reports", "Pictures", "TextWidth"], swiftSettings: swiftSettings),
        // lint's pipeline without the command line: templates or Terraform → model → rules → findings.
        .target(name: "LintPipeline", dependencies: ["Findings", "Localization", "Topology", "Rules", "CloudFormation", "Terraform"], swiftSettings: swiftSettings),
        .target(name: "Diagnose", dependencies: ["Addresses", "Findings", "Localization", "Topology", "Rules", "AWSInventory", "ALBLogs", "Probe", "LintPipeline"], swiftSettings: swiftSettings),
        .target(name: "DiagnoseReports", dependencies: ["Diagnose", "Localization", "Reports", "Pictures", "ProbeReports", "LogReports", "TextWidth"], swiftSettings: swiftSettings),
        // serve's YAML file, read without the server (the fuzz targets link it alone).
        .target(
            name: "ServeConfig",
            dependencies: ["Addresses", "Localization", "ProbeModel", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Serve",
            dependencies: [
                "Addresses", "Findings", "Localization", "Probe", "ServeConfig", "Pictures", "ProbeReports", "Reports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "RuleCatalog", dependencies: ["Findings", "Rules", "CloudFormation", "Terraform", "ALBLogs", "Probe"], swiftSettings: swiftSettings),
        .target(
            name: "CBuildInfo",
            cSettings: buildCommit.map { [.define("ALBDOCTOR_COMMIT", to: "\"\($0)\"")] } ?? []
        ),
        .executableTarget(
            name: "albdoctor",
            dependencies: [
                "Addresses", "CBuildInfo", "Findings", "Topology", "Rules", "CloudFormation", "Reports", "ProbeReports", "LogReports", "RuleCatalog",
                "Diagnose", "DiagnoseReports", "LintPipeline", "Localization", "Pictures", "Serve", "AWSInventory", "ALBLogs", "Probe", "Terraform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "_CSpawn", path: "Tests/_CSpawn"),
        .target(name: "_TestSupport", dependencies: ["_CSpawn", "ChildProcess", "Localization"], path: "Tests/_TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "AddressesTests", dependencies: ["Addresses"], swiftSettings: swiftSettings),
        .testTarget(name: "TopologyTests", dependencies: ["Addresses", "Localization", "Topology", "_TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "RulesTests",
            dependencies: ["Rules", "CloudFormation", "Topology", "Findings", "Reports", "RuleCatalog", "Localization", "LintPipeline", "Pictures", "_TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CloudFormationTests",
            dependencies: ["Localization", "CloudFormation", "Rules", "Topology", "Findings", "_TestSupport"],
            resources: [.copy("Templates")],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "HCLTests", dependencies: ["HCL", "Localization", "_TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TerraformTests",
            dependencies: ["Localization", "Terraform", "HCL", "Rules", "Topology", "Findings", "_TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AWSInventoryTests",
            dependencies: ["AWSInventory", "AWSModel", "Localization", "Topology", "Rules", "Findings", "_TestSupport"],
            resources: [.copy("SigV4TestSuite"), .copy("Responses"), .copy("Peers")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ALBLogsTests",
            dependencies: ["Localization", "Addresses", "ALBLogs", "Findings", "_TestSupport"],
            exclude: ["Peers"],
            resources: [.copy("Logs")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Addresses", "Reports", "Rules", "Findings", "Localization", "TextWidth", "_TestSupport"],
            resources: [.copy("Schemas")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ProbeTests",
            dependencies: ["Localization", 
                "Addresses", "Probe", "ProbeModel", "Findings", "_TestSupport",
                .product(name: "X509", package: "swift-certificates"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FuzzRegressionTests",
            dependencies: ["ALBLogs", "AWSModel", "CloudFormation", "HCL", "ProbeModel", "Rules", "ServeConfig", "Terraform", "_TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "LintPipelineTests", dependencies: ["LintPipeline", "Findings", "_TestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "ServeTests", dependencies: ["Addresses", "Localization", "Serve", "ServeConfig", "Probe", "_TestSupport"], swiftSettings: swiftSettings),
        // The words of the views' own sections (network picture, probe table, logs, serve's page, the diagnosis) in every language.
        .testTarget(
            name: "ReportTextTests",
            dependencies: ["Reports", "Findings", "Pictures", "ProbeReports", "LogReports", "DiagnoseReports", "Serve", "Localization", "Topology", "Probe", "_TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DiagnoseTests",
            dependencies: ["Addresses", "Diagnose", "AWSInventory", "AWSModel", "Rules", "Findings", "Localization", "_TestSupport", "ProbeModel", "ALBLogs", "Topology"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LabTests",
            dependencies: ["albdoctor", "_TestSupport"],
            exclude: ["Peers"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ALBDoctorTests",
            // Localization and Reports for the catalogs of the command line's own messages.
            dependencies: ["albdoctor", "Localization", "Reports", "_TestSupport"],
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The fuzz targets (fuzz/run.sh): an executable added only when ALBDOCTOR_FUZZ is set, as
// swift-argument-parser's manifest appends targets, so that the normal build never sees it. It
// links the pure parsers alone — no NIO, TLS, HTTP client or server, Prometheus — and
// fuzz/run.sh builds just it (`--product AlbdoctorFuzz`) with AddressSanitizer, in its own build
// folder but from this package's one dependency resolution.
//
// libFuzzer's coverage goes only into albdoctor's own modules (a counter in every dependency
// made libFuzzer walk hundreds of thousands of them after each input); the dependencies get
// AddressSanitizer alone, from fuzz/run.sh's command line. swiftc keeps only the last -sanitize=
// flag it is given: the modules' own `-sanitize=fuzzer,address` comes after SwiftPM's.
if Context.environment["ALBDOCTOR_FUZZ"] != nil {
    let fuzzed: [Target.Dependency] = ["ALBLogs", "AWSModel", "CloudFormation", "HCL", "ProbeModel", "Rules", "ServeConfig", "Terraform"]
    package.targets.append(
        .executableTarget(
            name: "AlbdoctorFuzz",
            dependencies: fuzzed,
            path: "fuzz/Sources/AlbdoctorFuzz",
            swiftSettings: swiftSettings + [.unsafeFlags(["-parse-as-library"])],
            // libFuzzer's runtime (its driver is called from the entry point) and ASan's.
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        )
    )
    for target in package.targets where target.type == .regular || target.type == .executable {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer,address"])]
    }
}
