"""The automated phone probe: a SIP dialer that listens to the call like a shopper would."""
