"""The shareable static HTML report (`audit report`): see `results.report.write`."""

from results.report.inputs import PeriodInfo, ReportInput
from results.report.write import write_report

__all__ = ["PeriodInfo", "ReportInput", "write_report"]
