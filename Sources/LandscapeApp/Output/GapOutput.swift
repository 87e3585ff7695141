import LandscapeCore
import LandscapeIO
import LandscapeWording

/// Output shapes of `gaps`, `whatif` and `suggest` (docs/gaps.md): the words, the tables'
/// headers and cells come from LandscapeWording in the chosen language; JSON keys and the type
/// and severity values of JSON stay English keywords, for machines (and so do the English
/// tables' cells).
public enum GapOutput {
    /// `{"gaps": [{"type", "severity", "actors": [ids], "groups": [names], "explanation", "suggestion"}]}`.
    public static func gapsJSON(_ gaps: [Gap], landscape: Landscape, language: Language) -> JSONValue {
        let words = language.gapWording
        return .object([("gaps", .array(gaps.map { gap in
            let sentences = words.sentences(gap, in: landscape)
            return .object([
                ("type", .string(gap.type.rawValue)),
                ("severity", .string(gap.severity.rawValue)),
                ("actors", .array(gap.actors.map { .string($0.rawValue) })),
                ("groups", .array(gap.groups.map { .string($0) })),
                ("explanation", .string(sentences.explanation)),
                ("suggestion", .string(sentences.action)),
            ])
        }))])
    }

    /// The gaps as table rows (CSV, a workbook), headers, severity, type and sentences in
    /// `language` (English keeps the keywords of severity and type).
    public static func gapsTable(_ gaps: [Gap], landscape: Landscape, language: Language) -> TextTable {
        let words = language.gapWording, cells = language.analysisTableWording
        var table = TextTable(name: cells.sheetGaps, headers: [cells.rankColumn, cells.gapsSeverityColumn, cells.gapsTypeColumn,
                                                               cells.gapsExplanationColumn, cells.gapsSuggestionColumn])
        for (index, gap) in gaps.enumerated() {
            let sentences = words.sentences(gap, in: landscape)
            table.cells.append([.integer(index + 1), .text(cells.severityCell(gap.severity)), .text(cells.gapTypeCell(gap.type)),
                                .text(sentences.explanation), .text(sentences.action)])
        }
        return table
    }

    /// For the terminal: one block per gap, wrapped, instead of an unreadably wide table; the
    /// wording's line for no gaps when there are none.
    public static func gapsText(_ gaps: [Gap], landscape: Landscape, language: Language, width: Int = 100) -> String {
        let words = language.gapWording
        return numberedBlocks(gaps, none: words.noGaps) { gap in
            let sentences = words.sentences(gap, in: landscape)
            return "[\(words.severityName(gap.severity))] \(words.typeName(gap.type))\n"
                + wrap(sentences.explanation, indent: "   ", width: width)
                + wrap("→ " + sentences.action, indent: "   ", width: width)
        }
    }

    /// Numbered blocks for the terminal (`1. ` and the block, a blank line after each), or the
    /// line `none` when there are no items.
    static func numberedBlocks<Item>(_ items: [Item], none: String, _ block: (Item) -> String) -> String {
        guard !items.isEmpty else { return none + "\n" }
        return items.enumerated().map { "\($0.offset + 1). " + block($0.element) + "\n" }.joined()
    }

    /// `{"suggestions": [{"type": "pair", "from", "to", "score", "reasons": [...], "closes": [...]}]}`;
    /// a committee has `"type": "committee"`, `"members"` and `"convener"` instead of `from` and
    /// `to` (and no structural, fit and complementarity parts).
    public static func suggestionsJSON(_ suggestions: [Suggestion], landscape: Landscape, language: Language) -> JSONValue {
        let words = language.suggestionWording
        return .object([("suggestions", .array(suggestions.map { s in
            let closing: [(String, JSONValue)] = [
                ("reasons", .array(s.reasons.map { .string(words.reason($0, in: landscape)) })),
                ("closes", .array(s.closes.map { .string(words.closedGap($0, in: landscape)) })),
                ("closes_types", .array(s.closesTypes.map { .string($0.rawValue) })),
            ]
            let members: (String, JSONValue) = ("members", .array(s.members.map { .string($0.rawValue) }))
            let score: (String, JSONValue) = ("score", .number((s.score * 10000).rounded() / 10000))
            switch s.form {
            case .committee:
                return .object([("type", .string(s.form.rawValue)), members,
                                ("convener", s.convener.map { .string($0.rawValue) } ?? .null), score] + closing)
            case .fund:
                return .object([("type", .string(s.form.rawValue)), ("funder", s.funder.map { .string($0.rawValue) } ?? .null),
                                ("need", s.need.map { .string($0) } ?? .null), members, score] + closing)
            case .pair:
                break
            }
            return .object([
                ("type", .string(s.form.rawValue)),
                ("from", .string(s.from.rawValue)),
                ("to", .string(s.to.rawValue)),
                ("score", .number((s.score * 10000).rounded() / 10000)),
                ("structural", .number((s.structural * 10000).rounded() / 10000)),
                ("fit", .number((s.fit * 10000).rounded() / 10000)),
                ("complementarity", .number(s.complementarity)),
                ("gap_bonus", .number(s.gapBonus)),
            ] + closing)
        }))])
    }

    /// The suggestions as table rows (CSV, a workbook), headers, kinds, reasons and closed gaps
    /// in `language`; a committee's row names its convener under `from` and its members under `to`.
    public static func suggestionsTable(_ suggestions: [Suggestion], landscape: Landscape, language: Language) -> TextTable {
        let words = language.suggestionWording, cells = language.analysisTableWording
        let headers = [cells.rankColumn, cells.suggestionsTypeColumn, cells.suggestionsFromColumn, cells.suggestionsToColumn,
                       cells.suggestionsScoreColumn, cells.suggestionsReasonsColumn, cells.suggestionsClosesColumn]
        var table = TextTable(name: cells.sheetSuggestions, headers: headers, alignments: [.right, .left, .left, .left, .right, .left, .left])
        let name = { (id: ActorID) in landscape[id]?.name ?? id.rawValue }
        for (index, s) in suggestions.enumerated() {
            let (from, to) = switch s.form {
            case .pair: (name(s.from), name(s.to))
            case .committee: (s.convener.map(name) ?? "", s.members.map(name).joined(separator: ", "))
            case .fund: (s.funder.map(name) ?? "", s.need ?? s.members.map(name).joined(separator: ", "))
            }
            table.cells.append([.integer(index + 1), .text(cells.suggestionCell(s.form)), .text(from), .text(to),
                                .decimal(s.score, places: 2),
                                .text(s.reasons.map { words.reason($0, in: landscape) }.joined(separator: "; ")),
                                .text(s.closes.map { words.closedGap($0, in: landscape) }.joined(separator: "; "))])
        }
        return table
    }

    /// For the terminal: one block per pair with its reasons (•) and the gaps it closes (✓); the
    /// wording's line for no suggestions when there are none.
    public static func suggestionsText(_ suggestions: [Suggestion], landscape: Landscape, language: Language, width: Int = 100) -> String {
        let words = language.suggestionWording
        return numberedBlocks(suggestions, none: words.noSuggestions) { s in
            var block = "\(words.heading(s, in: landscape))  (\(words.scoreLabel) \(language.numberStyle.decimal(s.score, digits: 2)))\n"
            for reason in s.reasons { block += wrap("• " + words.reason(reason, in: landscape), indent: "   ", width: width) }
            for gap in s.closes { block += wrap("✓ " + words.closedGap(gap, in: landscape), indent: "   ", width: width) }
            return block
        }
    }

    // MARK: whatif

    public static func summaryJSON(_ s: NetworkSummary) -> JSONValue {
        .object([
            ("actors", .int(s.actors)), ("ties", .int(s.ties)), ("components", .int(s.components)),
            ("largest_component_share", .number(s.largestComponentShare)), ("reachable_pairs", .int(s.reachablePairs)),
            ("average_distance", .number(s.averageDistance)),
        ])
    }

    /// `{"before": {...}, "after": {...}, "removed": [ids], "not_yet_founded": [ids], "cut_off": [ids],
    /// "lost_ties": n, "ties_not_yet_begun": n, ...}`.
    public static func whatIfJSON(_ r: WhatIfResult) -> JSONValue {
        .object([
            ("before", summaryJSON(r.before)),
            ("after", summaryJSON(r.after)),
            ("removed", .array(r.removed.map { .string($0.rawValue) })),
            ("not_yet_founded", .array(r.notYetFounded.map { .string($0.rawValue) })),
            ("cut_off", .array(r.cutOff.map { .string($0.rawValue) })),
            ("lost_ties", .int(r.lostTies)),
            ("ties_not_yet_begun", .int(r.tiesNotYetBegun)),
            ("reachable_pairs_lost", .int(r.reachablePairsLost)),
            ("reachable_pairs_lost_share", .number(r.reachablePairsLostShare)),
            ("brokers_lost", .array(r.brokersLost.map { .string($0.rawValue) })),
            ("committees_below_two", .array(r.committeesBelowTwo.map { .string($0.rawValue) })),
        ] + (r.sampling.map { [("approximate", SamplingOutput.json($0, measures: ["average_distance", "brokers_lost"]))] } ?? []))
    }

    /// The before/after table, labelled in `language`: the first table of `whatIfTables`.
    static func whatIfTable(_ r: WhatIfResult, language: Language) -> TextTable {
        let words = language.whatIfWording
        var table = TextTable(name: language.analysisTableWording.sheetWhatIf, headers: ["", words.beforeColumn, words.afterColumn],
                              alignments: [.left, .right, .right])
        let figures: [(String, (NetworkSummary) -> TableCell)] = [
            (words.actorsRow, { .integer($0.actors) }),
            (words.tiesRow, { .integer($0.ties) }),
            (words.componentsRow, { .integer($0.components) }),
            (words.largestShareRow, { .decimal($0.largestComponentShare, places: 3) }),
            (words.reachablePairsRow, { .integer($0.reachablePairs) }),
            (words.averageDistanceRow, { .decimal($0.averageDistance, places: 2) }),
        ]
        table.cells = figures.map { label, cell in [.text(label), cell(r.before), cell(r.after)] }
        return table
    }

    /// The tables of a what-if result: before and after, then what is lost (the actors
    /// removed, cut off, the brokers and committees lost, by name; the ties and pairs lost; on
    /// an earlier day, what was not yet founded or begun).
    public static func whatIfTables(_ r: WhatIfResult, landscape: Landscape, language: Language) -> [TextTable] {
        let words = language.whatIfWording, tables = language.analysisTableWording
        let names = { (ids: [ActorID]) in TableCell.text(ids.map { landscape[$0]?.name ?? $0.rawValue }.joined(separator: ", ")) }
        var lost = TextTable(name: tables.sheetWhatIsLost, headers: [tables.figureColumn, tables.valueColumn], alignments: [.left, .right])
        lost.cells = [
            [.text(words.removedLabel), names(r.removed)],
            [.text(words.lostTiesLabel), .integer(r.lostTies)],
            [.text(words.pairsLostLabel), .integer(r.reachablePairsLost)],
            [.text(words.pairsLostLabel + " (%)"), .decimal(r.reachablePairsLostShare.map { $0 * 100 }, places: 1)],
            [.text(words.cutOffLabel), names(r.cutOff)],
            [.text(words.brokersLostLabel), names(r.brokersLost)],
            [.text(words.committeesBelowTwoLabel), names(r.committeesBelowTwo)],
        ]
        // Compared with an earlier day: what was not there yet, after the removed and lost ones.
        if r.tiesNotYetBegun > 0 { lost.cells.insert([.text(words.tiesNotYetBegunLabel), .integer(r.tiesNotYetBegun)], at: 2) }
        if !r.notYetFounded.isEmpty { lost.cells.insert([.text(words.notYetFoundedLabel), names(r.notYetFounded)], at: 1) }
        return [whatIfTable(r, language: language), lost]
    }

    /// The before/after table and what is lost, labelled in `language`.
    public static func whatIfText(_ r: WhatIfResult, landscape: Landscape, language: Language) -> String {
        let words = language.whatIfWording
        let names = { (ids: [ActorID]) in ids.isEmpty ? "–" : ids.map { landscape[$0]?.name ?? $0.rawValue }.joined(separator: ", ") }
        var out = whatIfTable(r, language: language).aligned(in: language) + "\n"
        out += "\(words.removedLabel): \(names(r.removed))\n"
        if !r.notYetFounded.isEmpty { out += "\(words.notYetFoundedLabel): \(names(r.notYetFounded))\n" }
        out += "\(words.lostTiesLabel): \(r.lostTies)\n"
        if r.tiesNotYetBegun > 0 { out += "\(words.tiesNotYetBegunLabel): \(r.tiesNotYetBegun)\n" }
        out += "\(words.pairsLostLabel): \(r.reachablePairsLost) (\(language.numberStyle.decimal((r.reachablePairsLostShare ?? 0) * 100, digits: 1)) %)\n"
        out += "\(words.cutOffLabel): \(names(r.cutOff))\n"
        out += "\(words.brokersLostLabel): \(names(r.brokersLost))\n"
        out += "\(words.committeesBelowTwoLabel): \(names(r.committeesBelowTwo))\n"
        return out
    }

    /// Word-wraps `text` at `width` columns with `indent`.
    static func wrap(_ text: String, indent: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > width - indent.count {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { indent + $0 + "\n" }.joined()
    }
}
