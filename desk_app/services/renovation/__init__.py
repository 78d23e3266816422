"""Renovation filings (装修备案) and temporary passes (临时出入卡), with their printouts.

``filings`` opens a filing and takes it through its steps, ``checklist`` keeps the documents and workers,
``inspections`` records patrols and the completion verdict, ``views`` reads (detail, list), ``attachments``
keeps scans and photos, ``printouts`` builds the permit, agreement and cover sheet; ``passes`` and
``pass_lists`` are the passes.
"""
