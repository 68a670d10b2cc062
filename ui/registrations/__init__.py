"""The registrations screen: who registered for which parts, with which speaking interests."""
