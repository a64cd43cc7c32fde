"""The email channel: compose, send (SMTP or contact form), watch (IMAP), match, classify, observe."""
