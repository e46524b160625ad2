// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "attrib",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "attrib", targets: ["attrib"]),
        .library(name: "AttribStore", targets: ["AttribStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The system SQLite (Debian: libsqlite3-dev). No wrapper package: AttribStore owns its layer.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // libxml2's HTML parser (Debian: libxml2-dev), for web pages.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "AttribStore",
            dependencies: ["CSQLite", "CLibXML2"],
            path: "Sources/AttribStore"
        ),
        .executableTarget(
            name: "attrib",
            dependencies: [
                "AttribStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/attrib",
            resources: [.copy("Demo")]
        ),
        .testTarget(
            name: "AttribStoreTests",
            dependencies: ["AttribStore"],
            path: "Tests/AttribStoreTests",
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
