"""IVR scripts: what the shopper does on a company's line (wait for a prompt, press keys).

A script is the per-company `phone:` section's steps plus its limits; the dialer plays
it as a shopper would: `wait_for: prompt` listens until something was said and then
`quiet_s` of quiet followed (the prompt is over: the caller's turn), `press` sends keys.
The dialer judges that pause itself, from the audio's level, so the steps never wait
for the listener's slower verdict on *what* was said. Real menus also take keys while
they speak (barge-in), so a key pressed early is not lost.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from probes.phone.audio import RFC4733_EVENTS as KEYS


class IvrStep(BaseModel):
    """One step: `wait_for: prompt` (until a pause, at most `timeout_s`) or `press: "12#"`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    wait_for: Literal["prompt"] | None = None
    press: str | None = Field(None, min_length=1, max_length=32)
    timeout_s: float = Field(30.0, gt=0)
    """How long a wait may last before the script goes on anyway."""
    quiet_s: float = Field(0.8, gt=0)
    """The pause after speech that ends a prompt."""
    pause_s: float = Field(0.0, ge=0)

    @model_validator(mode="after")
    def _one_action(self) -> IvrStep:
        if (self.wait_for is None) == (self.press is None):
            raise ValueError("a step is either `wait_for: prompt` or `press: <digits>`")
        if self.press is not None and any(c not in KEYS for c in self.press.upper()):
            raise ValueError(f"press: only the keys {KEYS} can be pressed")
        return self


class IvrScript(BaseModel):
    """The steps to reach customer service, and when to give up."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    steps: tuple[IvrStep, ...] = ()
    hold_limit_s: float = Field(600.0, gt=0)
    """Hang up when a hold has lasted this long (the shopper gives up)."""
    max_call_s: float = Field(900.0, gt=0)
    """Hang up at this point whatever happens."""
    stay_after_agent_s: float = Field(5.0, ge=0)
    """Once a person answers, listen this long, then hang up politely."""

    @classmethod
    def from_digits(cls, digits: tuple[str, ...], max_call_s: float, stay_s: float) -> IvrScript:
        """A script that waits for a prompt before each menu choice (from a `CallRequest`)."""
        steps: list[IvrStep] = []
        for choice in digits:
            steps += [IvrStep(wait_for="prompt"), IvrStep(press=choice)]
        return cls(steps=tuple(steps), max_call_s=max_call_s, stay_after_agent_s=stay_s)
