import LandscapeCore
import LandscapeIO
import LandscapeWording

extension TextTable {
    /// The table as the terminal shows it in `language`: aligned as `aligned()` does, its
    /// decimals with the language's decimal separator (0,5554 in German), as every number in
    /// the sentences around it; CSV and workbooks keep their own number styles.
    public func aligned(in language: Language) -> String {
        let separator = language.numberStyle.decimalSeparator
        guard separator != "." else { return aligned() }
        var shown = self
        shown.cells = cells.map { row in
            row.map { cell in
                guard case .decimal = cell else { return cell }
                return .text(String(cell.shown.map { $0 == "." ? separator : $0 }))
            }
        }
        return shown.aligned()
    }
}
