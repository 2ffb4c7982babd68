"""Images into a chat: llama-cpp-python's multimodal chat handlers (libmtmd), chosen by model family.

A model with its own chat template gets the generic `MTMDChatHandler`, which renders that template with a media
marker where each image goes. Families whose GGUF template says nothing about images, or that have none, get
llama-cpp-python's family handler (`MiniCPMv26ChatHandler`, `MoondreamChatHandler`, `Qwen25VLChatHandler`,
`Llava15ChatHandler`).

Known trap with llama-cpp-python 0.3.36: `MTMDChatHandler` hands the template a message's content as a list of
parts, and templates that concatenate content as a string (Qwen2.5's does) fail with "can only concatenate str
(not "list") to str". Every template accepts a string, so the parts are flattened into one.

A handler resets the context and reads the whole prompt again, every image included, on every turn (it cannot
reuse the cache across an image). So images are counted before anything is read: mtmd reports how many context
cells each one takes, the conversation is fitted with them reserved, and the person is warned while there is
still room.

The handler only reads the prompt here: its reply stream is dropped unread, and the engine's own loop writes the
reply (the same cancelling, stop strings, thinking split and statistics as for text).
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import functools
import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.engines.chat_types import Message
from app.engines.errors import GenerationFailed, ModelLoadFailed
from app.engines.llama import internals, prompt_fit
from app.engines.llama import runtime as llama_runtime
from app.errors import HearthError
from app.i18n import say
from app.models import gguf_info

GENERIC = "MTMDChatHandler"
# Families whose own template does not place images (or that have none), by what their files say.
FAMILY_HANDLERS = {
    "minicpmv": "MiniCPMv26ChatHandler",  # projector type; MiniCPM-V's template knows no images
    "moondream": "MoondreamChatHandler",  # model name; Moondream 2 ships no chat template
}
NO_TEMPLATE_HANDLERS = {
    "qwen2vl_merger": "Qwen25VLChatHandler",
    "qwen2.5vl_merger": "Qwen25VLChatHandler",
    "qwen2.5o": "Qwen25VLChatHandler",
}
FALLBACK = "Llava15ChatHandler"  # "USER: <image> … ASSISTANT:", what LLaVA-style projectors were trained with
CROWDED_SHARE = 0.75  # warn when images and text fill this much of the room left for the prompt


class CannotSeeImages(HearthError):
    """Images were sent to a model loaded without a vision companion (mmproj)."""


class ImagesDoNotFit(HearthError):
    """The newest message's images alone, with room for a reply, need more context than the model has."""


def choose_handler(*, has_template: bool, architecture: str, model_name: str, projector_type: str) -> str:
    """The llama-cpp-python handler class for this pairing of model and projector."""
    name = f"{architecture} {model_name}".lower()
    for family, handler in FAMILY_HANDLERS.items():
        if family == projector_type or family in name:
            return handler
    if has_template:
        return GENERIC
    return NO_TEMPLATE_HANDLERS.get(projector_type, FALLBACK)


def flatten_content(content: Any) -> Any:
    """One string from a message's text parts (mtmd has already turned image parts into marker text)."""
    if not isinstance(content, list):
        return content
    texts = [part.get("text", "") for part in content if isinstance(part, dict) and part.get("type") == "text"]
    return "\n".join(text for text in texts if text)


@functools.cache
def _handler_classes() -> dict[str, Any]:
    llama_runtime.llama_cpp()
    from llama_cpp import llama_chat_format as formats

    class FlatMTMDChatHandler(formats.MTMDChatHandler):
        @classmethod
        def _convert_message_for_template(cls, message: Any, media_marker: str) -> dict[str, Any]:
            converted: dict[str, Any] = super()._convert_message_for_template(message, media_marker)
            converted["content"] = flatten_content(converted.get("content"))
            return converted

    classes = {name: getattr(formats, name) for name in {*FAMILY_HANDLERS.values(), *NO_TEMPLATE_HANDLERS.values()}}
    return {**classes, FALLBACK: formats.Llava15ChatHandler, GENERIC: FlatMTMDChatHandler}


@contextlib.contextmanager
def _handler_prints_to_log(llm: Any) -> Iterator[None]:
    """The handlers silence llama.cpp by dup2-ing /dev/null over the process's stdout and stderr unless
    `verbose`; verbose they print the prompt instead, which goes to the log (see llama_runtime)."""
    llm.verbose = True
    try:
        with llama_runtime.prints_to_log():
            yield
    finally:
        llm.verbose = False


def data_url(image: bytes) -> str:
    """How the handlers take an image: a data: URL (PNG or JPEG; mtmd decodes both)."""
    mime = "image/png" if image.startswith(b"\x89PNG") else "image/jpeg"
    return f"data:{mime};base64," + base64.b64encode(image).decode("ascii")


def handler_messages(messages: Sequence[Message]) -> list[dict[str, Any]]:
    """OpenAI-style messages: each image before its message's text, as most vision models were trained."""
    converted: list[dict[str, Any]] = []
    for message in messages:
        if message.images:
            parts: list[dict[str, Any]] = [
                {"type": "image_url", "image_url": {"url": data_url(image)}} for image in message.images
            ]
            parts.append({"type": "text", "text": message.content})
            converted.append({"role": message.role, "content": parts})
        else:
            converted.append({"role": message.role, "content": message.content})
    return converted


class VisionSession:
    """A loaded model's projector: counts what images cost and reads a conversation with images into the context.
    Used by the engine's one thread; freed with the Llama it was opened for."""

    def __init__(self, llm: Any, mmproj: Path) -> None:
        module = llama_runtime.mtmd()
        try:
            projector = gguf_info.read_file(mmproj)
        except HearthError as exc:
            raise ModelLoadFailed(
                say(
                    "Engines",
                    "The vision companion {name} could not be read. {message}",
                    "engines.companion-unreadable",
                ).format(name=mmproj.name, message=exc.sentence)
            ) from exc
        self.handler_name = choose_handler(
            has_template=bool(str(llm.metadata.get("tokenizer.chat_template", "")).strip()),
            architecture=str(llm.metadata.get("general.architecture", "")),
            model_name=str(llm.metadata.get("general.name", "")),
            projector_type=str(projector.metadata.get("clip.projector_type", "")),
        )
        self._mtmd = module
        self._counts: dict[bytes, int] = {}
        handler_class = _handler_classes()[self.handler_name]
        try:
            with _handler_prints_to_log(llm):
                self._handler = handler_class(clip_model_path=str(mmproj), verbose=True)
                internals.open_projector(self._handler, llm)
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelLoadFailed(
                say(
                    "Engines",
                    "The vision companion {name} does not work with this model: it was probably made for a different "
                    "model. Pair the model with the mmproj file published beside it.",
                    "engines.companion-mismatch",
                ).format(name=mmproj.name),
                f"{type(exc).__name__}: {exc}",
            ) from exc
        self.marker = module.mtmd_default_marker().decode("utf-8")

    def image_tokens(self, llm: Any, image: bytes) -> int:
        """Context cells the image takes (exact: mtmd's own count for this projector), remembered per image."""
        key = hashlib.sha256(image).digest()
        if key in self._counts:
            return self._counts[key]
        mtmd = self._mtmd
        with _handler_prints_to_log(llm):
            bitmap = self._create_bitmap(image)
            chunks = mtmd.mtmd_input_chunks_init()
            try:
                text = mtmd.mtmd_input_text()
                encoded = self.marker.encode("utf-8")
                text.text, text.text_len, text.add_special, text.parse_special = encoded, len(encoded), False, True
                bitmaps = (mtmd.mtmd_bitmap_p_ctypes * 1)(bitmap)
                if mtmd.mtmd_tokenize(self._handler.mtmd_ctx, chunks, ctypes.byref(text), bitmaps, 1) != 0:
                    raise GenerationFailed(
                        say(
                            "Engines",
                            "The model's vision companion could not read this image.",
                            "engines.companion-unreadable-image",
                        )
                    )
                count = 0
                for index in range(mtmd.mtmd_input_chunks_size(chunks)):
                    chunk = mtmd.mtmd_input_chunks_get(chunks, index)
                    if mtmd.mtmd_input_chunk_get_type(chunk) != mtmd.MTMD_INPUT_CHUNK_TYPE_TEXT:
                        count += int(mtmd.mtmd_input_chunk_get_n_tokens(chunk))
            finally:
                mtmd.mtmd_input_chunks_free(chunks)
                mtmd.mtmd_bitmap_free(bitmap)
        self._counts[key] = count
        return count

    def read_prompt(
        self, llm: Any, messages: Sequence[Message], template_options: Mapping[str, object] | None = None
    ) -> list[int]:
        """Reset the context and read `messages` into it through the handler; returns the prompt as llama-cpp-
        python tracks it (-1 where an image sits, so no later text prompt mistakes those cells for text)."""
        llm.input_ids.fill(-1)
        with _handler_prints_to_log(llm):
            replies = self._handler(
                llama=llm, messages=handler_messages(messages), stream=True, **dict(template_options or {})
            )
        replies.close()  # not started: the engine writes the reply itself
        return [int(token) for token in llm.input_ids[: llm.n_tokens]]

    def _create_bitmap(self, image: bytes) -> Any:
        try:
            return internals.image_bitmap(self._handler, image)
        except ValueError as exc:
            raise GenerationFailed(
                say(
                    "Engines",
                    "The model's vision companion could not read this image.",
                    "engines.companion-unreadable-image",
                ),
                str(exc),
            ) from exc


@dataclass(frozen=True)
class FittedImages:
    messages: tuple[Message, ...]
    left_out: int  # earlier messages (and their images) dropped to make room
    warning: str  # a sentence when images fill most of the context, or ""


def fit_with_images(
    session: VisionSession,
    llm: Any,
    messages: Sequence[Message],
    count_text: Callable[[Sequence[Message]], Sequence[int]],
    context: int,
    reply_room: int,
) -> FittedImages:
    """The conversation's longest tail that fits with every image's cells reserved. `count_text` tokenizes
    messages as the model's format writes them; each image's marker stands in the text, so a few tokens too many
    are counted, never too few."""
    newest = sum(session.image_tokens(llm, image) for image in messages[-1].images)
    if newest + reply_room > context:
        count = len(messages[-1].images)
        needs = (
            say(
                "Engines",
                "This image needs about {newest:,} tokens of the model's memory, and with room for a reply that is "
                "more than the {context:,} it was loaded with. Send fewer images, or load the model with a longer "
                "context (Options).",
                "engines.image-does-not-fit",
            )
            if count == 1
            else say(
                "Engines",
                "These {count} images need about {newest:,} tokens of the model's memory, and with room for a reply "
                "that is more than the {context:,} it was loaded with. Send fewer images, or load the model with a "
                "longer context (Options).",
                "engines.images-do-not-fit",
            )
        )
        raise ImagesDoNotFit(
            needs.format(count=count, newest=newest, context=context),
            f"images {newest}, reply {reply_room}, context {context}",
        )

    def cells(kept: Sequence[Message]) -> range:  # only the length counts for fitting
        marked = [Message(m.role, "\n".join([*[session.marker] * len(m.images), m.content])) for m in kept]
        images = sum(session.image_tokens(llm, image) for m in kept for image in m.images)
        return range(len(count_text(marked)) + images)

    fitted = prompt_fit.fit(messages, cells, context, reply_room)
    budget = context - reply_room
    warning = ""
    if len(fitted.tokens) > CROWDED_SHARE * budget:
        warning = say(
            "Engines",
            "Images and text now fill about {percent}% of the model's memory, and the model reads every image again "
            "with each message. Soon the earliest messages and their images will be left out; a new chat, or a longer "
            "context in Options, gives more room.",
            "engines.images-crowd-memory",
        ).format(percent=100 * len(fitted.tokens) // budget)
    return FittedImages(fitted.messages, fitted.left_out, warning)


def without_images(messages: Sequence[Message]) -> tuple[list[Message], bool]:
    """The conversation for a model that cannot see: earlier images left out (and whether any were); images on
    the newest message are refused with what to do."""
    if messages and messages[-1].images:
        raise CannotSeeImages(
            say(
                "Engines",
                "This model cannot see images. Choose a model marked “sees images”, or pair this one with its "
                "vision companion (an mmproj file) in My Models.",
                "engines.cannot-see-images",
            )
        )
    stripped = [Message(m.role, m.content) if m.images else m for m in messages]
    return stripped, any(m.images for m in messages)


def projector_bytes(mmproj: Path) -> int:
    """What the projector adds to the memory estimate: its weights, held where the output head is. Its compute
    buffer for encoding an image is not counted (0.1 MiB for the test projector; real ones need more)."""
    try:
        return mmproj.stat().st_size
    except OSError:
        return 0
