"""The optional tone when a speaker's time reaches zero; quiet where there is no sound.

QtMultimedia is not a dependency: it comes only with PySide6-Addons (measured with
6.11.3: +439 MB installed, ~23 MB of it the QtMultimedia module, its FFmpeg plugin
and libraries; on Linux it needs libpulse0 just to import; import +0.07 s and the
first QSoundEffect +0.17 s). When it happens to be installed, a short tone is
generated into a temporary WAV file and played with QSoundEffect; otherwise, or
when the effect reports an error (no sound server, no device), QApplication.beep()
is used, which is silent where there is nothing to beep with. Nothing here may
raise: the meeting goes on without sound.
"""

from __future__ import annotations

import math
import struct
import sys
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

_RATE = 22_050
_TONE_HZ = 880
_SECONDS = 0.45


def tone_wav(path: Path, seconds: float = _SECONDS, frequency: float = _TONE_HZ) -> Path:
    """A short sine tone with a soft start and end (no click), 16-bit mono PCM."""
    frames = int(_RATE * seconds)
    fade = int(_RATE * 0.03)
    samples = bytearray()
    for n in range(frames):
        envelope = min(1.0, n / fade, (frames - n) / fade)
        value = int(14_000 * envelope * math.sin(2 * math.pi * frequency * n / _RATE))
        samples += struct.pack("<h", value)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(_RATE)
        out.writeframes(bytes(samples))
    return path


class Bell:
    """Rings once per call; loads QtMultimedia (if present) at the first ring only."""

    def __init__(self) -> None:
        self._effect: Any = None
        self._tried = False
        self.rung = 0  # how many times it was asked to ring (tests read it)
        self.kind = ""  # "tone" or "beep": what the last ring used

    def _load(self) -> None:
        self._tried = True
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        try:
            folder = Path(tempfile.mkdtemp(prefix="perfdesk-tone-"))
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(tone_wav(folder / "tone.wav"))))
            effect.setVolume(0.8)
            self._effect = effect
        except Exception as error:  # no sound is no reason to stop a meeting
            print(f"perfdesk: no meeting tone: {error}", file=sys.stderr)

    def ring(self) -> None:
        self.rung += 1
        try:
            if not self._tried:
                self._load()
            effect = self._effect
            if effect is not None and effect.status() != effect.Status.Error:
                effect.play()
                self.kind = "tone"
                return
            QApplication.beep()
            self.kind = "beep"
        except Exception as error:
            print(f"perfdesk: no meeting tone: {error}", file=sys.stderr)
