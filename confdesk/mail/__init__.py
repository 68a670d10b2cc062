"""E-mail: invitation messages (:mod:`.compose`), the SMTP connection (:mod:`.smtp`), the
password (:mod:`.secrets`) and the outbox with its send log (:mod:`.outbox`)."""
