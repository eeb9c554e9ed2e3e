// Copy and Edit give the Markdown as written, not the HTML the Chatbot shows (issue 12, finding 2).
// Each rendered message carries its source in the title of an empty hidden <span class="kimi-src">
// (kimi_ui/ui/markdown.py).
// Gradio's Chatbot copies and edits its value, which is that HTML, so this script swaps in the source.
// It relies on Gradio's DOM, a private API (6.31): the buttons' aria-labels, and each message element
// [data-testid=user|bot] whose aria-label is "<role>'s message: <content>". tests/ui/test_browser_copy_edit.py
// fails when an upgrade breaks it. Gradio's own handlers still run, so its "copied" feedback stays.
if (!window.kimiSourceWired) {
  window.kimiSourceWired = true;
  const LABEL = /^(user|bot)'s message: /;
  let pending = null;  // the text Gradio's copy handler is about to write, replaced by the source

  // The message's source: its content parsed inert (a DOMParser document runs and loads nothing).
  const sourceOf = (message) => {
    const content = (message.getAttribute('aria-label') || '').replace(LABEL, '');
    const doc = new DOMParser().parseFromString(content, 'text/html');
    const src = doc.querySelector('.kimi-src');
    return src ? src.getAttribute('title') : null;
  };
  const textOf = (message) => {
    const source = sourceOf(message);
    if (source !== null) return source;
    const content = (message.getAttribute('aria-label') || '').replace(LABEL, '');
    return new DOMParser().parseFromString(content, 'text/html').body.textContent.trim();
  };
  const rowOf = (button) => {
    let row = button.closest('.message-buttons');
    while (row && !row.classList.contains('message-row')) row = row.previousElementSibling;
    return row;
  };
  const messageIn = (row) => row && row.querySelector('[data-testid=user], [data-testid=bot]');

  // Gradio writes with navigator.clipboard.writeText (or, without it, execCommand('copy')) synchronously
  // within the click: either way the pending source is what lands in the clipboard.
  if (navigator.clipboard) {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      const source = pending;
      pending = null;
      return write(source === null ? text : source);
    };
  }
  document.addEventListener('copy', (event) => {
    if (pending === null) return;
    event.clipboardData.setData('text/plain', pending);
    event.preventDefault();
    pending = null;
  }, true);

  const setPending = (text) => {
    pending = text;
    setTimeout(() => { pending = null; }, 0);  // never outlives this click
  };

  const fillEditBox = (row, source, frames) => {
    const box = (row && row.isConnected && row.querySelector('textarea.edit-textarea'))
      || document.querySelector('#chat textarea.edit-textarea');
    if (!box) {
      if (frames > 0) requestAnimationFrame(() => fillEditBox(row, source, frames - 1));
      return;
    }
    box.value = source;
    box.dispatchEvent(new Event('input', {bubbles: true}));  // Gradio's binding takes the new value
  };

  document.addEventListener('click', (event) => {
    const button = event.target.closest ? event.target.closest('#chat button[aria-label]') : null;
    if (!button) return;
    const label = button.getAttribute('aria-label');
    if (label === 'Copy message') {
      const message = messageIn(rowOf(button));
      const text = message && textOf(message);  // a streaming answer has no source yet: its text
      if (text) setPending(text);
    } else if (label === 'Copy conversation') {
      const parts = [];
      for (const message of document.querySelectorAll('#chat [data-testid=user], #chat [data-testid=bot]')) {
        const text = textOf(message);
        const role = message.getAttribute('data-testid') === 'bot' ? 'assistant' : 'user';
        if (text) parts.push(`${role}: ${text}`);
      }
      setPending(parts.join('\n\n'));
    } else if (label === 'Edit') {
      const row = rowOf(button);
      const message = messageIn(row);
      const source = message && sourceOf(message);
      if (source !== null && source !== undefined) requestAnimationFrame(() => fillEditBox(row, source, 60));
    }
  }, true);
}
