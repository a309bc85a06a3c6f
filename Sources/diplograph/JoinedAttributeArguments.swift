/// `dot`'s joined spelling of attributes, `-Gsize=7,5`, `-Nshape=box`, `-Ecolor=red`, made
/// into the two arguments ArgumentParser reads (`-G` `size=7,5`).
///
/// ArgumentParser reads a single-dash argument with `=` as a long option (`-Gsize` with the
/// value `7,5`), so it cannot take these joined forms itself. (`-Tsvg` and `-Kneato`, which have
/// no `=`, it takes as they are.)
enum JoinedAttributeArguments {
    /// The short options that take `name=value`.
    static let options: Set<Character> = ["G", "N", "E"]

    /// `arguments` with each `-Xname=value` (X one of ``options``, before any `--`) split into
    /// `-X` and `name=value`; everything else as it was.
    static func split(_ arguments: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(arguments.count)
        var afterTerminator = false
        for argument in arguments {
            if afterTerminator {
                result.append(argument)
                continue
            }
            if argument == "--" { afterTerminator = true }
            let characters = Array(argument.prefix(3))
            if characters.count == 3, characters[0] == "-", options.contains(characters[1]), characters[2] != "=",
               argument.contains("=") {
                result.append(String(argument.prefix(2)))
                result.append(String(argument.dropFirst(2)))
            } else {
                result.append(argument)
            }
        }
        return result
    }
}
