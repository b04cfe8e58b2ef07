"""PDF reports with reportlab, headless (no Qt): tour sheet, daily, period, statistics return, vouchers."""

from mediator_desk.services.reports.build import REPORT_KINDS, ReportRequest, build_report

__all__ = ["REPORT_KINDS", "ReportRequest", "build_report"]
