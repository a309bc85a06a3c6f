// Builds a small graph by hand with the model alone and prints its graph JSON (the
// interchange contract that `diplograph render` and `diplograph merge` read).
import DiploGraph
import Foundation

var graph = Graph()
let evidence = Evidence(
    document: "note.txt", start: 0, end: 50,
    sentence: "The envoy of Freedonia met the Sylvanian minister.")
graph.addDocument("note.txt")
graph.add(Node(id: "state:FRE", kind: .state, label: "Freedonia", evidence: [evidence]))
graph.add(Node(id: "state:SYL", kind: .state, label: "Sylvania", evidence: [evidence]))
graph.add(Edge(source: "state:FRE", target: "state:SYL", relation: .met, evidence: [evidence]))

let json = try graph.jsonData()
FileHandle.standardOutput.write(json)
FileHandle.standardOutput.write(Data("\n".utf8))
