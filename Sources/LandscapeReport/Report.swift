import LandscapeCore

/// Placeholder: the report issue replaces this file with the steering-group report.
enum ReportPlaceholder {}
