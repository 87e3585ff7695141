// render-soak: renders the same landscape many times from ONE long-lived process, as the
// server does, through Graphviz's renderer (DiagramBuilder → GraphvizRenderer: one worker child
// per render, this same program started as `render-soak graphviz-worker`), and prints this
// process's memory after selected renders, to show that it stays flat.
//
//   render-soak [--renders N] [--format svg|png|pdf|dot] [--engine E] [--cluster-by C]
//               [--checkpoints 1,10,100,...] (FILE... | --generated ACTORS)
//
// Columns: the render number; resident set size (VmRSS of /proc/self/status), in MB; glibc's
// heap in use (from `malloc_info`: the bytes malloc has handed out and not got back), in MB; the
// time per render since the last checkpoint; of it, the worker's overhead (the render's wall
// time less Graphviz's layout and output as the worker timed them: child start, JSON encoding,
// transfer and decoding); the output's size. RSS alone can stay up after a
// peak because glibc keeps freed pages; in-use heap growth is the signature of a leak.
// `make render-soak` (Tests/sanitize.mk) builds this in release and runs it on
// graphs/thueringen.yaml.
import Foundation
import LandscapeCore
import LandscapeGraphviz
import LandscapeIO
import LandscapeRender
#if canImport(Glibc)
import Glibc
#endif

/// What the command line asked for.
struct SoakOptions {
    var renders = 1000
    var format = RenderFormat.svg
    var engine: LayoutEngine?
    var clusterBy: DiagramOptions.ClusterBy?
    var checkpoints: Set<Int> = [1, 10, 100, 250, 500, 750, 1000]
    var generated: Int?
    var files: [String] = []
}

/// Prints `message` to standard error and exits with status 64 (usage error).
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("render-soak: \(message)\n".utf8))
    exit(64)
}

func parseOptions() -> SoakOptions {
    var options = SoakOptions()
    var arguments = CommandLine.arguments.dropFirst()
    var checkpointsGiven = false
    func value(_ name: String) -> String {
        guard let value = arguments.popFirst() else { fail("\(name) needs a value") }
        return value
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--renders":
            guard let n = Int(value(argument)), n >= 1 else { fail("--renders needs a whole number ≥ 1") }
            options.renders = n
        case "--format":
            guard let format = RenderFormat(rawValue: value(argument)) else { fail("--format: svg, png, pdf or dot") }
            options.format = format
        case "--engine":
            let name = value(argument)
            guard let engine = LayoutEngine(rawValue: name) else { fail("--engine: unknown engine '\(name)'") }
            options.engine = engine
        case "--cluster-by":
            let name = value(argument)
            guard let cluster = DiagramOptions.ClusterBy(rawValue: name) else { fail("--cluster-by: unknown grouping '\(name)'") }
            options.clusterBy = cluster
        case "--checkpoints":
            let numbers = value(argument).split(separator: ",").compactMap { Int($0) }
            guard !numbers.isEmpty else { fail("--checkpoints needs numbers separated by commas") }
            options.checkpoints = Set(numbers)
            checkpointsGiven = true
        case "--generated":
            guard let n = Int(value(argument)), n >= 2 else { fail("--generated needs a number of actors ≥ 2") }
            options.generated = n
        case "-h", "--help":
            print("usage: render-soak [--renders N] [--format svg|png|pdf|dot] [--engine E] [--cluster-by C] [--checkpoints LIST] (FILE... | --generated ACTORS)")
            exit(0)
        default:
            if argument.hasPrefix("-") { fail("unknown option '\(argument)'") }
            options.files.append(argument)
        }
    }
    if options.files.isEmpty == (options.generated == nil) { fail("give landscape files or --generated ACTORS (one of the two)") }
    if !checkpointsGiven {
        // The standard checkpoints scaled to a shorter or longer run, always with the last render.
        options.checkpoints = options.checkpoints.filter { $0 <= options.renders }
    }
    options.checkpoints.insert(options.renders)
    return options
}

/// `count` actors in a ring with chords, in 20 municipalities (as the 2,000-actor test of
/// LandscapeGraphvizTests builds it).
func generatedLandscape(actors count: Int) -> Landscape {
    let kinds = ActorKind.allCases
    let actors = (0..<count).map {
        Actor(id: ActorID("g\($0)"), name: "Akteur \($0) der Bildungslandschaft", kind: kinds[$0 % kinds.count], municipality: "Kommune \($0 % 20)")
    }
    var ties: [Tie] = []
    for i in 0..<count {
        ties.append(Tie(from: ActorID("g\(i)"), to: ActorID("g\((i + 1) % count)"), kind: .cooperation))
        if i % 2 == 0 {
            ties.append(Tie(from: ActorID("g\(i)"), to: ActorID("g\((i * 7 + 3) % count)"), kind: TieKind.allCases[i % TieKind.allCases.count]))
        }
    }
    return Landscape(title: "Generated", language: .de, actors: actors, ties: ties.filter { $0.from != $0.to })
}

/// The resident set size in bytes, from `VmRSS:` in /proc/self/status (0 where there is none).
func residentBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return kilobytes * 1024
    }
    return 0
}

/// Bytes glibc's malloc has handed out and not got back, from `malloc_info` (the heap's size
/// less its free chunks, plus chunks mmapped of their own; what `mallinfo2().uordblks +
/// hblkhd` would say, which Swift's Glibc module does not import). 0 off glibc.
func heapInUse() -> Int {
    typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
    guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_info") else { return 0 }
    let mallocInfo = unsafeBitCast(symbol, to: MallocInfo.self)
    var buffer: UnsafeMutablePointer<CChar>?
    var size = 0
    guard let stream = open_memstream(&buffer, &size) else { return 0 }
    _ = mallocInfo(0, stream)
    fclose(stream)
    guard let buffer else { return 0 }
    defer { free(buffer) }
    // The totals over all arenas follow the last </heap>.
    let xml = String(cString: buffer)
    let totals = xml.components(separatedBy: "</heap>").last ?? ""
    func value(_ tag: String, _ type: String) -> Int {
        guard let start = totals.range(of: "<\(tag) type=\"\(type)\"") else { return 0 }
        let rest = totals[start.upperBound...]
        guard let sizeStart = rest.range(of: "size=\"") else { return 0 }
        return Int(rest[sizeStart.upperBound...].prefix { $0.isNumber }) ?? 0
    }
    return value("system", "current") - value("total", "fast") - value("total", "rest") + value("total", "mmap")
}

/// Writes `line` to standard output at once (unbuffered), so a long run shows its progress.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func megabytes(_ bytes: Int) -> String {
    String(format: "%8.1f", Double(bytes) / 1_048_576)
}

// The worker's side: a child started by the renderer below draws one diagram and exits.
if CommandLine.arguments.dropFirst().first == GraphvizWorker.command {
    exit(GraphvizWorker.serve())
}

let options = parseOptions()
let landscape: Landscape
let source: String
if let count = options.generated {
    landscape = generatedLandscape(actors: count)
    source = "generated, \(count) actors"
} else {
    let result = LandscapeLoader().load(options.files)
    if result.hasErrors {
        for diagnostic in result.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
        exit(1)
    }
    landscape = result.landscape
    source = options.files.joined(separator: " ")
}

let diagram: Diagram
do {
    diagram = try DiagramBuilder().build(landscape, options: DiagramOptions(engine: options.engine, clusterBy: options.clusterBy))
} catch {
    fail("cannot build the diagram: \(error)")
}

let renderer = GraphvizRenderer(worker: Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
emit("render-soak: \(source): \(diagram.nodes.count) nodes, \(diagram.edges.count) edges, \(diagram.clusters.count) clusters, engine \(diagram.engine.rawValue), \(options.format.rawValue), \(options.renders) renders from one process, each in a worker")
emit("  start: RSS \(megabytes(residentBytes())) MB, heap in use \(megabytes(heapInUse())) MB")
emit("  render   RSS (MB)  heap (MB)  ms/render  worker ms  output bytes")

let clock = ContinuousClock()
var since = clock.now
var rendersSince = 0
// The share of each render spent outside Graphviz's layout and output: starting the worker,
// encoding, passing and decoding the request and the reply.
var workerSeconds = 0.0
var firstOutput = Data()
var outputsDiffer = 0
for render in 1...options.renders {
    let rendering: Rendering
    let renderStart = clock.now
    do {
        rendering = try renderer.render(diagram, as: options.format)
    } catch {
        fail("render \(render) failed: \(error)")
    }
    let (renderWhole, renderFraction) = (clock.now - renderStart).components
    workerSeconds += Double(renderWhole) + Double(renderFraction) / 1e18 - rendering.timing.total
    if render == 1 { firstOutput = rendering.data } else if rendering.data != firstOutput { outputsDiffer += 1 }
    rendersSince += 1
    if options.checkpoints.contains(render) {
        let (whole, fraction) = (clock.now - since).components
        let milliseconds = (Double(whole) + Double(fraction) / 1e18) * 1000 / Double(rendersSince)
        let number = String(repeating: " ", count: max(0, 6 - String(render).count)) + String(render)
        let worker = workerSeconds * 1000 / Double(rendersSince)
        emit("  \(number)  \(megabytes(residentBytes()))   \(megabytes(heapInUse()))  \(String(format: "%9.1f", milliseconds))  \(String(format: "%9.1f", worker))  \(rendering.data.count)")
        since = clock.now
        rendersSince = 0
        workerSeconds = 0
    }
}
emit("  outputs that differ from the first: \(outputsDiffer) of \(options.renders - 1)")

/// Milliseconds `body` takes, the fastest of three runs.
func fastest(_ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = clock.now
        try body()
        let (whole, fraction) = (clock.now - start).components
        best = min(best, (Double(whole) + Double(fraction) / 1e18) * 1000)
    }
    return best
}

// Where the worker's overhead goes: the JSON of the request and of the reply, each way.
do {
    let request = WorkerRequest(diagram: diagram, format: options.format)
    let reply = WorkerReply.success(try renderer.render(diagram, as: options.format))
    let requestData = try JSONEncoder().encode(request), replyData = try JSONEncoder().encode(reply)
    let encodeRequest = try fastest { _ = try JSONEncoder().encode(request) }
    let decodeRequest = try fastest { _ = try JSONDecoder().decode(WorkerRequest.self, from: requestData) }
    let encodeReply = try fastest { _ = try JSONEncoder().encode(reply) }
    let decodeReply = try fastest { _ = try JSONDecoder().decode(WorkerReply.self, from: replyData) }
    emit("  request: \(requestData.count) bytes, encode \(String(format: "%.1f", encodeRequest)) ms, decode \(String(format: "%.1f", decodeRequest)) ms")
    emit("  reply:   \(replyData.count) bytes, encode \(String(format: "%.1f", encodeReply)) ms, decode \(String(format: "%.1f", decodeReply)) ms")
} catch {
    fail("cannot time the transfer: \(error)")
}
