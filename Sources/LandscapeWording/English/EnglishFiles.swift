import LandscapeCore

/// The words around output files in English.
struct EnglishFiles: FileWording {
    func outputIsFolder(output: String, example: String) -> String {
        "'-o \(output)' is a folder; give a file name such as '\(output)/\(example)'."
    }

    func outputOverwritesInput(output: String, input: String) -> String {
        "'-o \(output)' would overwrite the input '\(input)'; choose another output."
    }

    func cannotWrite(path: String, reason: String) -> String {
        "\(path): error: cannot write the file (an existing one is left as it was): \(reason)"
    }
}
