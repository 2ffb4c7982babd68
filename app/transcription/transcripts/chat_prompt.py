"""What "Send to chat" gives the chat: the transcript as the conversation's context, and ready questions."""

from __future__ import annotations

from app.transcription.transcripts.model import Transcript

READY_PROMPTS = ("Summarize this.", "List the action items, with who does what.", "")  # "" = ask your own


def chat_context(name: str, transcript: Transcript) -> str:
    return (
        f"The user shares the transcript of the recording “{name}”, made by Whisper on this computer; it may "
        "contain mishearings. Answer questions about it from its content.\n\n"
        f"<transcript>\n{transcript.text()}\n</transcript>"
    )
