import LandscapeCore

/// The words of what the readers find, from the catalog `reading` (Catalogs/LANGUAGE/reading.yaml)
/// of the diagnostics' language: which message words which fact is decided here once, for every
/// language; texts from the file are quoted and numbers written as the diagnostics do.
extension DiagnosticsMessages {
    /// A reading problem as a message: "unknown column 'Nmae' is ignored".
    public func message(for problem: ReadingProblem) -> String {
        switch problem {
        case .file(let problem): message(for: problem)
        case .encoding(let problem): message(for: problem)
        case .xml(let problem): message(for: problem)
        case .structure(let problem): message(for: problem)
        case .workbook(let problem): message(for: problem)
        case .landscapeSheet(let problem): message(for: problem)
        case .table(let problem): message(for: problem)
        case .dot(let problem): message(for: problem)
        }
    }

    var reading: ReadingMessages { catalog.reading }

    /// A number with the language's digit grouping in every language (1,048,576 / 1.048.576),
    /// for the limits the messages have always grouped.
    func grouped(_ value: Int) -> String { catalog.numbers.integer(value) }

    /// Texts from the file, each quoted, comma-separated.
    func quotedList(_ items: [String]) -> String { list(items.map(q)) }

    /// An unknown name with the closest known one, or with the names there are.
    func unknown(_ unknown: String, _ suggestion: String?, known: [String]) -> String {
        self.unknown(unknown, suggestion) { reading.known(unknown: $0, names: known.joined(separator: ", ")) }
    }

    func message(for problem: ReadingProblem.File) -> String {
        switch problem {
        case .missing: reading.fileMissing
        case .folder: reading.fileFolder
        case .permissionDenied: reading.filePermissionDenied
        case .unreadable(let detail): detail.map { reading.fileUnreadableBecause(detail: $0) } ?? reading.fileUnreadable
        case .empty: reading.fileEmpty
        case .unknownFormat(let found, let known):
            found.map { reading.fileUnknownExtension(extension: q("." + $0), extensions: known.joined(separator: ", ")) }
                ?? reading.fileUnknownFormat(extensions: known.joined(separator: ", "))
        case .tooLarge(let size, let limit): reading.fileTooLarge(size: self.size(size), limit: self.size(limit))
        case .noActors: reading.fileNoActors
        }
    }

    /// A size for people, in powers of 1024: "812 bytes", "14 KB", "3.5 MB", "1.2 GB" (one
    /// decimal below 100 when the value is not whole).
    func size(_ bytes: Int) -> String {
        let units: [(Int, (String) -> String)] = [(30, reading.sizeGigabytes), (20, reading.sizeMegabytes), (10, reading.sizeKilobytes)]
        for (shift, unit) in units where bytes >= 1 << shift {
            let value = Double(bytes) / Double(1 << shift)
            return unit(value >= 100 || value == value.rounded() ? number(Int(value.rounded())) : catalog.numbers.decimal(value, digits: 1))
        }
        return reading.sizeBytes(count: bytes, number: number(bytes))
    }

    func message(for problem: ReadingProblem.Encoding) -> String {
        switch problem {
        case .invalidUTF16: reading.encodingInvalidUtf16
        case .nulBytes(.text): reading.encodingNulBytesText
        case .nulBytes(.xml): reading.encodingNulBytesXml
        case .nulBytes(.dot): reading.encodingNulBytesDot
        case .damagedUTF8(let byte, let line, let column): reading.encodingDamagedUtf8(byte: hex(byte), position: position(line, column))
        case .undefinedInWindows1252(let byte, let line, let column):
            reading.encodingUndefinedInWindows1252(byte: hex(byte), position: position(line, column))
        case .neitherUTF8NorWindows1252: reading.encodingNeitherUtf8NorWindows1252
        case .readAsWindows1252: reading.encodingReadAsWindows1252
        case .notUTF8(let undeclared): undeclared ? reading.encodingNotUtf8Undeclared : reading.encodingNotUtf8
        case .unsupported(let name): reading.encodingUnsupported(name: q(name))
        }
    }

    private func hex(_ byte: UInt8) -> String { String(byte, radix: 16, uppercase: true) }

    private func position(_ line: Int, _ column: Int) -> String {
        reading.position(line: String(line), column: String(column))
    }

    func message(for problem: ReadingProblem.XML) -> String {
        switch problem {
        case .entityDeclaration: reading.xmlEntityDeclaration
        case .syntax(let syntax): reading.xmlSyntax(problem: message(for: syntax))
        case .noElement: reading.xmlNoElement
        case .tooDeep(let limit): reading.xmlTooDeep(number: number(limit))
        case .wrongRoot(let found, let expected): reading.xmlWrongRoot(expected: expected, found: found)
        case .missingAttribute(let attribute, let element): reading.xmlMissingAttribute(element: element, attribute: q(attribute))
        case .noGraph(.graphml): reading.xmlNoGraphGraphml
        case .noGraph(.gexf): reading.xmlNoGraphGexf
        case .undeclaredKey(let id): reading.xmlUndeclaredKey(id: id)
        case .undeclaredAttribute(let id): reading.xmlUndeclaredAttribute(id: id)
        case .graphMLIgnored(.graphsAfterFirst): reading.xmlGraphmlIgnoredGraphsAfterFirst
        case .graphMLIgnored(.hyperedges): reading.xmlGraphmlIgnoredHyperedges
        case .graphMLIgnored(.nestedGraphs): reading.xmlGraphmlIgnoredNestedGraphs
        case .graphMLIgnored(.ports): reading.xmlGraphmlIgnoredPorts
        case .gexfHierarchyIgnored: reading.xmlGexfHierarchyIgnored
        case .unknownAttribute(let name, let owner, let suggestion, let known):
            unknown(unknownAttribute(q(name), owner: owner), suggestion, known: known)
        }
    }

    private func unknownAttribute(_ name: String, owner: ReadingProblem.XML.Owner) -> String {
        switch owner {
        case .graph: reading.xmlUnknownAttributeGraph(name: name)
        case .node: reading.xmlUnknownAttributeNode(name: name)
        case .edge: reading.xmlUnknownAttributeEdge(name: name)
        }
    }

    func message(for syntax: ReadingProblem.XML.Syntax) -> String {
        switch syntax {
        case .noDocument: reading.xmlSyntaxProblemNoDocument
        case .endsEarly: reading.xmlSyntaxProblemEndsEarly
        case .forbiddenCharacter: reading.xmlSyntaxProblemForbiddenCharacter
        case .bareAmpersand: reading.xmlSyntaxProblemBareAmpersand
        case .undeclaredEntity: reading.xmlSyntaxProblemUndeclaredEntity
        case .unquotedAttribute: reading.xmlSyntaxProblemUnquotedAttribute
        case .malformedAttribute: reading.xmlSyntaxProblemMalformedAttribute
        case .unclosedTag: reading.xmlSyntaxProblemUnclosedTag
        case .nameExpected: reading.xmlSyntaxProblemNameExpected
        case .mismatchedEndTag: reading.xmlSyntaxProblemMismatchedEndTag
        case .unclosedElement: reading.xmlSyntaxProblemUnclosedElement
        case .entityLoop: reading.xmlSyntaxProblemEntityLoop
        case .repeatedAttribute: reading.xmlSyntaxProblemRepeatedAttribute
        case .other(let code): reading.xmlSyntaxProblemOther(code: String(code))
        }
    }
}
