import LandscapeCore

/// Which gaps to find (`landscape gaps`).
public struct GapRequest: Sendable {
    /// Only gaps of these types; all types when empty.
    public var types: [GapType]
    /// The attributes checked for group holes; all attributes when empty.
    public var groupings: [GroupingAttribute]
    /// Only the `top` most severe gaps; all when `nil`.
    public var top: Int?
    /// Resources and events taken in as nodes; none by default.
    public var include: Set<IncludedElement>
    /// For group holes, count only direct ties, not actors who meet in a committee.
    public var directOnly: Bool

    public init(types: [GapType] = [], groupings: [GroupingAttribute] = [], top: Int? = nil, include: Set<IncludedElement> = [],
                directOnly: Bool = false) {
        self.types = types
        self.groupings = groupings
        self.top = top
        self.include = include
        self.directOnly = directOnly
    }
}

/// A suggestion request that names an actor the landscape does not have.
public enum SuggestionError: Error, Sendable, Equatable {
    case unknownActor(ActorID)
}

/// What changes in a what-if comparison (`landscape whatif`): actors taken out, a programme
/// taken out with what it funds, and the day to compare with.
public struct WhatIfRequest: Sendable {
    public var remove: [ActorID]
    public var program: ActorID?
    /// Compare the landscape now (its `as_of` date, else as given) with the one on this day.
    public var day: CalendarDay?
    /// Resources and events taken in as nodes; none by default.
    public var include: Set<IncludedElement>
    /// Compute distances and betweenness exactly also above `Sampling.largeAbove` actors.
    public var exact: Bool

    public init(remove: [ActorID] = [], program: ActorID? = nil, day: CalendarDay? = nil, include: Set<IncludedElement> = [],
                exact: Bool = false) {
        self.remove = remove
        self.program = program
        self.day = day
        self.include = include
        self.exact = exact
    }
}

/// Why a what-if scenario cannot be built: each id the request names that does not fit.
public enum WhatIfProblem: Sendable, Equatable {
    /// An id in `remove` names no actor.
    case unknownActor(ActorID)
    /// The programme id names no actor.
    case unknownProgram(ActorID)
    /// The programme id names an actor of another kind.
    case notAProgram(ActorID, kind: ActorKind)
}

/// Every problem of a what-if request, in the order of the request.
public struct WhatIfError: Error, Sendable, Equatable {
    public var problems: [WhatIfProblem]

    public init(problems: [WhatIfProblem]) {
        self.problems = problems
    }
}

extension Landscape {
    /// The gaps of the landscape, most severe first, as the request limits them.
    ///
    /// - Complexity: that of `GapFinder.find`, dominated by betweenness: O(A·T).
    public func gaps(_ request: GapRequest) -> [Gap] {
        let options = GapOptions(
            groupings: request.groupings.isEmpty ? GroupingAttribute.allCases : request.groupings,
            types: request.types.isEmpty ? nil : Set(request.types), include: request.include, directOnly: request.directOnly)
        let gaps = GapFinder.find(self, options: options)
        return request.top.map { Array(gaps.prefix($0)) } ?? gaps
    }

    /// Ranked cooperation suggestions, with the gaps each would close.
    ///
    /// - Throws: `SuggestionError.unknownActor` when the request's actor is not in the landscape.
    /// - Complexity: gap finding plus the suggester's candidate scoring.
    public func suggestions(_ request: SuggestOptions) throws(SuggestionError) -> [Suggestion] {
        if let actor = request.actor, !contains(actor) { throw .unknownActor(actor) }
        return Suggester.suggest(self, gaps: GapFinder.find(self, options: GapOptions(include: request.include)), options: request)
    }

    /// Compares this (whole) landscape before and after the request's changes, read as the
    /// request's `include` asks (resources and events left out by default).
    ///
    /// With a day, "before" is the landscape on its `as_of` date (as given when it has none)
    /// and "after" the landscape on that day; then the actors and the programme go from "after".
    /// What begins after that day is reported as not yet founded or begun, not as removed.
    /// - Throws: `WhatIfError` with every id that names no actor, or a programme that is none.
    /// - Complexity: two network summaries, O(A·T) each.
    public func whatIf(_ request: WhatIfRequest) throws(WhatIfError) -> WhatIfResult {
        let problems = whatIfProblems(request)
        guard problems.isEmpty else { throw WhatIfError(problems: problems) }
        let whole = analysed(including: request.include)
        var before = whole
        if let asOf, request.day != nil { before = whole.active(on: asOf.firstDay) }
        var after = request.day.map { whole.active(on: $0) } ?? before
        after = WhatIf.removing(Set(request.remove), from: after)
        if let program = request.program { after = WhatIf.withoutProgram(program, from: after) }
        return request.day.map { WhatIf.compare(before: before, after: after, on: $0, exact: request.exact) }
            ?? WhatIf.compare(before: before, after: after, exact: request.exact)
    }

    private func whatIfProblems(_ request: WhatIfRequest) -> [WhatIfProblem] {
        var problems = request.remove.filter { !contains($0) }.map(WhatIfProblem.unknownActor)
        if let program = request.program {
            if let actor = self[program] {
                if actor.kind != .program { problems.append(.notAProgram(program, kind: actor.kind)) }
            } else {
                problems.append(.unknownProgram(program))
            }
        }
        return problems
    }
}
