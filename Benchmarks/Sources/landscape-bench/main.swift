// landscape-bench: times each stage of the analysis on CSV landscapes (median of several runs).
//
//   landscape-bench [--runs N] [--workers W] [--ops LIST] [--json FILE] FOLDER...
//
// Operations (default: all that fit the graph's size, see `defaultOperations`):
//   load        read and validate the CSV pair (LandscapeLoader)
//   snapshot    the undirected Network of the landscape
//   betweenness closeness harmonic   each alone (PathMeasures)
//   paths       betweenness + closeness + harmonic in one pass
//   degree eigenvector pagerank structural clustering core   the other per-actor measures
//   central     `Centrality.compute` with every measure but brokerage (as `central --format json`)
//   louvain     one Louvain run (seed 1), modularity reported;  louvain10: best of ten (as `communities`)
//   gaps suggest   GapFinder and Suggester
//   approx      sampled betweenness, epsilon 0.01 (--epsilon E), delta 0.1 (value: number of samples)
//   diff        `landscape diff` of the landscape and a copy with 1 % of its ties moved to another
//               actor (value: ties ended + begun); above LandscapeDiff.largeAbove actors the movers
//               come from degree, PageRank and estimated betweenness, and the line says so
//
// Each operation is timed `runs` times; the median wall and CPU seconds are printed as a table
// and, with --json, written as JSON (read by peers.py). Peak RSS of the process is reported too
// (run `--ops load` alone to get the load's own peak: then nothing else is loaded first).
// Rendering is not timed here (it needs Graphviz, which this target does not link):
// Benchmarks/render_vs_binary.py times `landscape render` beside the layout engine's binary.
import Foundation
import LandscapeCore
import LandscapeIO

struct Options {
    var runs = 3
    var workers: Int?
    var operations: [String]?
    var json: String?
    /// ε of `approx` (δ is 0.1); peers.py gives NetworKit's KADABRA the same.
    var epsilon = 0.01
    var folders: [String] = []
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    func value(_ name: String) -> String {
        guard let value = arguments.popFirst() else {
            FileHandle.standardError.write("landscape-bench: \(name) needs a value\n".data(using: .utf8)!)
            exit(64)
        }
        return value
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--runs": options.runs = max(1, Int(value(argument)) ?? 3)
        case "--workers": options.workers = Int(value(argument))
        case "--ops": options.operations = value(argument).split(separator: ",").map(String.init)
        case "--json": options.json = value(argument)
        case "--epsilon": options.epsilon = Double(value(argument)) ?? 0.01
        case "-h", "--help":
            print("usage: landscape-bench [--runs N] [--workers W] [--ops LIST] [--json FILE] FOLDER...")
            exit(0)
        default: options.folders.append(argument)
        }
    }
    if options.folders.isEmpty {
        FileHandle.standardError.write("usage: landscape-bench [--runs N] [--workers W] [--ops LIST] [--json FILE] FOLDER...\n".data(using: .utf8)!)
        exit(64)
    }
    return options
}

func seconds(_ clock: clockid_t) -> Double {
    var t = timespec()
    clock_gettime(clock, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

struct Timing {
    var operation: String
    var wall: Double
    var cpu: Double
    var runs: Int
    var value: Double?
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Times loading `folder` `runs` times. Each landscape is released after its clock stops: the
/// time is reading and validating, not freeing the previous result.
func measureLoad(_ folder: String, runs: Int) -> Timing {
    var walls: [Double] = [], cpus: [Double] = []
    var count = 0
    for _ in 0..<runs {
        let w0 = seconds(CLOCK_MONOTONIC), c0 = seconds(CLOCK_PROCESS_CPUTIME_ID)
        var result: LoadResult? = LandscapeLoader().load([folder])
        walls.append(seconds(CLOCK_MONOTONIC) - w0)
        cpus.append(seconds(CLOCK_PROCESS_CPUTIME_ID) - c0)
        count = result?.landscape.actors.count ?? 0
        result = nil
    }
    let timing = Timing(operation: "load", wall: median(walls), cpu: median(cpus), runs: runs, value: Double(count))
    FileHandle.standardError.write(String(format: "  %-12@ wall %9.3f s  cpu %9.3f s  value %d\n", "load" as NSString, timing.wall, timing.cpu, count).data(using: .utf8)!)
    return timing
}

/// Times `body` `runs` times; `body` returns an optional value to report (e.g. modularity).
func measure(_ operation: String, runs: Int, _ body: () -> Double?) -> Timing {
    var walls: [Double] = [], cpus: [Double] = []
    var value: Double?
    for _ in 0..<runs {
        let w0 = seconds(CLOCK_MONOTONIC), c0 = seconds(CLOCK_PROCESS_CPUTIME_ID)
        value = body()
        walls.append(seconds(CLOCK_MONOTONIC) - w0)
        cpus.append(seconds(CLOCK_PROCESS_CPUTIME_ID) - c0)
    }
    let timing = Timing(operation: operation, wall: median(walls), cpu: median(cpus), runs: runs, value: value)
    let shown = value.map { String(format: "  value %.6f", $0) } ?? ""
    FileHandle.standardError.write(String(format: "  %-12@ wall %9.3f s  cpu %9.3f s%@\n", operation as NSString, timing.wall, timing.cpu, shown as NSString).data(using: .utf8)!)
    return timing
}

/// The operations that finish in reasonable time for a graph of `nodes` actors: the all-pairs
/// measures are O(V·E) and skipped from 100,000 actors on (use --ops to force them).
func defaultOperations(nodes: Int) -> [String] {
    var operations = ["load", "snapshot", "degree", "pagerank", "structural", "clustering", "core", "louvain", "louvain10", "gaps", "diff"]
    // Eigenvector: above 5,000 actors the Lanczos iteration (the power iteration needed minutes
    // on the 200k block model, whose spectral gap is small).
    operations.append("eigenvector")
    if nodes < 100_000 {
        // suggest: see docs/performance.md.
        operations += ["suggest", "betweenness", "closeness", "harmonic", "paths", "central"]
    } else {
        operations += ["approx"]
    }
    return operations
}

func checksum(_ values: [Double]?) -> Double? { values.map { $0.reduce(0, +) } }

/// `landscape` with every hundredth tie moved: its first end tied to another actor (picked by a
/// fixed stride, not at random) by a cooperation, so that 1 % of the ties end and as many begin.
func rewired(_ landscape: Landscape) -> Landscape {
    let actors = landscape.actors
    var ties = landscape.ties
    for index in stride(from: 0, to: ties.count, by: 100) {
        let target = actors[(index &* 7919 &+ 13) % actors.count].id
        guard target != ties[index].from else { continue }
        ties[index] = Tie(from: ties[index].from, to: target, kind: .cooperation)
    }
    return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs,
                     actors: actors, ties: ties)
}

/// Times `LandscapeDiff` of `landscape` and its rewired copy, and says where the movers came from.
func measureDiff(_ landscape: Landscape, runs: Int, workers: Int?) -> Timing {
    let other = rewired(landscape)
    var last: LandscapeDiff?
    let timing = measure("diff", runs: runs) {
        let diff = LandscapeDiff(old: landscape, new: other, workers: workers)
        last = diff
        return Double(diff.ties.new.count + diff.ties.ended.count)
    }
    if let movers = last?.movers {
        let measures = movers.measures.map { $0 == .betweenness && movers.approximate ? "betweenness (estimated, ε \(LandscapeDiff.samplingEpsilon))" : $0.rawValue }
        FileHandle.standardError.write("  diff: movers from \(measures.joined(separator: ", ")); \(movers.ranked.count) ranked\n".data(using: .utf8)!)
    }
    return timing
}

let options = parseOptions()
var report: [[String: Any]] = []
for folder in options.folders {
    let name = (folder as NSString).lastPathComponent
    FileHandle.standardError.write("== \(name)\n".data(using: .utf8)!)
    var timings: [Timing] = []
    if options.operations == ["load"] {
        // The load alone: no landscape held beside it, so the peak RSS is the load's own.
        timings.append(measureLoad(folder, runs: options.runs))
        print("\(name): \(Int(timings[0].value ?? 0)) actors, workers \(options.workers.map(String.init) ?? "all"), runs \(options.runs), peak RSS \(Int(peakRSSMegabytes())) MB")
        print(String(format: "load wall %.3f s (median), cpu %.3f s", timings[0].wall, timings[0].cpu))
        continue
    }
    let firstLoad = LandscapeLoader().load([folder])
    if firstLoad.hasErrors {
        for diagnostic in firstLoad.diagnostics.prefix(5) { FileHandle.standardError.write("\(diagnostic)\n".data(using: .utf8)!) }
        exit(1)
    }
    let landscape = firstLoad.landscape
    let network = Network(landscape)
    let wanted = options.operations ?? defaultOperations(nodes: network.nodeCount)
    let workers = options.workers
    let runs = options.runs
    for operation in wanted {
        let timing: Timing
        switch operation {
        case "load":
            timing = measureLoad(folder, runs: runs)
        case "snapshot":
            timing = measure(operation, runs: runs) { Double(Network(landscape).edgeCount) }
        case "betweenness":
            timing = measure(operation, runs: runs) { checksum(PathMeasures.compute(network, request: .betweenness, workers: workers).betweenness) }
        case "closeness":
            timing = measure(operation, runs: runs) { checksum(PathMeasures.compute(network, request: .closeness, workers: workers).closeness) }
        case "harmonic":
            timing = measure(operation, runs: runs) { PathMeasures.compute(network, request: .harmonic, workers: workers).harmonic?.reduce(0) { $0 + ($1 ?? 0) } }
        case "paths":
            timing = measure(operation, runs: runs) { checksum(PathMeasures.compute(network, request: .all, workers: workers).betweenness) }
        case "approx":
            timing = measure(operation, runs: runs) {
                var generator = SeededGenerator(seed: 1)
                return Double(ApproximateBetweenness.estimate(network, epsilon: options.epsilon, delta: 0.1, workers: workers, using: &generator).samples)
            }
        case "degree":
            timing = measure(operation, runs: runs) { Double(Centrality.compute(network, measures: [.degree]).actors.count) }
        case "eigenvector":
            timing = measure(operation, runs: runs) { SpectralMeasures.eigenvector(network, workers: workers).values.reduce(0) { $0 + ($1 ?? 0) } }
        case "pagerank":
            timing = measure(operation, runs: runs) { SpectralMeasures.pageRank(network, workers: workers).values.reduce(0) { $0 + ($1 ?? 0) } }
        case "structural":
            timing = measure(operation, runs: runs) { StructuralHoles.compute(network, workers: workers).constraint.reduce(0) { $0 + ($1 ?? 0) } }
        case "clustering":
            timing = measure(operation, runs: runs) { Cohesion.clustering(network).reduce(0, +) }
        case "core":
            timing = measure(operation, runs: runs) { Double(Cohesion.coreNumbers(network).max() ?? 0) }
        case "central":
            timing = measure(operation, runs: runs) {
                Double(Centrality.compute(network, measures: Set(Measure.allCases).subtracting([.brokerage]), workers: workers).actors.count)
            }
        case "louvain":
            timing = measure(operation, runs: runs) {
                var generator = SeededGenerator(seed: 1)
                return Louvain.communities(network, workers: workers, using: &generator).modularity
            }
        case "louvain10":
            timing = measure(operation, runs: runs) { Analysis.communities(landscape, AnalysisOptions(workers: workers)).modularity }
        case "diff":
            timing = measureDiff(landscape, runs: runs, workers: workers)
        case "gaps":
            timing = measure(operation, runs: runs) { Double(GapFinder.find(landscape).count) }
        case "suggest":
            let gaps = GapFinder.find(landscape)
            timing = measure(operation, runs: runs) { Double(Suggester.suggest(landscape, gaps: gaps).count) }
        default:
            FileHandle.standardError.write("landscape-bench: unknown operation '\(operation)'\n".data(using: .utf8)!)
            exit(64)
        }
        timings.append(timing)
    }
    let peak = peakRSSMegabytes()
    print("\(name): \(network.nodeCount) actors, \(network.edgeCount) edges, workers \(workers ?? ProcessInfo.processInfo.activeProcessorCount), runs \(runs), peak RSS \(String(format: "%.0f", peak)) MB")
    print("operation".padding(toLength: 14, withPad: " ", startingAt: 0) + "wall s (median)   cpu s (median)   value")
    for t in timings {
        print(t.operation.padding(toLength: 14, withPad: " ", startingAt: 0)
              + String(format: "%15.3f   %14.3f   %@", t.wall, t.cpu, (t.value.map { String(format: "%.6g", $0) } ?? "") as NSString))
    }
    report.append([
        "graph": name, "folder": folder, "nodes": network.nodeCount, "edges": network.edgeCount,
        "workers": workers ?? ProcessInfo.processInfo.activeProcessorCount, "runs": runs, "peak_rss_mb": peak,
        "results": Dictionary(uniqueKeysWithValues: timings.map { t in
            (t.operation, ["wall": t.wall, "cpu": t.cpu, "value": t.value ?? NSNull()] as [String: Any])
        }),
    ])
}
if let path = options.json {
    let data = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
    try data.write(to: URL(fileURLWithPath: path))
}
