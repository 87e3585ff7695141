import CGraphviz

/// Placeholder: the render issue replaces this file with the Graphviz layer.
enum GraphvizPlaceholder {}
