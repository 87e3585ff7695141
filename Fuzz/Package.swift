// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for every reader of `landscape`, in a package of their own so that the main
// package's build and `make test` never see them. Build with the fuzzer and address sanitizer
// (see README.md; `make fuzz` does it):
//
//   swift build --package-path Fuzz --sanitize fuzzer --sanitize address
//
// Each target is a single file with no top-level code: libFuzzer's runtime brings `main` and
// calls the target's `LLVMFuzzerTestOneInput`.
let readers = ["yaml", "csv", "json", "graphml", "gexf", "dot", "xlsx"]

let package = Package(
    name: "landscape-fuzz",
    platforms: [.macOS(.v15)],
    products: readers.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [
        .package(name: "landscape", path: ".."),
    ],
    targets: [
        // Writes one fuzz input where the loader can read it, and loads it as `landscape check` does.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "LandscapeCore", package: "landscape"),
                .product(name: "LandscapeIO", package: "landscape"),
            ]
        ),
    ] + readers.map { reader in
        .executableTarget(
            name: "fuzz-\(reader)",
            dependencies: ["FuzzSupport"],
            // No `main`: the entry point is LLVMFuzzerTestOneInput, main is libFuzzer's.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)
