import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The output shapes of `diff` (docs/diff.md): JSON and the table of CSV and workbooks, with
/// English keywords for machines, and the terminal text (`DiffText`) in the chosen language.
public enum DiffOutput {
    /// The shape of docs/diff.md: `{"old": {"label", "actors", "ties"}, "new": {…}, "actors",
    /// "ties", "structure", "movers", "approximate", "brokers", "gaps", "coverage"}`.
    public static func json(_ result: DiffResult) -> JSONValue {
        let diff = result.diff
        return .object([
            ("old", side(result.old)),
            ("new", side(result.new)),
            ("actors", .object([
                ("joined", ids(diff.actors.joined)),
                ("left", ids(diff.actors.left)),
                ("changed", .array(diff.actors.changed.map { change in
                    .object([("id", .string(change.id.rawValue)), ("field", .string(change.field.rawValue)),
                             ("old", json(change.value.old)), ("new", json(change.value.new))])
                })),
            ])),
            ("ties", .object([
                ("new", .array(diff.ties.new.map { .object(tie($0)) })),
                ("ended", .array(diff.ties.ended.map { .object(tie($0)) })),
                ("changed", .array(diff.ties.changed.map { change in
                    .object(tie(change.tie) + [("field", .string(change.field.rawValue)),
                                               ("old", json(change.value.old)), ("new", json(change.value.new))])
                })),
            ])),
            ("structure", .object(figures(diff.structure).map { ($0.key, .array([.number($0.value.old), .number($0.value.new)])) })),
            ("movers", .array(diff.movers.ranked.map { mover in
                .object([("id", .string(mover.id.rawValue)), ("measure", .string(mover.measure.rawValue)),
                         ("rank", .array([.int(mover.rank.old), .int(mover.rank.new)])),
                         ("value", .array([.number(mover.value.old), .number(mover.value.new)]))])
            })),
            ("approximate", .bool(diff.movers.approximate)),
            ("brokers", .object([("appeared", ids(diff.movers.brokersAppeared)), ("disappeared", ids(diff.movers.brokersDisappeared))])),
            ("gaps", gaps(diff.gaps)),
            ("coverage", .array(diff.coverage.map { row in
                .object([("need", .string(row.need)), ("old", .int(row.serving.old)), ("new", .int(row.serving.new)),
                         ("status", .array([.string(keyword(row.status.old)), .string(keyword(row.status.new))]))])
            })),
        ])
    }

    private static func side(_ side: DiffSide) -> JSONValue {
        .object([("label", .string(side.label)), ("actors", .int(side.actors)), ("ties", .int(side.ties))])
    }

    private static func ids(_ ids: [ActorID]) -> JSONValue { .array(ids.map { .string($0.rawValue) }) }

    private static func tie(_ tie: Tie) -> [(String, JSONValue)] {
        [("from", .string(tie.from.rawValue)), ("to", .string(tie.to.rawValue)), ("kind", .string(tie.kind.rawValue))]
    }

    private static func gaps(_ gaps: GapChanges) -> JSONValue {
        func entry(_ gap: Gap, severity: JSONValue) -> [(String, JSONValue)] {
            [("type", .string(gap.type.rawValue)), ("actors", ids(gap.actors)), ("groups", .array(gap.groups.map { .string($0) })),
             ("severity", severity)]
        }
        return .object([
            ("closed", .array(gaps.closed.map { .object(entry($0.gap, severity: .string($0.gap.severity.rawValue)) + [("closed_by", ids($0.closedBy))]) })),
            ("opened", .array(gaps.opened.map { .object(entry($0, severity: .string($0.severity.rawValue))) })),
            ("persisting", .array(gaps.persisting.map { pair in
                .object(entry(pair.new, severity: .array([.string(pair.old.severity.rawValue), .string(pair.new.severity.rawValue)])))
            })),
        ])
    }

    /// A field's value: texts and dates as strings, kinds and sectors as their keywords, lists
    /// as arrays, numbers, `true`/`false`, `null` for no value.
    static func json(_ value: DiffValue?) -> JSONValue {
        guard let value else { return .null }
        switch value {
        case .text(let text): return .string(text)
        case .kind(let kind): return .string(kind.rawValue)
        case .sectors(let sectors): return .array(sectors.map { .string($0.rawValue) })
        case .tags(let tags): return .array(tags.map { .string($0) })
        case .actors(let ids): return self.ids(ids)
        case .date(let date): return .string(date.description)
        case .number(let number): return .number(number)
        case .flag(let flag): return .bool(flag)
        }
    }

    /// The structure figures by their JSON and CSV keys, in the order of the table.
    static func figures(_ structure: Change<StructureFigures>) -> [(key: String, value: Change<Double?>)] {
        [("density", structure.map(\.density)),
         ("components", structure.map { Optional(Double($0.components)) }),
         ("largest_component_share", structure.map(\.largestComponentShare)),
         ("degree_centralization", structure.map(\.degreeCentralization)),
         ("ei_index_kind", structure.map(\.eiIndexByKind))]
    }

    /// The keyword of a need's coverage in JSON and CSV.
    static func keyword(_ status: NeedCoverage) -> String {
        switch status {
        case .uncovered: "uncovered"
        case .outside: "outside"
        case .uncoordinated: "uncoordinated"
        case .covered: "covered"
        }
    }
}
