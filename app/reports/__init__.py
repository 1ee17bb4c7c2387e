"""Reports (docs/reports.md): the daily report, the muster list and the monthly KPI report.

``facts`` (the vocabulary), ``protocols`` (what areas implement), ``sources/`` (the implementations),
``service`` (gathers facts, checks permissions), ``labels`` (the words, filled in ui/),
``*_pdf`` (rendering with ``app.printing``). Nothing here imports reportlab until a PDF is rendered.
"""
