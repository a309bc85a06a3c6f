// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "diplograph",
    products: [
        .executable(name: "diplograph", targets: ["diplograph"]),
        .library(name: "DiploGraph", targets: ["DiploGraph"]),
        .library(name: "DiploExtraction", targets: ["DiploExtraction"]),
        .library(name: "DiploRendering", targets: ["DiploRendering"]),
        .library(name: "DiploPipeline", targets: ["DiploPipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The Graphviz C library, as installed by Debian's libgraphviz-dev. No headers are copied:
        // the shim includes <graphviz/gvc.h> from the system.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The model: nodes, edges, evidence, merging, JSON. No dependencies.
        .target(name: "DiploGraph"),
        // Text to graph: reading, segmenting, recognising, resolving, relating.
        .target(name: "DiploExtraction", dependencies: ["DiploGraph"], exclude: ["Actors/LICENSE-PETRARCH2.txt"]),
        // Graph to DOT (pure Swift) and to SVG and other formats (libgvc, in-process).
        .target(name: "DiploRendering", dependencies: ["DiploGraph", "CGraphviz"]),
        // Documents to graphs to files: corpus reading, parallel extraction, graph fragments,
        // graph sources, output selection and writing, and the POSIX calls under them
        // (System.swift). What the command line runs, without argument parsing.
        .target(name: "DiploPipeline", dependencies: ["DiploGraph", "DiploExtraction", "DiploRendering"]),
        // The command line: argument parsing and error reporting over DiploPipeline.
        .executableTarget(
            name: "diplograph",
            dependencies: [
                "DiploGraph", "DiploExtraction", "DiploRendering", "DiploPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (`make bench`): extraction throughput, corpus scaling, rendering. Prints
        // figures, asserts nothing.
        .executableTarget(
            name: "diplograph-bench",
            dependencies: ["DiploGraph", "DiploExtraction", "DiploRendering", "DiploPipeline"]
        ),
        // What the test targets share: fixtures (the samples, a small graph, generated text), XML
        // and SVG reading, a seeded random number generator for property tests, comparing large
        // outputs without a slow diff, and how a test that needs an outside tool (Chromium,
        // networkx) skips or, in CI, fails.
        .target(name: "TestSupport", dependencies: ["DiploGraph"], path: "Tests/TestSupport"),
        .testTarget(name: "DiploGraphTests", dependencies: ["DiploGraph", "TestSupport"]),
        .testTarget(name: "DiploExtractionTests", dependencies: ["DiploExtraction", "DiploGraph", "TestSupport"]),
        .testTarget(name: "DiploRenderingTests", dependencies: ["DiploRendering", "DiploGraph", "TestSupport"]),
        .testTarget(name: "DiploPipelineTests", dependencies: ["DiploPipeline", "DiploGraph", "DiploRendering"]),
        .testTarget(name: "DiplographCLITests", dependencies: ["diplograph", "DiploGraph", "DiploPipeline", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
