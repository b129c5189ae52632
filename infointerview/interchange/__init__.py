"""Import and export formats: LinkedIn, vCard, generic CSV and our JSON backup.

Parsers turn bytes into :class:`~infointerview.interchange.records.ImportedContact`
records and raise only :class:`~infointerview.interchange.errors.ImportFormatError`;
exporters turn rows into text. No Qt, no database writes (see services/import_apply.py).
"""
