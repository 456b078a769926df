"""Readable tables and exercise self-checks for the notebooks.

``readable_tables`` is the one display setting every lesson's Setup cell runs: pandas stops cutting
text at 50 characters ("..."), so a student can read the claim, explanation or note they must judge;
JupyterLab wraps the long cells over several lines.  ``show`` adds left-aligned, width-limited text
columns for a table of long sentences.  ``self_check`` tells a student whether an exercise's result is
right without revealing it: the notebook stores only a short fingerprint of the right answer.

pandas and the standard library only (the facts wing).
"""
from __future__ import annotations

import hashlib
import math
import numbers
from html import escape

__all__ = ["readable_tables", "show", "self_check", "fingerprint"]

NOT_STARTED = "Not started yet: replace the ... in your attempt, run it, then run this check again."


def readable_tables(max_rows: int = 60) -> None:
    """Show text columns whole (no "..." at 50 characters) in every table of this session.

    Parameters
    ----------
    max_rows : int, default 60
        Tables longer than this are shortened to their first and last rows, as pandas does.

    Examples
    --------
    >>> import pandas as pd
    >>> readable_tables()
    >>> pd.get_option("display.max_colwidth") is None
    True
    """
    import pandas as pd

    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_rows", max_rows)


def show(df, width: int = 60):
    """A table whose text columns are left-aligned and wrapped at about ``width`` characters.

    Parameters
    ----------
    df : pandas.DataFrame
    width : int, default 60
        The widest a text column may be, in characters (``ch``).

    Examples
    --------
    >>> import pandas as pd
    >>> styled = show(pd.DataFrame({"claim": ["a long sentence"]}))
    >>> "white-space: normal" in styled.to_html()
    True
    """
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"show() takes a pandas DataFrame, not {type(df).__name__}")
    text = [c for c in df.columns
            if pd.api.types.is_object_dtype(df[c]) or pd.api.types.is_string_dtype(df[c])]
    css = {"text-align": "left", "white-space": "normal", "max-width": f"{int(width)}ch", "min-width": "12ch"}
    dates = [c for c in df.columns if pd.api.types.is_datetime64_any_dtype(df[c])]
    styler = df.style.set_properties(subset=text, **css).format(lambda v: escape(str(v)), subset=text)
    return styler.format(lambda v: "" if pd.isna(v) else f"{v:%Y-%m-%d}", subset=dates)


def _canon(value) -> str:
    """A text form of an answer that ignores order, case and spacing (see :func:`fingerprint`)."""
    import pandas as pd

    if isinstance(value, pd.DataFrame):
        return _canon(list(value.index))
    if isinstance(value, pd.Series):
        labelled = pd.api.types.is_object_dtype(value.index) or pd.api.types.is_string_dtype(value.index)
        return _canon(list(value.items()) if labelled else list(value))
    if isinstance(value, pd.Timedelta):
        return _canon(value.days)
    if isinstance(value, (list, tuple, set, frozenset, pd.Index)) or type(value).__name__ == "ndarray":
        parts = sorted(_canon(v) for v in value)
        return "[" + "|".join(parts) + "]"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, numbers.Number):
        number = float(value)
        if math.isfinite(number) and number == round(number):
            return str(int(round(number)))
        return f"{number:.6g}"
    return " ".join(str(value).casefold().split())


def fingerprint(value) -> str:
    """A short fingerprint of an answer, for the second argument of :func:`self_check`.

    Order, letter case and extra spaces do not matter: a list, set, Series or Index is compared as a set
    of values (a Series with text labels as its label/value pairs), a DataFrame by its row labels, a
    number by its value (``3`` and ``3.0`` agree), a ``Timedelta`` by its whole days.

    Examples
    --------
    >>> fingerprint(["Niamey", "agadez"]) == fingerprint(["AGADEZ", " niamey "])
    True
    """
    return hashlib.sha256(_canon(value).encode("utf-8")).hexdigest()[:12]


def self_check(answer, expected: str) -> None:
    """Print whether ``answer`` is right, without revealing the right answer.

    Parameters
    ----------
    answer : object
        The student's result (a name, a number, a list of ids, a table ...).
    expected : str
        :func:`fingerprint` of the right answer, written in the notebook by its author.

    Examples
    --------
    >>> self_check("Niamey", fingerprint("niamey"))
    ✓ Right.
    >>> self_check(..., fingerprint("niamey"))
    Not started yet: replace the ... in your attempt, run it, then run this check again.
    """
    if answer is Ellipsis or (isinstance(answer, str) and answer.strip() in {"", "..."}):
        print(NOT_STARTED)
    elif _contains_ellipsis(answer):
        print("Not finished: your answer still holds a ... to replace.")
    elif hasattr(answer, "__len__") and not isinstance(answer, str) and len(answer) == 0:
        print("Your result is empty: did you replace the ... and run your attempt?")
    elif fingerprint(answer) == expected:
        print("✓ Right.")
    else:
        print("✗ Not yet. Read the exercise again, check your filter or your spelling, and try again "
              "(the solution is under the exercise when you want it).")


def _contains_ellipsis(answer) -> bool:
    return isinstance(answer, (list, tuple, set, frozenset)) and any(v is Ellipsis for v in answer)
