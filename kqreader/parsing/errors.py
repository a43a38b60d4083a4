"""The one exception the parser lets out."""


from kqreader.i18n import N_


class ParseError(Exception):
    """A document could not be read as Kamervragen; the message names the file and what was missing."""

    def __init__(self, path: str, problem: str, *, foreign: bool = False) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.foreign = foreign  # a document of another kind (a note, a manual): an import skips it, not a failure


NOT_KAMERVRAGEN = N_("not a Kamervragen document (no 'Vragen van …' sentence, no 'Vraag'/'Antwoord' headings)")
