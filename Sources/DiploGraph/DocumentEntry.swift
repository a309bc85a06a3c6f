/// One entry of the graph JSON's `documents` array:
/// `{"name": "a.txt", "date": "2019-05-04", "title": "Chile and Peru meet"}`, `date` and `title`
/// left out when unknown.
///
/// Reading also accepts the older form, a plain string with the name.
struct DocumentEntry: Decodable, Equatable {
    /// The document's name, as in evidence.
    var name: String
    /// Its date, if known.
    var date: Day?
    /// Its headline, if it has one.
    var title: String?

    init(name: String, date: Day?, title: String? = nil) {
        self.name = name
        self.date = date
        self.title = title
    }

    private enum CodingKeys: String, CodingKey { case name, date, title }

    init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self.init(name: name, date: nil)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let name = try c.decode(String.self, forKey: .name)
        let title = try c.decodeIfPresent(String.self, forKey: .title)
        self.init(name: name, date: try c.decodeDayIfPresent(forKey: .date), title: title)
    }
}

extension Graph {
    /// The `documents` entries of the graph JSON, sorted by name.
    var documentEntries: [DocumentEntry] {
        documents.map { DocumentEntry(name: $0, date: documentDates[$0], title: documentTitles[$0]) }
    }
}
