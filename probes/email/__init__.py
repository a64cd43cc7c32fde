"""The email channel: compose, send (SMTP or form), watch (IMAP), match, classify, observe."""
