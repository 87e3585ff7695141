/// Placeholder: the render issue replaces this file with the Diagram model.
enum DiagramPlaceholder {}
