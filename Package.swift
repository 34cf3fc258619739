// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Verbatim",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Verbatim", targets: ["Verbatim"]),
        .executable(name: "verbatim", targets: ["verbatim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "Verbatim",
            dependencies: ["CPCRE2", "CLibXML2", "CSQLite", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "verbatim",
            dependencies: ["Verbatim", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "VerbatimTests",
            dependencies: ["Verbatim"]
        ),
        // Runs the built `verbatim` executable (built beside the tests by `swift test`) and checks what it prints.
        .testTarget(
            name: "VerbatimCLITests",
            dependencies: []
        ),
    ],
    swiftLanguageModes: [.v6]
)
