import Foundation

/// Generated news-like text of any size, always the same for the same size: for the tests of
/// big inputs (the binary's memory) and of linear work (the extraction's step counts).
public enum BigInput {
    /// One paragraph of the fixed pattern: mostly ordinary reporting, and every tenth paragraph
    /// a diplomatic sentence with leaders, states, a meeting and an agreement. Paragraphs are
    /// numbered so that none is an exact duplicate (the reader drops repeated paragraphs).
    public static func paragraph(_ index: Int) -> String {
        switch index % 10 {
        case 0:
            return "Report \(index). South Korean President Lee Jae Myung met Chinese President Xi Jinping in Seoul on Monday, and the two countries signed an agreement on trade and elderly care."
        case 3:
            return "Report \(index). Japanese Prime Minister Sanae Takaichi visited Australia, where she urged Prime Minister Anthony Albanese to expand defence cooperation."
        case 7:
            return "Report \(index). North Korea rejected dialogue with South Korea, while France and Kenya agreed to open a new trade office in Nairobi."
        default:
            return "Report \(index). The committee reviewed the budget figures for the coming year, and officials said the talks on the harbour project would continue next week after the holiday."
        }
    }

    /// About `bytes` bytes of paragraphs separated by blank lines.
    public static func newsLike(bytes: Int) -> Data {
        paragraphs(bytes: bytes, separator: [0x0A, 0x0A])
    }

    /// About `bytes` bytes of the same sentences on one line, without a single line break.
    public static func singleLine(bytes: Int) -> Data {
        paragraphs(bytes: bytes, separator: [0x20])
    }

    /// Paragraphs 0, 1, 2, … each followed by `separator`, until there are `bytes` bytes or more.
    private static func paragraphs(bytes: Int, separator: [UInt8]) -> Data {
        var data = Data()
        data.reserveCapacity(bytes + 256)
        var index = 0
        while data.count < bytes {
            data.append(contentsOf: paragraph(index).utf8)
            data.append(contentsOf: separator)
            index += 1
        }
        return data
    }
}
