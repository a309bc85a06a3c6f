/// Words that end in a period without ending the sentence.
enum Abbreviations {
    /// Abbreviations written with a final period (compared in lower case, period included).
    static let withPeriod: WordSet = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "cmdr.", "adm.",
        "sgt.", "sen.", "rep.", "gov.", "pres.", "amb.", "sec.", "rev.", "hon.", "st.", "mt.", "ft.",
        "jr.", "sr.", "messrs.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "oct.", "nov.", "dec.", "inc.", "ltd.", "co.", "corp.", "plc.", "no.", "vs.", "etc.",
        "approx.", "dept.", "est.", "fig.", "vol.", "ave.",
    ]

    /// Abbreviations that may also end a sentence ("… sanctions on the U.S. The talks …").
    static let mayEndSentence: WordSet = ["etc.", "inc.", "ltd.", "co.", "corp.", "plc."]

    /// Words that usually start a sentence: after a dotted abbreviation they signal a new one.
    static let sentenceStarters: WordSet = [
        "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "a", "an", "this",
        "that", "these", "those", "his", "her", "their", "its", "there", "however", "meanwhile",
        "mr", "mr.", "mrs", "ms",
    ]
}
