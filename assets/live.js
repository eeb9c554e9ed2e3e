// Answers being written (issue 13, kimi_ui/ui/live.py): runs as the js_on_load of the hidden `live`
// component, whose value says whether the conversation shown is answering.
// - While it answers, the composer's send button is its Stop button (style.css, body.kimi-answering) and
//   Esc stops.
// - A dropped connection (sleep, a network change, a restarted server) re-attaches by itself: the list's
//   `reattach:<address>` action (window.kimiAction, layout.py's LINK_BRIDGE) shows the conversation again and
//   follows its answer. Gradio's client only reports a broken stream to the events waiting on it, so this
//   watches the stream itself (its fetch of queue/data) and the browser's online/visibility events.
const kimiLive = () => {
  let live = {};
  try {
    live = JSON.parse(props.value || '{}');
  } catch (error) {
    live = {};
  }
  document.body.classList.toggle('kimi-answering', live.answering === true);
};
watch('value', kimiLive);
kimiLive();

if (!window.kimiLiveWired) {
  window.kimiLiveWired = true;
  let wait = 1000;
  let timer = null;
  let hiddenSince = 0;
  const reattach = (delay) => {
    if (timer !== null || !window.kimiAction) return;
    timer = setTimeout(() => {
      timer = null;
      if (navigator.onLine === false) return; // the `online` event comes back here
      window.kimiAction('reattach:' + location.pathname);
    }, delay);
  };
  const broken = () => {
    reattach(wait);
    wait = Math.min(wait * 2, 4000);
  };
  const plainFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : (input && input.url) || '';
    if (!url.includes('/queue/data')) return plainFetch(input, init);
    let response;
    try {
      response = await plainFetch(input, init);
    } catch (error) {
      if (error && error.name !== 'AbortError') broken();
      throw error;
    }
    if (!response.ok || !response.body) {
      broken();
      return response;
    }
    wait = 1000;
    const reader = response.body.getReader();
    const body = new ReadableStream({
      async pull(controller) {
        try {
          const {done, value} = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          if (error && error.name !== 'AbortError') broken();
          controller.error(error);
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    return new Response(body, {status: response.status, statusText: response.statusText, headers: response.headers});
  };
  window.addEventListener('online', () => reattach(0));
  window.addEventListener('pageshow', (event) => { if (event.persisted) reattach(0); });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hiddenSince = Date.now();
    else if (document.body.classList.contains('kimi-answering') && Date.now() - hiddenSince > 2000) reattach(0);
  });
  // What is typed survives a reload of the page, ours or Gradio's own after a lost connection (per address,
  // in this tab only: sessionStorage).
  const draftKey = () => 'kimi-draft:' + location.pathname;
  let skipDraft = false;  // set when signing out
  window.addEventListener('pagehide', () => {
    if (skipDraft) return;
    const box = document.querySelector('#composer textarea');
    if (box && box.value) sessionStorage.setItem(draftKey(), box.value);
    else sessionStorage.removeItem(draftKey());
  });
  const restoreDraft = (tries) => {
    const draft = sessionStorage.getItem(draftKey());
    if (!draft) return;
    const box = document.querySelector('#composer textarea');
    if (!box || box.disabled || box.readOnly) {
      if (tries > 0) setTimeout(() => restoreDraft(tries - 1), 250);
      return;
    }
    if (!box.value) {
      box.value = draft;
      box.dispatchEvent(new Event('input', {bubbles: true}));
    }
    sessionStorage.removeItem(draftKey());
  };
  restoreDraft(60);
  // Signing out forgets this tab's drafts: the next person to sign in here must not find them.
  document.addEventListener('submit', (event) => {
    if (!event.target.closest || !event.target.closest('form.kimi-logout')) return;
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith('kimi-draft:')) sessionStorage.removeItem(key);
    }
    skipDraft = true;
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !document.body.classList.contains('kimi-answering')) return;
    if (event.defaultPrevented || document.querySelector('dialog[open], :popover-open')) return;  // Esc closes that first
    const stop = document.querySelector('#composer .stop-button');
    if (stop) {
      event.preventDefault();
      stop.click();
    }
  });
}
