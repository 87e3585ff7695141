import LandscapeCore

/// The words around output files, shared by every command that writes one (`render`,
/// `report`, `convert`): the refusals of the one output-path rule and a failed write. One
/// implementation per language (English/EnglishFiles.swift, German/GermanFiles.swift).
public protocol FileWording: Sendable {
    /// "'-o out' is a folder; give a file name such as 'out/diagram.svg'."
    func outputIsFolder(output: String, example: String) -> String
    /// "'-o graphs/weimar.yaml' would overwrite the input 'graphs/weimar.yaml'; choose another output."
    func outputOverwritesInput(output: String, input: String) -> String
    /// "out/a.svg: error: cannot write the file (an existing one is left as it was): Permission denied".
    func cannotWrite(path: String, reason: String) -> String
}

extension Language {
    /// The words around output files in this language.
    public var fileWording: any FileWording {
        switch self {
        case .en: EnglishFiles()
        case .de: GermanFiles()
        }
    }
}
