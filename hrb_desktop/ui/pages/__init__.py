"""Wizard pages, generated from the policy model."""
