"""The live-chat channel: open a company's chat like a customer, ask, and time the replies."""
