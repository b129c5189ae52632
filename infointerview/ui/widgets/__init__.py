"""Small UI parts shared by several views: labels, pickers, the autosaver, background jobs."""
