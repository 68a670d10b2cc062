"""The lineups screen: per session, who takes part, in what role, order and status."""
