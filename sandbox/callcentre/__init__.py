"""The sandbox call centre: companies answer SIP calls on loopback (IVRs, holds, agents)."""
