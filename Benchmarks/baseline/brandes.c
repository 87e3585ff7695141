/* A plain single-threaded Brandes betweenness on CSR arrays: the measuring stick of the
 * benchmarks (not product code). Brandes 2001, doi:10.1080/0022250X.2001.9990249; unweighted,
 * undirected, one BFS per source counting shortest paths, then the dependency accumulation over
 * the BFS order in reverse, scanning each node's neighbours for predecessors (no predecessor
 * lists), normalised by 1/((n-1)(n-2)) over ordered pairs as networkx does.
 *
 * Reads the benchmarks' ties.csv (first two columns: from,to; ids like "a123"), builds the
 * simple undirected graph, prints the time of the betweenness pass and a checksum.
 *
 *   cc -O3 -march=native -o brandes brandes.c && ./brandes Benchmarks/data/sbm-20k [sources]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int cmp_u64(const void *a, const void *b) {
    unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: brandes FOLDER [SOURCES]\n"); return 64; }
    char path[4096];
    snprintf(path, sizeof path, "%s/ties.csv", argv[1]);
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); return 1; }
    size_t cap = 1 << 20, m = 0;
    unsigned long long *pairs = malloc(cap * sizeof *pairs);
    char line[1024];
    int n = 0;
    if (!fgets(line, sizeof line, f)) return 1; /* header */
    while (fgets(line, sizeof line, f)) {
        int u, v;
        if (sscanf(line, "a%d,a%d", &u, &v) != 2 || u == v) continue;
        if (u > v) { int t = u; u = v; v = t; }
        if (v + 1 > n) n = v + 1;
        if (m + 2 > cap) { cap *= 2; pairs = realloc(pairs, cap * sizeof *pairs); }
        pairs[m++] = (unsigned long long)u << 32 | (unsigned)v;
        pairs[m++] = (unsigned long long)v << 32 | (unsigned)u;
    }
    fclose(f);
    /* The actor count: nodes without ties are counted from actors.csv's lines. */
    snprintf(path, sizeof path, "%s/actors.csv", argv[1]);
    f = fopen(path, "r");
    if (f) { int lines = -1; while (fgets(line, sizeof line, f)) lines++; fclose(f); if (lines > n) n = lines; }
    qsort(pairs, m, sizeof *pairs, cmp_u64);
    size_t k = 0;
    for (size_t i = 0; i < m; i++) if (k == 0 || pairs[i] != pairs[k - 1]) pairs[k++] = pairs[i];
    m = k;
    int *start = calloc(n + 1, sizeof *start), *target = malloc(m * sizeof *target);
    for (size_t i = 0; i < m; i++) { start[(pairs[i] >> 32) + 1]++; target[i] = (int)(pairs[i] & 0xffffffffu); }
    for (int i = 0; i < n; i++) start[i + 1] += start[i];
    free(pairs);

    int sources = argc > 2 ? atoi(argv[2]) : n;
    if (sources > n) sources = n;
    int *dist = malloc(n * sizeof *dist), *queue = malloc(n * sizeof *queue);
    double *sigma = malloc(n * sizeof *sigma), *delta = malloc(n * sizeof *delta);
    double *bc = calloc(n, sizeof *bc);
    for (int i = 0; i < n; i++) dist[i] = -1;
    struct timespec t0, t1;
    clock_t c0 = clock();
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int s = 0; s < sources; s++) {
        int head = 0, tail = 0;
        dist[s] = 0; sigma[s] = 1; queue[tail++] = s;
        while (head < tail) {
            int v = queue[head++], dv = dist[v] + 1;
            double sv = sigma[v];
            for (int e = start[v]; e < start[v + 1]; e++) {
                int w = target[e];
                if (dist[w] < 0) { dist[w] = dv; sigma[w] = 0; queue[tail++] = w; }
                if (dist[w] == dv) sigma[w] += sv;
            }
        }
        for (int i = tail - 1; i >= 0; i--) {
            int w = queue[i], dw = dist[w] - 1;
            double c = (1 + delta[w]) / sigma[w];
            for (int e = start[w]; e < start[w + 1]; e++) {
                int v = target[e];
                if (dist[v] == dw) delta[v] += sigma[v] * c;
            }
            if (w != s) bc[w] += delta[w];
        }
        for (int i = 0; i < tail; i++) { int v = queue[i]; dist[v] = -1; delta[v] = 0; }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double cpu = (double)(clock() - c0) / CLOCKS_PER_SEC;
    double seconds = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    double sum = 0, scale = n > 2 ? 1.0 / ((double)(n - 1) * (n - 2)) : 1;
    for (int i = 0; i < n; i++) sum += bc[i] * scale;
    printf("{\"operation\": \"betweenness\", \"nodes\": %d, \"arcs\": %zu, \"sources\": %d, \"seconds\": %.4f, \"cpu\": %.4f, \"checksum\": %.12g}\n",
           n, m, sources, seconds, cpu, sum);
    return 0;
}
