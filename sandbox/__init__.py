"""The sandbox world: simulated companies served on loopback for the demo and the tests.

`load_world()` reads `world.yaml`; `SandboxServer` serves every company's website
(and the fake chat-vendor CDNs) on 127.0.0.1, routed by host name.
"""

from sandbox.server import SandboxServer
from sandbox.world import SandboxCompany, World, load_world

__all__ = ["SandboxCompany", "SandboxServer", "World", "load_world"]
