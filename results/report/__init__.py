"""The shareable static HTML report (`audit report`): see `results.report.write`."""

from results.report.write import PeriodInfo, ReportInput, write_report

__all__ = ["PeriodInfo", "ReportInput", "write_report"]
