import LandscapeCore
import LandscapeIO

/// Output shapes of `gaps`, `whatif` and `suggest` (docs/gaps.md).
public enum GapOutput {
    /// `{"gaps": [{"type", "severity", "actors": [ids], "groups": [names], "explanation", "suggestion"}]}`.
    public static func gapsJSON(_ gaps: [Gap]) -> JSONValue {
        .object([("gaps", .array(gaps.map { gap in
            .object([
                ("type", .string(gap.type.rawValue)),
                ("severity", .string(gap.severity.rawValue)),
                ("actors", .array(gap.actors.map { .string($0.rawValue) })),
                ("groups", .array(gap.groups.map { .string($0) })),
                ("explanation", .string(gap.explanation)),
                ("suggestion", .string(gap.suggestion)),
            ])
        }))])
    }

    public static func gapsTable(_ gaps: [Gap], landscape: Landscape) -> TextTable {
        var table = TextTable(headers: ["#", "severity", "type", "explanation", "suggestion"])
        for (index, gap) in gaps.enumerated() {
            table.rows.append([String(index + 1), gap.severity.rawValue, gap.type.rawValue, gap.explanation, gap.suggestion])
        }
        return table
    }

    /// For the terminal: one block per gap, wrapped, instead of an unreadably wide table.
    public static func gapsText(_ gaps: [Gap], width: Int = 100) -> String {
        var out = ""
        for (index, gap) in gaps.enumerated() {
            out += "\(index + 1). [\(gap.severity.rawValue)] \(gap.type.rawValue)\n"
            out += wrap(gap.explanation, indent: "   ", width: width)
            out += wrap("→ " + gap.suggestion, indent: "   ", width: width)
            out += "\n"
        }
        return out
    }

    /// `{"suggestions": [{"from", "to", "score", "reasons": [...], "closes": [...]}]}`.
    public static func suggestionsJSON(_ suggestions: [Suggestion]) -> JSONValue {
        .object([("suggestions", .array(suggestions.map { s in
            .object([
                ("from", .string(s.from.rawValue)),
                ("to", .string(s.to.rawValue)),
                ("score", .number((s.score * 10000).rounded() / 10000)),
                ("structural", .number((s.structural * 10000).rounded() / 10000)),
                ("fit", .number((s.fit * 10000).rounded() / 10000)),
                ("complementarity", .number(s.complementarity)),
                ("gap_bonus", .number(s.gapBonus)),
                ("reasons", .array(s.reasons.map { .string($0) })),
                ("closes", .array(s.closes.map { .string($0) })),
                ("closes_types", .array(s.closesTypes.map { .string($0.rawValue) })),
            ])
        }))])
    }

    public static func suggestionsTable(_ suggestions: [Suggestion], landscape: Landscape) -> TextTable {
        var table = TextTable(headers: ["#", "from", "to", "score", "reasons", "closes"],
                              alignments: [.right, .left, .left, .right, .left, .left])
        for (index, s) in suggestions.enumerated() {
            table.rows.append([String(index + 1), landscape[s.from]?.name ?? s.from.rawValue, landscape[s.to]?.name ?? s.to.rawValue,
                               NumberText.decimal(s.score, places: 2), s.reasons.joined(separator: "; "), s.closes.joined(separator: "; ")])
        }
        return table
    }

    public static func suggestionsText(_ suggestions: [Suggestion], landscape: Landscape, width: Int = 100) -> String {
        var out = ""
        for (index, s) in suggestions.enumerated() {
            let a = landscape[s.from]?.name ?? s.from.rawValue, b = landscape[s.to]?.name ?? s.to.rawValue
            out += "\(index + 1). »\(a)« ↔ »\(b)«  (score \(NumberText.decimal(s.score, places: 2)))\n"
            for reason in s.reasons { out += wrap("• " + reason, indent: "   ", width: width) }
            for gap in s.closes { out += wrap("✓ " + gap, indent: "   ", width: width) }
            out += "\n"
        }
        return out
    }

    // MARK: whatif

    public static func summaryJSON(_ s: NetworkSummary) -> JSONValue {
        .object([
            ("actors", .int(s.actors)), ("ties", .int(s.ties)), ("components", .int(s.components)),
            ("largest_component_share", .number(s.largestComponentShare)), ("reachable_pairs", .int(s.reachablePairs)),
            ("average_distance", .number(s.averageDistance)),
        ])
    }

    /// `{"before": {...}, "after": {...}, "removed": [ids], "cut_off": [ids], "lost_ties": n, ...}`.
    public static func whatIfJSON(_ r: WhatIfResult) -> JSONValue {
        .object([
            ("before", summaryJSON(r.before)),
            ("after", summaryJSON(r.after)),
            ("removed", .array(r.removed.map { .string($0.rawValue) })),
            ("cut_off", .array(r.cutOff.map { .string($0.rawValue) })),
            ("lost_ties", .int(r.lostTies)),
            ("reachable_pairs_lost", .int(r.reachablePairsLost)),
            ("reachable_pairs_lost_share", .number(r.reachablePairsLostShare)),
            ("brokers_lost", .array(r.brokersLost.map { .string($0.rawValue) })),
            ("committees_below_two", .array(r.committeesBelowTwo.map { .string($0.rawValue) })),
        ])
    }

    public static func whatIfText(_ r: WhatIfResult, landscape: Landscape) -> String {
        var table = TextTable(headers: ["", "before", "after"], alignments: [.left, .right, .right])
        table.rows = [
            ["actors", String(r.before.actors), String(r.after.actors)],
            ["ties", String(r.before.ties), String(r.after.ties)],
            ["components", String(r.before.components), String(r.after.components)],
            ["largest component share", NumberText.decimal(r.before.largestComponentShare, places: 3), NumberText.decimal(r.after.largestComponentShare, places: 3)],
            ["reachable pairs", String(r.before.reachablePairs), String(r.after.reachablePairs)],
            ["average distance", NumberText.decimal(r.before.averageDistance, places: 2), NumberText.decimal(r.after.averageDistance, places: 2)],
        ]
        let name = { (id: ActorID) in landscape[id]?.name ?? id.rawValue }
        var out = table.aligned() + "\n"
        out += "removed: \(r.removed.isEmpty ? "–" : r.removed.map(name).joined(separator: ", "))\n"
        out += "lost ties: \(r.lostTies)\n"
        out += "reachable pairs lost: \(r.reachablePairsLost) (\(NumberText.decimal((r.reachablePairsLostShare ?? 0) * 100, places: 1)) %)\n"
        out += "cut off from the main network: \(r.cutOff.isEmpty ? "–" : r.cutOff.map(name).joined(separator: ", "))\n"
        out += "brokers lost: \(r.brokersLost.isEmpty ? "–" : r.brokersLost.map(name).joined(separator: ", "))\n"
        out += "committees left with fewer than two members: \(r.committeesBelowTwo.isEmpty ? "–" : r.committeesBelowTwo.map(name).joined(separator: ", "))\n"
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
