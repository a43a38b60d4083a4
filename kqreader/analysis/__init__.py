"""Figures over many sets: the statistics per ministry, minister and party, a member's or party's overview, and the
promise queue. Built on the catalog. No Textual here."""
