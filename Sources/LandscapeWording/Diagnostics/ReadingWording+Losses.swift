import LandscapeCore

/// The words of what a written format cannot carry.
extension DiagnosticsMessages {
    /// A loss as a message: "GEXF cannot carry the landscape's date (as_of); it is left out".
    public func message(for loss: FormatLoss) -> String {
        switch loss {
        case .metadata(let items, let format):
            reading.lossMetadata(count: items.count, format: name(format), items: metadata(items))
        case .tieIDs(let count, let format): reading.lossTieIds(count: count, format: name(format), number: number(count))
        case .extraListsAsText(let count, let example, let format):
            reading.lossExtraLists(count: count, format: name(format), example: q(example), number: number(count))
        case .extraFields(let count, let example, let format):
            reading.lossExtraFields(count: count, format: name(format), example: q(example), number: number(count))
        case .listSeparators(let count, let example, let owner, let format):
            reading.lossListSeparators(count: count, inFormat: inFormat(format), example: q(example), owner: self.owner(owner), number: number(count))
        case .controlCharacters(let count, let example, let format):
            reading.lossControlCharacters(count: count, format: name(format), example: q(example), number: number(count))
        case .nulCharacters(let count, let format): reading.lossNulCharacters(count: count, format: name(format), number: number(count))
        case .textTooLong(let count, let example, let limit, let format):
            reading.lossTextTooLong(count: count, limit: grouped(limit), inFormat: inFormat(format), example: example, number: number(count))
        case .tooManyRows(.actor, let count, let limit, let format):
            reading.lossTooManyRowsActors(limit: grouped(limit), inFormat: inFormat(format), total: grouped(count))
        case .tooManyRows(.tie, let count, let limit, let format):
            reading.lossTooManyRowsTies(limit: grouped(limit), inFormat: inFormat(format), total: grouped(count))
        case .ambiguousReference(let id, let format): reading.lossAmbiguousReference(id: q(id.rawValue), format: name(format))
        }
    }

    /// The landscape's fields as a list: "title, language (de) and needs".
    private func metadata(_ items: [FormatLoss.Metadata]) -> String {
        let names = items.map { item in
            switch item {
            case .title: reading.lossMetadataItemTitle
            case .language(let language): reading.lossMetadataItemLanguage(language: language.rawValue)
            case .date: reading.lossMetadataItemDate
            case .needs: reading.lossMetadataItemNeeds
            }
        }
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return catalog.general.listLast(names: names.dropLast().joined(separator: catalog.general.listSeparator), last: last)
    }

    private func owner(_ owner: FormatLoss.ListOwner) -> String {
        switch owner {
        case .actor(let id): reading.lossOwnerActor(id: q(id.rawValue))
        case .needs: reading.lossOwnerNeeds
        }
    }

    private func name(_ format: FormatLoss.Format) -> String {
        switch format {
        case .yaml: reading.formatYaml
        case .json: reading.formatJson
        case .graphml: reading.formatGraphml
        case .gexf: reading.formatGexf
        case .excel: reading.formatExcel
        case .csvPair: reading.formatCsvPair
        case .dot: reading.formatDot
        }
    }

    private func inFormat(_ format: FormatLoss.Format) -> String {
        switch format {
        case .yaml: reading.inFormatYaml
        case .json: reading.inFormatJson
        case .graphml: reading.inFormatGraphml
        case .gexf: reading.inFormatGexf
        case .excel: reading.inFormatExcel
        case .csvPair: reading.inFormatCsvPair
        case .dot: reading.inFormatDot
        }
    }
}
