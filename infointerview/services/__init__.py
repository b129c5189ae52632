"""Use cases between the UI and the store. No widgets here."""
