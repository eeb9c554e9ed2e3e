"""A tiny deterministic "Kimi" for a real llama.cpp server (issue 16): a GGUF file written with the `gguf`
package whose answers are known in advance, so the tests can run kimi-ui against the real engine (its chat
template, its kimi-k2 reasoning and tool-call parser, its tokenizer and context checks).

The model (llama architecture, one layer, float32, ~2 MB) is built by hand, not trained:
- The vocabulary: the 256 byte tokens (GPT-2's byte-to-unicode mapping; the prompt tokenizes byte by byte with
  the "kimi-k2" pre-tokenizer, but for the scripted words of letters, which merges put together: _merges), Kimi's special markers (`<|im_end|>`, `<|im_middle|>`, the tool-call
  markers, `<think>`, `</think>`, ...), and one token per word of the scripted outputs, each used once.
- Embeddings are one-hot (one residual dimension per token, plus a constant one). The output matrix maps the
  last token to the next one: each script is a chain, so greedy and sampled decoding (the logit margins are
  in the hundreds) give the same text whatever the sampling settings.
- One attention head per marker looks back over the whole prompt for a byte and raises a residual feature when
  it is there (RoPE is scaled away, so attention does not depend on position): `_` (present once tools are
  declared: `tool_declare`, tool names) and `#` (present once a tool result is in the history: the templates
  render it under "## Return of functions.NAME:IDX"). The only choices the model makes, after `<think>` and
  after `</think>`, follow those features: a plain answer, a tool call, or the answer after the tool result.
  So prompts of these tests must not contain `_` or `#` of their own.

The scripts (SCRIPTS) are what a test expects to see: the reasoning and the answer for each case, and the
call `functions.current_time:0` with `{}` as its arguments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SPECIAL = ("<|im_end|>", "<|im_user|>", "<|im_assistant|>", "<|im_system|>", "<|im_middle|>",
           "<|tool_calls_section_begin|>", "<|tool_calls_section_end|>", "<|tool_call_begin|>",
           "<|tool_call_argument_begin|>", "<|tool_call_end|>", "<think>", "</think>",
           "<|media_start|>", "<|media_content|>", "<|media_pad|>", "<|media_end|>")
TOOL_CALL = ("<|tool_calls_section_begin|>", "<|tool_call_begin|>", "functions.current_time:0",
             "<|tool_call_argument_begin|>", "{}", "<|tool_call_end|>", "<|tool_calls_section_end|>")


@dataclass(frozen=True)
class Script:
    reasoning: tuple[str, ...]
    answer: tuple[str, ...]  # words, or the tool call's tokens

    @property
    def reasoning_text(self) -> str:
        return "".join(self.reasoning)

    @property
    def answer_text(self) -> str:
        return "".join(self.answer)


SCRIPTS = {
    "plain": Script(("Any", " greeting", " deserves", " an", " answer."), ("Hello", " from", " tiny", " Kimi.")),
    "call": Script(("Checking", " what", " time", " it", " shows."), TOOL_CALL),
    "after_tool": Script(("Tool", " result", " arrived."), ("Now", " the", " clock", " reads", " well.")),
}
MARKERS = {"after_tool": "#", "call": "_"}  # the byte whose presence in the prompt picks each script
# Logit weights (x the normalised residual, ~10): a chain step 40; the choices after <think> and </think>:
# plain 15; call 10 + 10 when "_" was seen; after_tool 5 + 20 when "#" was seen (both seen: 25 > 20 > 15).
CHAIN, CHOICE = 40.0, {"plain": (15.0, 0.0), "call": (10.0, 10.0), "after_tool": (5.0, 20.0)}


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's printable stand-ins for the 256 bytes (what byte-level BPE vocabularies store)."""
    kept = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), 256))
    chars, extra = kept[:], 0
    for b in range(256):
        if b not in kept:
            kept.append(b)
            chars.append(256 + extra)
            extra += 1
    return dict(zip(kept, (chr(c) for c in chars)))


BYTES = _bytes_to_unicode()
_BYTE_OF = {c: b for b, c in BYTES.items()}


def _piece(text: str) -> str:
    return text if text in SPECIAL else "".join(BYTES[b] for b in text.encode())


def _merges(tokens: list[str], types: list, normal: object) -> list[str]:
    """BPE merges that put a scripted word written back in a prompt together again (" greeting" is one token, not
    nine bytes): a partial answer sent to be continued ends with the word the model's chain goes on from. Only
    words of letters (with their leading space): the pre-tokenizer splits off punctuation anyway, and the marker
    bytes `_` and `#` must stay bytes in a prompt. The partial words become tokens too (never written)."""
    merges: list[str] = []
    for word in [t for t in tokens[256:] if t not in SPECIAL]:
        text = "".join(chr(b) for b in bytes(_BYTE_OF[c] for c in word))
        if not re.fullmatch(r" ?[A-Za-z]+", text) or len(word) < 2:
            continue
        for end in range(2, len(word) + 1):
            left, right, whole = word[:end - 1], word[end - 1], word[:end]
            if f"{left} {right}" not in merges:
                merges.append(f"{left} {right}")
            if whole not in tokens:
                tokens.append(whole)
                types.append(normal)
    return merges


def build(path: Path, chat_template: str, context: int = 4096) -> Path:
    """Write the model to `path` with `chat_template` as its template; returns the path."""
    import gguf  # (a test dependency: requirements-dev.txt)

    tokens = [BYTES[b] for b in range(256)] + list(SPECIAL)
    types = [gguf.TokenType.NORMAL] * 256 + [
        gguf.TokenType.CONTROL if s == "<|im_end|>" else gguf.TokenType.USER_DEFINED for s in SPECIAL]
    ids = {s: 256 + i for i, s in enumerate(SPECIAL)}

    def chain(words: tuple[str, ...]) -> list[int]:
        out = []
        for word in words:
            if word in ids:
                out.append(ids[word])
                continue
            piece = _piece(word)
            assert piece not in tokens, f"{word!r} is used twice: every scripted word must be its own token"
            tokens.append(piece)
            types.append(gguf.TokenType.NORMAL)
            out.append(len(tokens) - 1)
        return out

    sequences = {name: [ids["<think>"], *chain(s.reasoning), ids["</think>"], *chain(s.answer), ids["<|im_end|>"]]
                 for name, s in SCRIPTS.items()}
    merges = _merges(tokens, types, gguf.TokenType.NORMAL)
    n_vocab = len(tokens)
    constant, seen = n_vocab, {name: n_vocab + 1 + i for i, name in enumerate(MARKERS)}
    width = n_vocab + 1 + len(MARKERS)
    width += -width % 4  # two heads of equal, even size (RoPE turns pairs of dimensions)
    head = width // 2
    embedding = np.zeros((n_vocab, width), np.float32)
    embedding[np.arange(n_vocab), np.arange(n_vocab)] = 1.0
    embedding[:, constant] = 1.0
    norm = np.sqrt(width / 2)  # an RMS-normalised embedding: two entries of this size
    strength = np.sqrt(30.0 / norm)  # query . key = 30 on the marker, 0 elsewhere
    wq, wk, wv, wo = (np.zeros((width, width), np.float32) for _ in range(4))
    for h, (name, byte) in enumerate(MARKERS.items()):
        marker = tokens.index(BYTES[ord(byte)])
        wq[h * head, constant] = strength
        wk[h * head, marker] = strength
        wv[h * head + 1, marker] = 1.0 / norm
        wo[seen[name], h * head + 1] = 1.0
    output = np.zeros((n_vocab, width), np.float32)
    choosing = {ids["<think>"], ids["</think>"]}
    for name, sequence in sequences.items():
        previous = ids["<|im_middle|>"]
        for token in sequence:
            if previous in choosing:
                own, feature = CHOICE[name]
                output[token, previous] += own
                if name in seen:
                    output[token, seen[name]] += feature
            else:
                output[token, previous] = CHAIN
            previous = token

    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_context_length(context)
    writer.add_embedding_length(width)
    writer.add_block_count(1)
    writer.add_feed_forward_length(8)
    writer.add_head_count(2)
    writer.add_head_count_kv(2)
    writer.add_rope_dimension_count(head)
    writer.add_layer_norm_rms_eps(1e-6)
    writer.add_rope_freq_base(10000.0)
    writer.add_rope_scaling_type(gguf.RopeScalingType.LINEAR)
    writer.add_rope_scaling_factor(1e6)  # positions x 1e-6: attention sees no position
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("kimi-k2")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges(merges)
    writer.add_eos_token_id(ids["<|im_end|>"])
    writer.add_bos_token_id(ids["<|im_end|>"])
    writer.add_add_bos_token(False)
    writer.add_chat_template(chat_template)
    ones = np.ones(width, np.float32)
    for name, tensor in (("token_embd.weight", embedding), ("output_norm.weight", ones), ("output.weight", output),
                         ("blk.0.attn_norm.weight", ones), ("blk.0.attn_q.weight", wq), ("blk.0.attn_k.weight", wk),
                         ("blk.0.attn_v.weight", wv), ("blk.0.attn_output.weight", wo),
                         ("blk.0.ffn_norm.weight", ones), ("blk.0.ffn_gate.weight", np.zeros((8, width), np.float32)),
                         ("blk.0.ffn_up.weight", np.zeros((8, width), np.float32)),
                         ("blk.0.ffn_down.weight", np.zeros((width, 8), np.float32))):
        writer.add_tensor(name, tensor)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


GENERATION_PROMPT = "<|im_assistant|>assistant<|im_middle|>"
THINKING_SWITCH = ("{%- if add_generation_prompt -%}\n  <|im_assistant|>assistant<|im_middle|>"
                   "{%- if thinking is defined and not thinking -%}<think></think>{%- else -%}<think>{%- endif -%}\n"
                   "{%- endif -%}\n")


def k25_template(k2_thinking: str) -> str:
    """Kimi-K2-Thinking.jinja (llama.cpp's models/templates) with K2.5's thinking switch: the generation
    prompt opens the reasoning (`<think>`), or closes it at once when `thinking` is false (instant mode,
    chat_template_kwargs {"thinking": false}), as kimi-wire-facts.md describes K2.5's template."""
    start = k2_thinking.rindex("{%- if add_generation_prompt -%}")
    assert GENERATION_PROMPT in k2_thinking[start:], "the template's generation prompt changed"
    return k2_thinking[:start] + THINKING_SWITCH
