"""The Replies dialog: calendar replies read into the lineup."""
