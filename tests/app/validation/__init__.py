"""Tests of app.validation: document numbers, phones, plates, masking."""
