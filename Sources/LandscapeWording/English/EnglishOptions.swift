import LandscapeCore

/// The shared options' help texts and messages in English.
struct EnglishOptions: OptionWording {
    var filesHelp: String { "Landscape files: .yaml/.yml, .json, .graphml, .gexf, .xlsx, .dot, or folders with actors.csv and ties.csv." }
    var atHelp: String { "Look at the landscape as it is on this date (YYYY, YYYY-MM or YYYY-MM-DD)." }
    var limitsTitle: String { "Limits" }
    var maxFileSizeHelp: String { "Refuse input files larger than this (bytes, or with K, M, G: 512M)." }
    var maxActorsHelp: String { "Refuse more actors than this over all inputs." }
    var maxTiesHelp: String { "Refuse more ties than this over all inputs." }
    var maxLabelLengthHelp: String { "Longest id, name, kind or list item, in characters." }
    var maxNoteLengthHelp: String { "Longest note, contact or title, in characters." }
    var directedHelp: String { "Keep the direction of member, funding and steering ties (the others count both ways)." }
    var weightedHelp: String { "Read tie weights as strengths: path lengths are 1/weight; PageRank, eigenvector and structural holes use weights." }
    var foldHelp: String { "Analyse the actor–actor projection of committee membership: 'committees'." }
    var groupsHelp: String { "Group actors by kind, municipality or sector (brokerage roles, E–I index, mixing)." }
    var formatHelp: String { "Output: table, csv or json." }
    var communitySeedHelp: String { "Seed of the community search: the same seed gives the same communities." }
    var resolutionHelp: String { "Resolution of the community search: above 1 more, smaller communities; below 1 fewer, larger ones (1 = classic modularity)." }
    var languageHelp: String { "Language of explanations: de or en (default: the landscape's language)." }

    var noFiles: String { "Give at least one landscape file, e.g. graphs/weimar.yaml." }
    func noSuchFile(_ path: String) -> String { "No such file or folder: '\(path)'." }
    func notADate(option: String, _ text: String) -> String {
        "'\(option) \(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD."
    }
    func notASize(option: String, _ text: String) -> String {
        "'\(option) \(text)' is not a size; write e.g. 512M, 2G or 1000000."
    }
    func notAtLeastOne(option: String, _ value: Int) -> String { "'\(option) \(value)': give a number of at least 1." }
    func needsAtLeastOne(option: String) -> String { "'\(option)' needs a number of at least 1." }
    var foldIsUndirected: String { "'--fold committees' gives an undirected network; leave out '--directed'." }
    var resolutionNotPositive: String { "'--resolution' must be a number greater than 0." }
    func unknownValue(_ value: String, option: String, known: [String]) -> String {
        "'\(option) \(value)' is not known; use \(Self.either(known))."
    }
    func notAMeasure(_ value: String, option: String, known: [String]) -> String {
        "'\(value)' in '\(option)' is not a measure; use: \(known.joined(separator: ", "))."
    }
    func notAMeasureToSort(_ value: String, known: [String]) -> String {
        "'--sort \(value)' is not a measure; use one of: \(known.joined(separator: ", "))."
    }
    func notAnActorKind(_ value: String, known: String) -> String {
        "'--kind \(value)' is not an actor kind; use: \(known)."
    }
    func notAGapType(_ value: String, known: [String]) -> String {
        "'\(value)' is not a gap type; use: \(known.joined(separator: ", "))."
    }

    /// "a, b or c".
    private static func either(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }
}
