"""A webcam snapshot for a pass photo, when Qt Multimedia is installed and a camera is plugged in.

Qt Multimedia is optional (it is not in every PySide6 build, and a desk often has no camera): everything
here degrades to "no camera" — the form then offers only "From a file…". Never raises for a missing camera.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def _multimedia() -> Any:
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets
    except ImportError:
        return None
    return (QtMultimedia, QtMultimediaWidgets)


def camera_available() -> bool:
    modules = _multimedia()
    if modules is None:
        return False
    try:
        return bool(modules[0].QMediaDevices.videoInputs())
    except Exception:  # a broken multimedia backend is "no camera", not a crash at form opening
        log.exception("camera detection failed")
        return False


def jpeg_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"JPG", 90)
    buffer.close()
    return bytes(data.data())


class CaptureDialog(QDialog):
    """The live picture and a "Take photo" button (Space / Enter); the photo is ``self.photo``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mm, mmw = _multimedia()
        self.setWindowTitle(self.tr("Take a photo"))
        self.photo: bytes | None = None
        self.camera = mm.QCamera(mm.QMediaDevices.defaultVideoInput(), self)
        self.capture = mm.QImageCapture(self)
        self.video = mmw.QVideoWidget(self)
        self.video.setMinimumSize(480, 360)
        self.media = mm.QMediaCaptureSession(self)
        self.media.setCamera(self.camera)
        self.media.setImageCapture(self.capture)
        self.media.setVideoOutput(self.video)
        self.take = QPushButton(self.tr("&Take photo"))
        self.take.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.take.clicked.connect(self.capture.capture)
        self.capture.imageCaptured.connect(self._captured)
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addWidget(buttons)
        self.camera.start()

    def _captured(self, _request_id: int, image: QImage) -> None:
        self.photo = jpeg_bytes(image)
        self.accept()

    def done(self, result: int) -> None:
        self.camera.stop()
        super().done(result)


def capture_photo(parent: QWidget | None = None) -> bytes | None:
    """A JPEG from the webcam, or None (no camera, or the clerk cancelled)."""
    if not camera_available():
        return None
    try:
        dialog = CaptureDialog(parent)
    except Exception:  # the camera vanished or the backend failed: the clerk still has "From a file…"
        log.exception("camera could not start")
        return None
    dialog.exec()
    return dialog.photo
