// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "landscape",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "landscape", targets: ["landscape"]),
        .library(name: "LandscapeCore", targets: ["LandscapeCore"]),
        .library(name: "LandscapeIO", targets: ["LandscapeIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // The model and every algorithm: standard library only, no I/O, no C.
        .target(name: "LandscapeCore"),
        // Readers and writers, one folder per format; problems come back as Diagnostics.
        .target(
            name: "LandscapeIO",
            dependencies: [
                "LandscapeCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The thin command-line tool.
        .executableTarget(
            name: "landscape",
            dependencies: [
                "LandscapeCore",
                "LandscapeIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LandscapeCoreTests", dependencies: ["LandscapeCore"]),
        .testTarget(name: "LandscapeIOTests", dependencies: ["LandscapeCore", "LandscapeIO"], exclude: ["Fixtures"]),
        .testTarget(name: "landscapeTests", dependencies: ["landscape"]),
    ],
    swiftLanguageModes: [.v6]
)
