"""hrb-desktop: offline self-assessment for 哈政规〔2021〕10号."""

__version__ = "0.1.0"
