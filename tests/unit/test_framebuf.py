"""Media frame bytes copied through ctypes equal SWIG's own (slow) conversion, both ways."""

import pjsua2 as pj

from callwarden.sip import framebuf


def test_the_fast_path_is_in_use_and_copies_exactly():
    assert framebuf.frame_bytes is framebuf._fast
    pcm = bytes((i * 31 + 7) % 256 for i in range(320))
    frame = pj.MediaFrame()
    frame.buf = pj.ByteVector(pcm)
    assert framebuf.frame_bytes(frame.buf) == pcm == bytes(frame.buf)
    assert framebuf.frame_bytes(pj.ByteVector()) == b""


def test_filling_a_frame_replaces_its_buffer_whatever_its_size_was():
    frame = pj.MediaFrame()
    for n in (320, 160, 0, 640):
        pcm = bytes((i * 13 + n) % 256 for i in range(n))
        framebuf.fill_frame(frame, pcm)
        assert bytes(frame.buf) == pcm and frame.buf.size() == n
