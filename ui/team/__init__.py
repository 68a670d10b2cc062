"""Working as a team: following colleagues' changes, settling a clash, the history of a row,
connecting to the team's database."""
