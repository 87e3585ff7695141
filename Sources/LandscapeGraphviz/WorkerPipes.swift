import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes to and from a worker process through pipes (no temporary files: a render needs no
/// disk space, and a full disk cannot fail it), with POSIX reads and writes that retry when a
/// signal interrupts them (Foundation's `readDataToEndOfFile` traps on EINTR).
enum WorkerPipes {
    /// Writes all of `data` to `handle` and closes it; `false` when the reader went away first
    /// (a worker that died, or a program that does not read its input).
    ///
    /// SIGPIPE is blocked on this thread meanwhile, so that a reader that went away makes
    /// `write` fail with EPIPE instead of killing this process; a SIGPIPE raised here is taken
    /// off the thread before the mask is restored. No process-wide signal setting changes.
    static func send(_ data: Data, to handle: FileHandle) -> Bool {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&pending, SIGPIPE) == 1 && sigismember(&previous, SIGPIPE) == 0 {
                var taken: Int32 = 0
                sigwait(&pipeSignal, &taken)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        defer { try? handle.close() }
        let descriptor = handle.fileDescriptor
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Everything `handle` yields up to its end.
    static func receive(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let descriptor = handle.fileDescriptor
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }
}

/// A value written on one thread (a pipe reader) and read on another once it is done.
final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()

    var data: Data {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
