"""The step list's words for what a step still lacks (the domain's Missing codes)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from hallbar_desktop.domain.workflow import Missing


class MissingWords(QObject):
    """One sentence per Missing code, in the language the window speaks."""

    def text(self, missing: Missing) -> str:
        n = missing.count
        texts = {
            "organisation": lambda: self.tr("Ange organisation"),
            "change_focus": lambda: self.tr("Ange förändringen i fokus"),
            "held_on": lambda: self.tr("Ange datum"),
            "participants": lambda: self.tr("Lägg till deltagare"),
            "current_state": lambda: self.tr("Beskriv nuläget"),
            "target_picture": lambda: self.tr("Beskriv målbilden"),
            "uncounted_statements": lambda: self.tr("%n påståenden saknar handuppräckning", "", n),
            "no_participants": lambda: self.tr("Inga deltagare"),
            "not_rated": lambda: self.tr("{0} av {1} har inte skattat klart").format(
                n, missing.total
            ),
            "group_scores": lambda: self.tr("Gruppens skattning saknas för %n områden", "", n),
            "no_dependencies": lambda: self.tr("Inga beroenden ännu"),
            "unplaced_dependencies": lambda: self.tr(
                "%n beroenden saknar påverkan eller påverkbarhet", "", n
            ),
            "unlit_points": lambda: self.tr("%n punkter saknar trafikljus", "", n),
            "unhandled_high_priority": lambda: self.tr(
                "%n högt prioriterade beroenden saknar åtgärd", "", n
            ),
            "incomplete_actions": lambda: self.tr("%n åtgärder saknar ansvarig eller datum", "", n),
            "follow_up_date": lambda: self.tr("Boka datum för uppföljning"),
            "followed_up_workshop": lambda: self.tr("Välj workshoppen som följs upp"),
        }
        return texts[missing.code]()
