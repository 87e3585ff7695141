// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "landscape",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "landscape", targets: ["landscape"]),
        .library(name: "LandscapeCore", targets: ["LandscapeCore"]),
        .library(name: "LandscapeIO", targets: ["LandscapeIO"]),
        .library(name: "LandscapeWording", targets: ["LandscapeWording"]),
        .library(name: "LandscapeApp", targets: ["LandscapeApp"]),
        .library(name: "LandscapeStore", targets: ["LandscapeStore"]),
        .library(name: "LandscapeServer", targets: ["LandscapeServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // The store: SQLKit speaks one SQL to SQLite (sqlite-kit, SQLite bundled) and PostgreSQL (postgres-kit).
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        // TLS to PostgreSQL (`?sslmode=`): the client context postgres-nio takes.
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
        // The web app: HTTP on SwiftNIO (its service group ends it cleanly on SIGINT/SIGTERM).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // The peer's address of a request (the sign-in throttle's), from its channel.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.100.0"),
        // Passwords of the server's accounts: bcrypt (HummingbirdBcrypt, its C core bundled).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // SHA-256 of the session and share-link tokens (the database keeps only that).
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        // The server's logger (Hummingbird logs through it; `serve` sets its level).
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        // `make docs`: the DocC catalogs of the library targets (swift package generate-documentation).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
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
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Every word a user reads, one folder per language: Core's facts in sentences.
        // Its texts are catalogs (Catalogs/LANGUAGE/TOPIC.yaml), compiled into typed Swift at build time.
        .target(
            name: "LandscapeWording",
            dependencies: ["LandscapeCore"],
            exclude: ["Catalogs"],
            plugins: ["WordingCatalogs"]
        ),
        // The build step of LandscapeWording: catalogs in, Swift out (checked: every language has every message).
        .executableTarget(name: "wording-catalogs", dependencies: [.product(name: "Yams", package: "Yams")]),
        .plugin(name: "WordingCatalogs", capability: .buildTool(), dependencies: ["wording-catalogs"]),
        // Pure Swift: a landscape (and its analysis) as a styled Diagram value, worded by LandscapeWording. No C.
        .target(name: "LandscapeRender", dependencies: ["LandscapeCore", "LandscapeWording"]),
        // Graphviz's C library (Debian: libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The only code that calls C: a Diagram into cgraph, layout and rendering.
        .target(name: "LandscapeGraphviz", dependencies: ["LandscapeRender", "CGraphviz"]),
        // The steering-group report (HTML): analysis, diagrams and text in one document.
        .target(name: "LandscapeReport", dependencies: ["LandscapeCore", "LandscapeWording", "LandscapeRender"]),
        // The working database: one schema and one ordered list of migrations (SQLKit), on SQLite or PostgreSQL.
        .target(
            name: "LandscapeStore",
            dependencies: [
                "LandscapeCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The use cases (load, analyse, render, report, convert) with typed options, the
        // output shapes and files: what the command-line tool and the server both call.
        .target(
            name: "LandscapeApp",
            dependencies: [
                "LandscapeCore", "LandscapeIO", "LandscapeWording", "LandscapeRender", "LandscapeReport", "LandscapeStore",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The web app (`landscape serve`): routes, JSON API and security middleware over the store.
        .target(
            name: "LandscapeServer",
            dependencies: [
                "LandscapeCore",
                "LandscapeIO",
                "LandscapeWording",
                "LandscapeRender",
                "LandscapeReport",
                "LandscapeApp",
                "LandscapeStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                // zlib's deflate, for the pages kept gzipped (`PageCache`).
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The thin command-line tool.
        .executableTarget(
            name: "landscape",
            dependencies: [
                "LandscapeCore",
                "LandscapeIO",
                "LandscapeWording",
                "LandscapeRender",
                "LandscapeGraphviz",
                "LandscapeReport",
                "LandscapeApp",
                "LandscapeStore",
                "LandscapeServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (not part of `make test`; `make bench` runs them with the peer comparison).
        .executableTarget(
            name: "landscape-bench",
            dependencies: ["LandscapeCore", "LandscapeIO"],
            path: "Benchmarks/Sources/landscape-bench"
        ),
        // Renders one landscape 1,000 times in one process and prints its memory (`make render-soak`).
        .executableTarget(
            name: "render-soak",
            dependencies: ["LandscapeCore", "LandscapeIO", "LandscapeRender", "LandscapeGraphviz"],
            path: "Benchmarks/Sources/render-soak"
        ),
        // LandscapeWording for the tests that check how a gap, a suggestion or a diagnostic is worded.
        .testTarget(name: "LandscapeCoreTests", dependencies: ["LandscapeCore", "LandscapeWording"], exclude: ["Reference"]),
        .testTarget(name: "LandscapeIOTests", dependencies: ["LandscapeCore", "LandscapeIO", "LandscapeWording"], exclude: ["Fixtures"]),
        .testTarget(name: "LandscapeRenderTests", dependencies: ["LandscapeCore", "LandscapeRender"], exclude: ["Snapshots"]),
        .testTarget(name: "LandscapeGraphvizTests", dependencies: ["LandscapeCore", "LandscapeRender", "LandscapeGraphviz"]),
        .testTarget(name: "LandscapeWordingTests", dependencies: ["LandscapeCore", "LandscapeWording"]),
        .testTarget(name: "LandscapeReportTests", dependencies: ["LandscapeCore", "LandscapeIO", "LandscapeRender", "LandscapeGraphviz", "LandscapeReport"]),
        .testTarget(name: "LandscapeAppTests", dependencies: ["LandscapeCore", "LandscapeIO", "LandscapeWording", "LandscapeRender", "LandscapeApp"]),
        .testTarget(name: "LandscapeStoreTests", dependencies: ["LandscapeCore", "LandscapeIO", "LandscapeStore"]),
        .testTarget(
            name: "LandscapeServerTests",
            dependencies: [
                "LandscapeCore",
                "LandscapeIO",
                "LandscapeStore",
                "LandscapeRender",
                "LandscapeWording",
                "LandscapeApp",
                "LandscapeServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The commands run as a user runs them (the built executable); the libraries for the fixtures and checks.
        .testTarget(
            name: "landscapeTests",
            dependencies: ["landscape", "CGraphviz", "LandscapeCore", "LandscapeIO", "LandscapeWording", "LandscapeRender", "LandscapeGraphviz"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
