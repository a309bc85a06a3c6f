// swift-tools-version: 6.0
// An example of using diplograph's model alone: the `DiploGraph` product, which has no
// dependencies, so a program that only builds, merges and writes graphs links neither the
// extraction's gazetteer nor the Graphviz C library. `scripts/check-model-only.sh` builds it and
// checks with `ldd` that no Graphviz library is linked.
import PackageDescription

let package = Package(
    name: "ModelOnly",
    dependencies: [
        .package(name: "diplograph", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "model-only",
            dependencies: [.product(name: "DiploGraph", package: "diplograph")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
