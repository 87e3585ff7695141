#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file's contents read with one `read` into their final storage: no `Data` in
/// between (reading `Data` and copying it into an array was 47 instead of 18 ms for the 26 MB
/// ties.csv of the 200,000-actor benchmark landscape).
///
/// Anything unusual — the file cannot be opened, is no regular file, or changes size while it is
/// read — gives `nil`, and the caller reads it through Foundation, which words the reason.
enum FileContents {
    case asciiText(String)
    case bytes([UInt8])

    /// Reads `path`; with `asciiText`, contents that are all ASCII without NUL come back as the
    /// text itself (read into the string's storage), others as bytes.
    static func read(_ path: String, asciiText: Bool) -> FileContents? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size >= 0 else { return nil }
        let size = Int(status.st_size)
        guard asciiText, size > 0 else {
            var complete = false
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                complete = readAll(descriptor, into: buffer)
                count = complete ? size : 0
            }
            return complete ? .bytes(bytes) : nil
        }
        var outcome: FileContents?
        let text = String(unsafeUninitializedCapacity: size) { buffer in
            guard readAll(descriptor, into: buffer) else { return 0 }
            if isASCIIWithoutNUL(UnsafeBufferPointer(buffer)) { return size }
            outcome = .bytes(Array(buffer))
            return 0
        }
        return outcome ?? (text.utf8.count == size ? .asciiText(text) : nil)
    }

    /// Fills `buffer` from the descriptor and checks that the file ends there.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var done = 0
        while done < buffer.count {
            guard let base = buffer.baseAddress else { return false }
            let got = systemRead(descriptor, base + done, buffer.count - done)
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return false }
            done += got
        }
        var more: UInt8 = 0
        while true {
            let got = systemRead(descriptor, &more, 1)
            if got < 0, errno == EINTR { continue }
            return got == 0
        }
    }

    /// Whether every byte is below 0x80 and none is 0, looked at in 64 KB blocks in a loop the
    /// compiler turns into vector instructions.
    static func isASCIIWithoutNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in stride(from: 0, to: bytes.count, by: 1 << 16) {
            var high: UInt8 = 0
            var zero: UInt8 = 0
            for byte in UnsafeBufferPointer(rebasing: bytes[start ..< min(bytes.count, start + 1 << 16)]) {
                high |= byte
                zero |= byte == 0 ? 1 : 0
            }
            if high >= 0x80 || zero != 0 { return false }
        }
        return true
    }
}

/// `read(2)`, named apart from `FileContents.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
