import LandscapeCore

/// The words of the shape of YAML and JSON files and of JSON's syntax.
extension DiagnosticsMessages {
    func message(for problem: ReadingProblem.Structure) -> String {
        switch problem {
        case .yamlSyntax(let detail): reading.structureYamlSyntax(detail: detail)
        case .yamlSyntaxInContext(let detail, let context, let line, let column):
            reading.structureYamlSyntaxInContext(detail: detail, context: context, line: String(line), column: String(column))
        case .yamlTooDeep(let limit): reading.structureYamlTooDeep(grouped: grouped(limit))
        case .secondDocument: reading.structureSecondDocument
        case .duplicateKeys(let keys, let firstLine):
            firstLine.map { reading.structureDuplicateKeysFirstAt(keys: quotedList(keys), line: String($0)) }
                ?? reading.structureDuplicateKeys(keys: quotedList(keys))
        case .yamlUnreadable(let detail): reading.structureYamlUnreadable(detail: detail)
        case .yamlUnparsable(let detail): reading.structureYamlUnparsable(detail: detail)
        case .refusedKey(let key): reading.structureRefusedKey(key: refused(key))
        case .noDocument: reading.structureNoDocument
        case .wrongTop(.yaml, let found): reading.structureWrongTopYaml(found: self.found(found))
        case .wrongTop(.json, let found): reading.structureWrongTopJson(found: self.found(found))
        case .keyNotText: reading.structureKeyNotText
        case .unknownKey(let key, let place, let suggestion, let known): unknown(unknownKey(q(key), in: place), suggestion, known: known)
        case .noActorsList: reading.structureNoActorsList
        case .notAList(let field, .yaml, let found): reading.structureNotAListYaml(field: q(field), found: self.found(found))
        case .notAList(let field, .json, let found): reading.structureNotAListJson(field: q(field), found: self.found(found))
        case .recordNotMapping(let record, let notation, let found): recordNotMapping(record, notation, found: self.found(found))
        case .notTextOrList(let field, let found): reading.structureNotTextOrList(field: q(field), found: self.found(found))
        case .notText(let field, let found): reading.structureNotText(field: q(field), found: self.found(found))
        case .notTextList(let field, let found): reading.structureNotTextList(field: q(field), found: self.found(found))
        case .itemNotText(let field, let found): reading.structureItemNotText(field: q(field), found: self.found(found))
        case .duplicateMember(let key, let firstLine):
            firstLine.map { reading.structureDuplicateMemberFirstAt(key: q(key), line: String($0)) } ?? reading.structureDuplicateMember(key: q(key))
        case .jsonSyntax(let syntax): reading.structureJsonSyntax(problem: message(for: syntax))
        }
    }

    private func refused(_ key: ReadingProblem.Structure.RefusedKey) -> String {
        switch key {
        case .collection: reading.structureRefusedKeyKindCollection
        case .alias(let alias): reading.structureRefusedKeyKindAlias(alias: alias)
        case .explicit: reading.structureRefusedKeyKindExplicit
        }
    }

    private func unknownKey(_ key: String, in place: ReadingProblem.Structure.KeyPlace) -> String {
        switch place {
        case .topLevel: reading.structureUnknownKeyTopLevel(key: key)
        case .record(.actor): reading.structureUnknownKeyActor(key: key)
        case .record(.tie): reading.structureUnknownKeyTie(key: key)
        }
    }

    private func recordNotMapping(_ record: ValidationProblem.RecordKind, _ notation: ReadingProblem.Notation, found: String) -> String {
        switch (notation, record) {
        case (.yaml, .actor): reading.structureRecordNotMappingYamlActor(found: found)
        case (.yaml, .tie): reading.structureRecordNotMappingYamlTie(found: found)
        case (.json, .actor): reading.structureRecordNotMappingJsonActor(found: found)
        case (.json, .tie): reading.structureRecordNotMappingJsonTie(found: found)
        }
    }

    /// What was found instead: "the text 'x'", "a list".
    func found(_ kind: ReadingProblem.NodeKind) -> String {
        switch kind {
        case .text(let text): reading.foundText(text: q(text))
        case .number(let text): reading.foundNumber(number: text)
        case .boolean(let flag): flag ? reading.foundTrue : reading.foundFalse
        case .null: reading.foundNull
        case .list: reading.foundList
        case .mapping: reading.foundMapping
        case .object: reading.foundObject
        case .alias: reading.foundAlias
        }
    }

    func message(for syntax: ReadingProblem.Structure.JSONSyntax) -> String {
        switch syntax {
        case .textAfterValue: reading.jsonTextAfterValue
        case .endsBeforeValue: reading.jsonEndsBeforeValue
        case .singleQuotedText: reading.jsonSingleQuotedText
        case .comment: reading.jsonComment
        case .valueExpected(let before): reading.jsonValueExpected(character: String(before))
        case .unexpectedCharacter(let character): reading.jsonUnexpectedCharacter(character: String(character))
        case .unexpectedWord: reading.jsonUnexpectedWord
        case .tooDeep(let limit): reading.jsonTooDeep(number: number(limit))
        case .trailingComma(let before): reading.jsonTrailingComma(character: String(before))
        case .singleQuotedKey: reading.jsonSingleQuotedKey
        case .endsBeforeKey: reading.jsonEndsBeforeKey
        case .keyExpected: reading.jsonKeyExpected
        case .colonExpected(let key): reading.jsonColonExpected(key: key)
        case .endsInObject: reading.jsonEndsInObject
        case .objectSeparatorExpected: reading.jsonObjectSeparatorExpected
        case .endsInList: reading.jsonEndsInList
        case .listSeparatorExpected: reading.jsonListSeparatorExpected
        case .unclosedText: reading.jsonUnclosedText
        case .unclosedTextAtLineEnd: reading.jsonUnclosedTextAtLineEnd
        case .unescapedControlCharacter: reading.jsonUnescapedControlCharacter
        case .halfSurrogate: reading.jsonHalfSurrogate
        case .noSuchCharacter: reading.jsonNoSuchCharacter
        case .invalidEscape(let character): reading.jsonInvalidEscape(character: String(character))
        case .hexDigitsExpected: reading.jsonHexDigitsExpected
        case .leadingZero: reading.jsonLeadingZero
        case .digitAfterMinus: reading.jsonDigitAfterMinus
        case .digitAfterPoint: reading.jsonDigitAfterPoint
        case .digitInExponent: reading.jsonDigitInExponent
        }
    }
}
