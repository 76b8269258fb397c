"""What every page and widget shares: the session, the policy, the language and the scope."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hrb_desktop.core.assessment import Assessment
from hrb_desktop.core.messages import Lang
from hrb_desktop.core.policy_model import ApplicantType, Policy
from hrb_desktop.core.scope import Scope
from hrb_desktop.ui.session import Session


class Context(QObject):
    languageChanged = Signal(str)

    def __init__(self, session: Session, lang: Lang = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang: Lang = lang
        self._scope_key: tuple[ApplicantType, frozenset[str] | None] | None = None
        self._scope: Scope | None = None

    @property
    def policy(self) -> Policy:
        return self.session.policy

    @property
    def assessment(self) -> Assessment:
        return self.session.assessment

    def scope(self) -> Scope:
        """The current applicant type and screening areas (cached until either changes)."""
        key = self.session.scope_key
        if key != self._scope_key or self._scope is None:
            self._scope_key = key
            self._scope = Scope(self.policy, *key)
        return self._scope

    def set_lang(self, lang: Lang) -> None:
        """The language of policy texts, engine explanations and the session's messages."""
        if lang == self.lang:
            return
        self.lang = lang
        self.session.lang = lang
        self.languageChanged.emit(lang)

    def text(self, i18n: object) -> str:
        """Policy text in the UI language (``I18nText.get``)."""
        return i18n.get(self.lang)  # type: ignore[attr-defined, no-any-return]
