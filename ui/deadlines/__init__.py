"""The deadlines screen: each milestone, how far away it is, and what arrived before it."""
