"""Small widgets, models and delegates the table screens share."""
