import LandscapeCore

/// The words of workbooks, the landscape sheet, the tables of the CSV pair and DOT files.
extension DiagnosticsMessages {
    func message(for problem: ReadingProblem.Workbook) -> String {
        switch problem {
        case .noActorsSheet(let sheets): reading.workbookNoActorsSheet(sheets: sheets.isEmpty ? reading.workbookNoSheets : quotedList(sheets))
        case .noTiesSheet: reading.workbookNoTiesSheet
        case .oldExcel: reading.workbookOldExcel
        case .notZip: reading.workbookNotZip
        case .partTooLarge(let part, let limit): reading.workbookPartTooLarge(part: q(part), number: number(limit))
        case .brokenPart(let part, let damage): reading.workbookBrokenPart(part: q(part), reason: self.damage(damage))
        case .missingPart(let part): reading.workbookMissingPart(part: q(part))
        case .cellError(let value): reading.workbookCellError(value: value)
        case .rowOutOfRange(let row, let last): reading.workbookRowOutOfRange(row: row, grouped: grouped(last))
        }
    }

    private func damage(_ damage: ReadingProblem.Workbook.Damage) -> String {
        switch damage {
        case .detail(let detail): detail
        case .noLocalHeader: reading.workbookDamageNoLocalHeader
        case .truncated: reading.workbookDamageTruncated
        case .compressedDataEnds: reading.workbookDamageCompressedDataEnds
        case .checksum: reading.workbookDamageChecksum
        }
    }

    func message(for problem: ReadingProblem.LandscapeSheet) -> String {
        switch problem {
        case .noColumns(let headers):
            reading.landscapeSheetNoColumns(found: headers.isEmpty ? "" : reading.landscapeSheetHeadersFound(headers: headers.joined(separator: ", ")))
        case .unknownField(let name, let suggestion, let known): unknown(reading.landscapeSheetUnknownField(name: q(name)), suggestion, known: known)
        case .fieldWithoutValue(let name): reading.landscapeSheetFieldWithoutValue(name: q(name))
        case .valueWithoutField(let value): reading.landscapeSheetValueWithoutField(value: q(value))
        case .repeatedField(let name, let firstLine): reading.landscapeSheetRepeatedField(name: q(name), line: String(firstLine))
        case .cellsIgnored(let cells): reading.landscapeSheetCellsIgnored(count: cells.count, cells: quotedList(cells))
        }
    }

    func message(for problem: ReadingProblem.Table) -> String {
        switch problem {
        case .noActorsFile: reading.tableNoActorsFile
        case .noTiesFile: reading.tableNoTiesFile
        case .unclosedQuote: reading.tableUnclosedQuote
        case .unreadable(let detail): reading.tableUnreadable(detail: detail)
        case .missingColumn(let name, let headers, let delimiter?):
            reading.tableMissingColumnCsv(name: q(name), headers: headers.joined(separator: String(delimiter)))
        case .missingColumn(let name, let headers, nil): reading.tableMissingColumnWorkbook(name: q(name), headers: headers.joined(separator: ", "))
        case .unknownColumn(let column): reading.tableUnknownColumn(column: q(column))
        case .repeatedColumn(let column, let field): reading.tableRepeatedColumn(column: q(column), field: q(field))
        case .mixedDelimiters(let line, let header): reading.tableMixedDelimiters(line: delimiter(line), header: delimiter(header))
        case .extraCells(let cells): reading.tableExtraCells(count: cells.count, cells: quotedList(cells))
        case .listInOneCell(let item, let field): listInOneCell(item, field: field)
        }
    }

    /// A delimiter as people call it: the character, or "tab".
    private func delimiter(_ delimiter: Character) -> String {
        delimiter == "\t" ? reading.tableDelimiterTab : String(delimiter)
    }

    private func listInOneCell(_ item: String, field: ActorField) -> String {
        switch field {
        case .sectors: reading.tableListInOneCellSectors(item: item)
        case .targetGroups: reading.tableListInOneCellTargetGroups(item: item)
        case .programs: reading.tableListInOneCellPrograms(item: item)
        default: reading.tableListInOneCellTopics(item: item)
        }
    }

    func message(for problem: ReadingProblem.DOT) -> String {
        switch problem {
        case .syntax(let detail): reading.dotSyntax(detail: detail)
        case .noGraph: reading.dotNoGraph
        case .graphvizWarning(let detail): reading.dotGraphvizWarning(detail: detail)
        case .tooDeep(let limit): reading.dotTooDeep(number: number(limit))
        case .severalGraphs(let count): reading.dotSeveralGraphs(number: number(count))
        case .tooManyAttributes(let attributes, let objects): reading.dotTooManyAttributes(attributes: number(attributes), objects: number(objects))
        case .tooManyEdges(let edges, let moreThan, let characters):
            reading.dotTooManyEdges(edges: moreThan ? reading.dotMoreThan(number: number(edges)) : number(edges), characters: number(characters))
        }
    }
}
