import DiploGraph

/// The `date:` of a Markdown front matter block (see ``FrontMatter``): a day, plain, quoted
/// (`date: "2021-03-04"`) or a timestamp (`date: 2021-03-04T09:30:00+01:00`); its calendar date
/// is taken as written.
enum FrontMatterDate {
    /// The front matter date of `bytes`, or `nil` when there is no front matter, no `date:`
    /// line, or its value is no date.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        FrontMatter.value(of: "date", in: bytes).flatMap { DocumentDating.isoDay(atStartOf: $0) }
    }
}
