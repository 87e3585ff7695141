/// Local cohesion: clustering coefficients, transitivity and k-cores, on the undirected network
/// (a directed reading is read as its underlying undirected network here).
package enum Cohesion {
    /// Triangles through each node of an undirected network.
    ///
    /// - Complexity: O(Σ_v deg(v)²) worst case, via sorted-list merging; O(V) extra space.
    static func triangles(_ network: Network) -> [Int] {
        let g = network.undirected()
        let n = g.nodeCount
        var count = [Int](repeating: 0, count: n)
        var mark = [Int32](repeating: -1, count: n)
        for u in 0..<n {
            for k in g.outRange(u) { mark[Int(g.outTarget[k])] = Int32(u) }
            for k in g.outRange(u) {
                let v = Int(g.outTarget[k])
                guard v > u else { continue }
                for j in g.outRange(v) {
                    let w = Int(g.outTarget[j])
                    if w > v && mark[w] == Int32(u) {
                        count[u] += 1
                        count[v] += 1
                        count[w] += 1
                    }
                }
            }
        }
        return count
    }

    /// The local clustering coefficient (Watts & Strogatz 1998), as networkx `clustering(G)`:
    /// triangles through v divided by deg(v)(deg(v) − 1)/2; 0 when deg(v) < 2.
    package static func clustering(_ network: Network) -> [Double] {
        let g = network.undirected()
        let t = triangles(g)
        return (0..<g.nodeCount).map { v in
            let d = g.outRange(v).count
            return d < 2 ? 0 : Double(2 * t[v]) / Double(d * (d - 1))
        }
    }

    /// Transitivity (global clustering): 3 × triangles / connected triples, as networkx
    /// `transitivity`; 0 without triples.
    package static func transitivity(_ network: Network) -> Double {
        let g = network.undirected()
        let t = triangles(g)
        var triangles3 = 0, triples = 0
        for v in 0..<g.nodeCount {
            let d = g.outRange(v).count
            triangles3 += t[v]
            triples += d * (d - 1) / 2
        }
        return triples == 0 ? 0 : Double(triangles3) / Double(triples)
    }

    /// The core number of every node (Seidman 1983), by Batagelj & Zaveršnik's (2003) bucket
    /// algorithm, as networkx `core_number`: the largest k such that the node belongs to a
    /// subgraph where every node has degree ≥ k.
    ///
    /// - Complexity: O(V + E).
    package static func coreNumbers(_ network: Network) -> [Int] {
        let g = network.undirected()
        let n = g.nodeCount
        guard n > 0 else { return [] }
        var degree = (0..<n).map { g.outRange($0).count }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { binStart[d] += 1 }
        var start = 0
        for d in 0...maxDegree {
            let size = binStart[d]
            binStart[d] = start
            start += size
        }
        var position = [Int](repeating: 0, count: n)
        var vertices = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n {
            position[v] = fill[degree[v]]
            vertices[position[v]] = v
            fill[degree[v]] += 1
        }
        for i in 0..<n {
            let v = vertices[i]
            for k in g.outRange(v) {
                let u = Int(g.outTarget[k])
                if degree[u] > degree[v] {
                    let du = degree[u]
                    let pu = position[u]
                    let pw = binStart[du]
                    let w = vertices[pw]
                    if u != w {
                        position[u] = pw
                        vertices[pu] = w
                        position[w] = pu
                        vertices[pw] = u
                    }
                    binStart[du] += 1
                    degree[u] -= 1
                }
            }
        }
        return degree
    }
}
