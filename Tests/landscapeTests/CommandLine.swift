import Foundation

/// Runs the built `landscape` binary as a user would and captures what it prints.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Whether the run was stopped for taking longer than its time-out.
    var timedOut = false
}

enum CLI {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `landscape` binary beside the test bundle (SwiftPM builds it for this test target).
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("landscape")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return repository.appendingPathComponent(".build/debug/landscape")
    }()

    /// Runs `landscape ARGS` in the repository folder, so paths read as in the README.
    static func run(_ arguments: String...) throws -> Run {
        try run(arguments)
    }

    /// Runs `landscape ARGS`; with a time-out, a run that takes longer is stopped (SIGTERM) and
    /// marked `timedOut`: a guard against hangs, not a measure of speed. `environment` is added
    /// to the test's own; `input` is standard input (a pipe, no terminal), else the test's own.
    static func run(_ arguments: [String], timeout: TimeInterval? = nil, environment: [String: String] = [:], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let timedOut = Locked(false)
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning {
                    timedOut.value = true
                    process.terminate()
                }
            }
        }
        let (outData, errData) = drain(out, err)
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self),
                   timedOut: timedOut.value)
    }
}

/// A value set on one thread (a timer, a pipe reader) and read on another.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

extension CLI {
    /// Everything written to two pipes, read at the same time (a child that fills one pipe while
    /// the other is being read would otherwise wait forever), retrying reads that a signal
    /// interrupts (Foundation's `readDataToEndOfFile` traps on EINTR).
    static func drain(_ first: Pipe, _ second: Pipe) -> (Data, Data) {
        let secondData = Locked(Data())
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { secondData.value = readAll(second.fileHandleForReading.fileDescriptor) }
        let firstData = readAll(first.fileHandleForReading.fileDescriptor)
        group.wait()
        return (firstData, secondData.value)
    }

    static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }
}
