// Placeholder: the performance issue replaces this with the benchmark runner.
print("landscape-bench: not implemented yet")
