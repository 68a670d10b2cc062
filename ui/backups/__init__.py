"""The backups of the open conference file: listing them and restoring one (File → Restore a
Backup…). Import ``ui.backups.dialog`` directly."""
