/// Reading actor records and merging those with the same id.
extension BuildRun {
    /// An actor record read and checked on its own, before it joins the others.
    struct PreparedActor {
        var actor: Actor
        var record: SourceLocation
        var idLocation: SourceLocation
        var fieldOrigins: FieldOrigins
        var programs: [Located<String>]
        var kindIsKnown: Bool
    }

    /// Reads one actor record; `nil` (with an error) when it has no name.
    mutating func prepareActor(_ record: RecordDraft<ActorField>) -> PreparedActor? {
        let name = scalar(.name, of: record)
        let kindText = scalar(.kind, of: record)
        let idText = scalar(.id, of: record)
        guard let name else {
            diagnostics.append(.error(.actorWithoutName, at: record.location))
            return nil
        }
        var kind = ActorKind.other
        if let kindText {
            if let parsed = terms.actorKind(kindText.value) {
                kind = parsed
            } else {
                diagnostics.append(.error(.unknownTerm(.actorKind, text: kindText.value, suggestion: ActorKind.closest(to: kindText.value)), at: kindText.location))
            }
        } else {
            diagnostics.append(.error(.actorWithoutKind(name: name.value), at: record.location))
        }
        let id = ActorID(idText?.value ?? name.value)
        let kindIsKnown = kindText.flatMap({ terms.actorKind($0.value) }) != nil
        let idLocation = idText?.location ?? name.location

        var actor = Actor(id: id, name: name.value, kind: kind)
        var fieldOrigins = FieldOrigins()
        fieldOrigins[.name] = name.location
        if let kindText { fieldOrigins[.kind] = kindText.location }
        if let municipality = scalar(.municipality, of: record) {
            actor.municipality = municipality.value
            fieldOrigins[.municipality] = municipality.location
        }
        if let contact = scalar(.contact, of: record) {
            actor.contact = contact.value
            fieldOrigins[.contact] = contact.location
        }
        if let note = scalar(.note, of: record) {
            actor.note = note.value
            fieldOrigins[.note] = note.location
        }
        for item in list(.sectors, of: record) {
            if let sector = terms.sector(item.value) {
                if !actor.sectors.contains(sector) { actor.sectors.append(sector) }
            } else {
                diagnostics.append(.error(.unknownTerm(.sector, text: item.value, suggestion: Sector.closest(to: item.value)), at: item.location))
            }
        }
        actor.topics = unique(list(.topics, of: record).map(\.value))
        actor.targetGroups = unique(list(.targetGroups, of: record).map(\.value))
        let programs = list(.programs, of: record)
        actor.programs = unique(programs.map(\.value)).map { ActorID($0) }
        actor.period = period(of: record, since: .since, until: .until, origins: &fieldOrigins)
        actor.extra = Self.extraFields(record.extras)
        return PreparedActor(
            actor: actor, record: record.location, idLocation: idLocation, fieldOrigins: fieldOrigins,
            programs: programs, kindIsKnown: kindIsKnown)
    }

    /// Adds a read actor: a new one, or a second record of an actor from another file merged
    /// into the first; a repeated id within one file is an error.
    mutating func insert(_ prepared: PreparedActor) {
        let id = prepared.actor.id
        if !prepared.kindIsKnown { unknownKinds.insert(id) }
        if let position = positions[id] {
            let origin = origins[position]
            if origin.record.file == prepared.record.file {
                diagnostics.append(.error(.duplicateID(id, first: origin.idLocation), at: prepared.idLocation))
                return
            }
            merge(prepared.actor, into: position, origin: origin, fieldOrigins: prepared.fieldOrigins)
        } else {
            positions[id] = actors.count
            actors.append(prepared.actor)
            origins.append(ActorOrigin(record: prepared.record, idLocation: prepared.idLocation, fields: prepared.fieldOrigins))
        }
        for reference in prepared.programs { programReferences.append((id, reference)) }
    }

    /// Merges a second record of the same actor from another file.
    mutating func merge(_ actor: Actor, into position: Int, origin: ActorOrigin, fieldOrigins: FieldOrigins) {
        var merged = actors[position]
        var origin = origin
        func reconcile<T: Equatable>(_ field: ActorField, _ keyPath: WritableKeyPath<Actor, T?>, describe: (T) -> String) {
            guard let new = actor[keyPath: keyPath] else { return }
            if let old = merged[keyPath: keyPath] {
                if old != new, let here = fieldOrigins[field], let there = origin.fields[field] {
                    diagnostics.append(.error(.conflictingField(field: field.rawValue, actor: actor.id, here: describe(new), there: describe(old), thereAt: there), at: here))
                }
            } else {
                merged[keyPath: keyPath] = new
                origin.fields[field] = fieldOrigins[field]
            }
        }
        if merged.name != actor.name, let here = fieldOrigins[.name], let there = origin.fields[.name] {
            diagnostics.append(.error(.conflictingField(field: "name", actor: actor.id, here: actor.name, there: merged.name, thereAt: there), at: here))
        }
        if merged.kind != actor.kind, let here = fieldOrigins[.kind], let there = origin.fields[.kind] {
            diagnostics.append(.error(.conflictingField(field: "kind", actor: actor.id, here: actor.kind.rawValue, there: merged.kind.rawValue, thereAt: there), at: here))
        }
        reconcile(.municipality, \.municipality) { $0 }
        reconcile(.contact, \.contact) { $0 }
        reconcile(.note, \.note) { $0 }
        reconcile(.since, \.period.since) { $0.description }
        reconcile(.until, \.period.until) { $0.description }
        merged.sectors = unique(merged.sectors + actor.sectors)
        merged.topics = unique(merged.topics + actor.topics)
        merged.targetGroups = unique(merged.targetGroups + actor.targetGroups)
        merged.programs = unique(merged.programs + actor.programs)
        merged.extra += actor.extra.filter { field in !merged.extra.contains { $0.name == field.name } }
        actors[position] = merged
        origins[position] = origin
    }

    /// The extra fields of a record as the model keeps them: a text, or a list's texts.
    static func extraFields(_ drafts: [ExtraDraft]) -> [ExtraField] {
        drafts.map { draft in
            switch draft.value.value {
            case .text(let text): ExtraField(name: draft.name, value: .text(text))
            case .list(let items): ExtraField(name: draft.name, value: .list(items.map(\.value)))
            }
        }
    }
}
