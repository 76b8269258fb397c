"""Reusable widgets: question fields, the award panel and the bar chart."""
