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
  // Behind a load balancer (deploy/nginx), the process that served this page may be gone (killed, drained,
  // restarted) and another one now answers its address: this page's Gradio session stayed behind, so the page
  // loads again from the new one (what is typed survives: see the drafts below) instead of re-attaching.
  const served = document.querySelector('meta[name="kimi-instance"]');
  const moved = async () => {
    if (!served) return false;
    try {
      const response = await fetch(served.dataset.health, {cache: 'no-store', credentials: 'same-origin'});
      return response.ok && (await response.json()).instance !== served.content;
    } catch (error) {
      return false;
    }
  };
  let reloading = false;
  const reloadIfMoved = async () => {
    if (reloading || !(await moved())) return false;
    reloading = true;
    location.reload();
    return true;
  };
  const broken = async () => {
    if (await reloadIfMoved()) return;
    reattach(wait);
    wait = Math.min(wait * 2, 4000);
  };
  // An idle page has no stream to break: it asks now and then while it is shown.
  setInterval(() => { if (document.visibilityState === 'visible') reloadIfMoved(); }, 15000);
  // Gradio's client ends its event stream on the server's close_stream even when it joined an event after the
  // server sent that (the close was still on its way): the event's answer then never comes, and the events
  // chained after it never run (a list click showed nothing; a rename never reached the list). So the stream
  // the client reads goes on: a close is held back while an event it joined is unanswered, and a new stream
  // from the server (which keeps the session's messages meanwhile) continues it.
  const plainFetch = window.fetch.bind(window);
  const unanswered = new Set();  // event ids joined and not yet completed
  const finished = new Set();  // the last ones completed (an answer may come before its join's response)
  const joining = new Set();  // joins on their way
  const join = (input, init) => {
    const sent = plainFetch(input, init);
    const known = sent.then(async (response) => {
      if (!response.ok) return;
      const id = (await response.clone().json().catch(() => ({}))).event_id;
      if (typeof id === 'string' && !finished.has(id)) unanswered.add(id);
    }).catch(() => {});
    joining.add(known);
    known.then(() => joining.delete(known));
    return sent;
  };
  const open = async (input, init) => {
    let response;
    try {
      response = await plainFetch(input, init);
    } catch (error) {
      if (error && error.name !== 'AbortError') broken();
      throw error;
    }
    if (!response.ok || !response.body) broken();
    return response;
  };
  // One SSE message (its lines without the blank one): the close to hold back, or null to pass it on.
  const held = (block) => {
    if (!block.includes('process_completed') && !block.includes('close_stream')) return null;  // most: unparsed
    const line = block.split('\n').find((l) => l.startsWith('data:'));
    if (!line) return null;
    let message;
    try {
      message = JSON.parse(line.slice(5));
    } catch (error) {
      return null;
    }
    if (message.msg === 'process_completed') {
      unanswered.delete(message.event_id);
      finished.add(message.event_id);
      if (finished.size > 200) finished.delete(finished.values().next().value);
    }
    return message.msg === 'close_stream' ? message : null;
  };
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : (input && input.url) || '';
    if (url.includes('/queue/join')) return join(input, init);
    if (!url.includes('/queue/data')) return plainFetch(input, init);
    const response = await open(input, init);
    if (!response.ok || !response.body) return response;
    wait = 1000;
    let reader = response.body.getReader();
    let text = '';
    let continued = 0;
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    const body = new ReadableStream({
      async pull(controller) {
        try {
          for (;;) {
            const {done, value} = await reader.read();
            if (done) {
              if (text) controller.enqueue(encoder.encode(text));
              controller.close();
              return;
            }
            text += decoder.decode(value, {stream: true});
            const blocks = text.split('\n\n');
            text = blocks.pop();
            let passed = '';
            for (const block of blocks) {
              if (!held(block)) {
                passed += block + '\n\n';
                continue;
              }
              await Promise.all([...joining]);
              if (!unanswered.size || continued >= 20) {
                passed += block + '\n\n';
                continue;
              }
              continued += 1;  // this server stream ends here: the next one carries on
              if (passed) controller.enqueue(encoder.encode(passed));
              passed = '';
              reader.cancel().catch(() => {});
              const next = await open(input, init);
              if (!next.ok || !next.body) throw new Error('the event stream could not be continued');
              reader = next.body.getReader();
              text = '';
              break;
            }
            if (passed) {
              controller.enqueue(encoder.encode(passed));
              return;
            }
          }
        } catch (error) {
          unanswered.clear();
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
  const resume = async () => { if (!(await reloadIfMoved())) reattach(0); };
  window.addEventListener('online', resume);
  window.addEventListener('pageshow', (event) => { if (event.persisted) resume(); });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hiddenSince = Date.now();
    else if (document.body.classList.contains('kimi-answering') && Date.now() - hiddenSince > 2000) resume();
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
  // Stop (or Esc) while the composer still waits for the first words (kimi_ui/ui/queue_view.py ROUTE_JS): the
  // wait ends and Gradio takes the message, then ROUTE_JS presses Stop again, as after the first words.
  document.addEventListener('click', (event) => {
    const sending = window.kimiSending;
    if (!sending || !event.target.closest || !event.target.closest('#composer .stop-button')) return;
    event.preventDefault();
    event.stopPropagation();
    sending.stop();
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
