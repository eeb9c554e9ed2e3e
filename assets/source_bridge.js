// Copy and Edit give the Markdown as written, not the HTML the Chatbot shows (issue 12, finding 2).
// Each rendered message carries its source in the title of an empty hidden <span class="kimi-src">
// (kimi_ui/ui/markdown.py).
// Gradio's Chatbot copies and edits its value, which is that HTML, so this script swaps in the source.
// It relies on Gradio's DOM, a private API (6.31): the buttons' aria-labels, and each message element
// [data-testid=user|bot] whose aria-label is "<role>'s message: <content>" (rewritten here to plain text). tests/ui/test_browser_copy_edit.py
// fails when an upgrade breaks it. Gradio's own handlers still run, so its "copied" feedback stays.
if (!window.kimiSourceWired) {
  window.kimiSourceWired = true;
  const LABEL = /^(user|bot)'s message: /;
  let pending = null;  // the text Gradio's copy handler is about to write, replaced by the source

  // Gradio labels each message element with its content, which is HTML here: screen readers would read the
  // markup. The label becomes the text (the source where there is one); the HTML is kept for Copy and Edit.
  const originals = new WeakMap();  // message element -> {content: as Gradio labelled it, shown: our label}
  const contentOf = (message) => {
    const label = message.getAttribute('aria-label') || '';
    const kept = originals.get(message);
    return kept && kept.shown === label ? kept.content : label.replace(LABEL, '');
  };
  const parsed = (content) => new DOMParser().parseFromString(content, 'text/html');  // inert: runs, loads nothing
  const plainOf = (content) => {
    const doc = parsed(content);
    const src = doc.querySelector('.kimi-src');
    return src ? src.getAttribute('title') : doc.body.textContent.trim();
  };
  const relabel = (message) => {
    const label = message.getAttribute('aria-label') || '';
    const role = label.match(LABEL);
    const kept = originals.get(message);
    if (!role || !label.includes('<') || (kept && kept.shown === label)) return;  // plain, or ours already
    const content = label.replace(LABEL, '');
    const shown = role[0] + plainOf(content);
    originals.set(message, {content, shown});
    message.setAttribute('aria-label', shown);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') relabel(record.target);
      for (const node of record.addedNodes || []) {
        if (!node.querySelectorAll) continue;
        if (node.matches('[data-testid=user], [data-testid=bot]')) relabel(node);
        node.querySelectorAll('[data-testid=user], [data-testid=bot]').forEach(relabel);
      }
    }
  }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});

  // The message's source, or null where it has none (a streaming answer, our own stats and pictures).
  const sourceOf = (message) => {
    const src = parsed(contentOf(message)).querySelector('.kimi-src');
    return src ? src.getAttribute('title') : null;
  };
  const textOf = (message) => plainOf(contentOf(message));
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
      // Messages only: stats lines, "‹ 2/3 ›" and attachment pictures carry no source and are left out;
      // reasoning says so.
      const parts = [];
      for (const message of document.querySelectorAll('#chat [data-testid=user], #chat [data-testid=bot]')) {
        const src = parsed(contentOf(message)).querySelector('.kimi-src');
        if (!src) continue;
        let role = message.getAttribute('data-testid') === 'bot' ? 'assistant' : 'user';
        if (src.classList.contains('kimi-src-thinking')) role = 'assistant (thinking)';
        parts.push(`${role}: ${src.getAttribute('title')}`);
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
