"""The Exports screen: calendars, invitations, documents and data in and out."""
