extension DiagnosticsMessages {
    /// A text from the input (or a form's label) quoted as the diagnostics quote it: »Seit« in
    /// German, 'Since' in English; for a sentence of another catalog that reads as one of check's.
    public func quoted(_ text: String) -> String { q(text) }
}
