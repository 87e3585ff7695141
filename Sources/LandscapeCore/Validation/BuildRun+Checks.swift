/// Checks that need the whole landscape: programs, committees, ids differing only in case.
extension BuildRun {
    mutating func checkPrograms() {
        for (owner, reference) in programReferences {
            guard let position = positions[ActorID(reference.value)] else {
                let suggestion = suggestActor(for: reference.value)
                diagnostics.append(.error(.unknownProgram(reference: reference.value, suggestion: suggestion), at: reference.location))
                continue
            }
            let target = actors[position]
            if target.kind != .program, !unknownKinds.contains(target.id) {
                diagnostics.append(.error(.notAProgram(reference: reference.value, kind: target.kind), at: reference.location))
            }
            _ = owner
        }
    }

    mutating func warnAboutCommittees(ties: [Tie], ends: [UniqueTies.Ends], tieOrigins: [Int32], records: TieRecords) {
        // By the ties' end positions: no id hashed per tie, no set per committee. Many ties are
        // read in two halves on two cores (a million were ~15 ms on one core at the end of check).
        let (actors, unknownKinds) = (actors, unknownKinds)
        @Sendable func memberTies(_ range: Range<Int>) -> (memberships: [(committee: Int32, member: Int32)], warnings: [Diagnostic]) {
            var memberships: [(committee: Int32, member: Int32)] = []
            var warnings: [Diagnostic] = []
            for index in range where ties[index].kind == .member {
                let target = Int(ends[index].to)
                guard unknownKinds.isEmpty || !unknownKinds.contains(actors[target].id) else { continue }
                if actors[target].kind == .committee {
                    memberships.append((ends[index].to, ends[index].from))
                } else {
                    warnings.append(.warning(.memberOfNonCommittee(name: actors[target].name, kind: actors[target].kind), at: records.location(of: Int(tieOrigins[index]))))
                }
            }
            return (memberships, warnings)
        }
        var memberships: [(committee: Int32, member: Int32)]
        if ties.count >= 100_000 {
            let middle = ties.count / 2
            let (first, second) = Parallel.both({ memberTies(0..<middle) }, { memberTies(middle..<ties.count) })
            memberships = first.memberships + second.memberships
            diagnostics += first.warnings + second.warnings
        } else {
            let all = memberTies(ties.indices)
            memberships = all.memberships
            diagnostics += all.warnings
        }
        // Each member of a committee once, however many ties say so.
        memberships.sort { ($0.committee, $0.member) < ($1.committee, $1.member) }
        var members = [Int](repeating: 0, count: actors.count)
        for (index, membership) in memberships.enumerated()
        where index == 0 || memberships[index - 1].committee != membership.committee || memberships[index - 1].member != membership.member {
            members[Int(membership.committee)] += 1
        }
        for position in actors.indices where actors[position].kind == .committee {
            guard unknownKinds.isEmpty || !unknownKinds.contains(actors[position].id) else { continue }
            if members[position] < 2 {
                diagnostics.append(.warning(.smallCommittee(name: actors[position].name, members: members[position]), at: origins[position].record))
            }
        }
    }

    /// Two ids that differ only in letter case: one of them has a capital letter, and the other
    /// is either the first's lower case or has capitals too. So only those ids are compared,
    /// in actor order as a pass over all would.
    mutating func warnAboutCaseOnlyDifferences() {
        func lowered(_ id: String) -> String {
            id.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? id : id.lowercased()
        }
        var capitalKeys: Set<String> = []
        for actor in actors {
            let key = lowered(actor.id.rawValue)
            if key != actor.id.rawValue { capitalKeys.insert(key) }
        }
        guard !capitalKeys.isEmpty else { return }
        var seen: [String: ActorID] = [:]
        for actor in actors {
            let key = lowered(actor.id.rawValue)
            guard key != actor.id.rawValue || capitalKeys.contains(key) else { continue }
            if let other = seen[key], other != actor.id, let here = positions[actor.id].map({ origins[$0] }), let there = positions[other].map({ origins[$0] }) {
                diagnostics.append(.warning(.caseOnlyDifference(actor.id, other: other, otherAt: there.idLocation), at: here.idLocation))
            } else if seen[key] == nil {
                seen[key] = actor.id
            }
        }
    }
}
