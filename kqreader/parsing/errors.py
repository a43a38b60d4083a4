"""The one exception the parser lets out."""


class ParseError(Exception):
    """A document could not be read as Kamervragen; the message names the file and what was missing."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
