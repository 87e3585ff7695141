import LandscapeCore

/// The messages of the writers: what a format cannot carry. (The readers' problems are
/// `ReadingProblem`s, worded by LandscapeWording.)
enum FormatMessage {
    // MARK: Writing: what a format cannot carry

    static func metadataLost(_ what: [String], format: String) -> String {
        "\(format) cannot carry the landscape's \(list(what)); \(what.count == 1 ? "it is" : "they are") left out"
    }
    static func tieIDsLost(_ count: Int, format: String) -> String {
        "\(format) cannot carry the ties' ids (\(count == 1 ? "1 tie has one" : "\(count) ties have one")); they are left out"
    }
    static func separatorInList(_ count: Int, example: String, owner: String, format: String) -> String {
        let items = count == 1 ? "a list item contains" : "\(count) list items contain"
        return "\(items) '|', which separates list items in \(format): '\(example)' (\(owner)) will be read back as several items"
    }
    static func controlCharacters(_ count: Int, example: String, format: String) -> String {
        let texts = count == 1 ? "a text contains" : "\(count) texts contain"
        return "\(texts) control characters that \(format) cannot hold (e.g. in '\(example)'); they are written as U+FFFD"
    }
    static func textTooLong(_ count: Int, example: String, limit: Int, format: String) -> String {
        let texts = count == 1 ? "a text is" : "\(count) texts are"
        return "\(texts) longer than the \(grouped(limit)) characters a cell holds in \(format) (e.g. '\(example)…'); \(count == 1 ? "it is" : "they are") cut there"
    }
    static func tooManyRows(_ what: String, count: Int, limit: Int, format: String) -> String {
        "a sheet holds \(grouped(limit)) rows below its header in \(format); the \(what) after the first \(grouped(limit)) (of \(grouped(count))) are left out"
    }
    static func ambiguousReference(_ id: ActorID, format: String) -> String {
        "the actor '\(id)' can be named in a tie neither by its id nor by its name without ambiguity (another actor is called '\(id)'); \(format) ties to it will not read back"
    }

    /// A number with a comma between thousands, as the messages write large numbers.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }
}
