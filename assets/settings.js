// The user's settings as the page applies them (kimi_ui/ui/settings_panel.py): runs as the js_on_load of
// the hidden `kimi-prefs` component, whose value is {"theme", "enter_sends", "lang", "saved", "labels"}.
// - Theme: light or dark sets Gradio's `dark` class on the body; "system" follows the browser.
// - Enter sends or not: when not, Enter is a new line and Ctrl/Cmd+Enter sends.
// - The page's language is the document's; a saved change of language reloads the page (labels come from
//   the server at load; the draft survives a reload), and every change is told to this browser's other
//   tabs (BroadcastChannel), which apply it at once too; their panel shows the stored settings again when
//   it opens, or at once when it is open.
// - Labels: Gradio's message box names its upload button, its group and its stop button in English only
//   (fixed strings of the component), and a toast's header is its kind in English ("Warning"); they get
//   the page's words, again whenever Gradio draws them anew.
const kimiLabelToasts = () => {
  const labels = window.kimiComposerLabels;
  if (!labels || !labels.toast) return;
  for (const toast of document.querySelectorAll('.toast-wrap .toast-body')) {
    const kind = ['warning', 'info', 'error', 'success'].find((name) => toast.classList.contains(name));
    const title = toast.querySelector('.toast-title');
    const words = kind && labels.toast[kind];
    const node = title && title.firstChild;
    if (words && node && node.nodeType === Node.TEXT_NODE && node.data.trim() !== words) node.data = words + ' ';
    const close = toast.querySelector('.toast-close');
    if (close && labels.close && close.getAttribute('aria-label') !== labels.close) {
      close.setAttribute('aria-label', labels.close);
    }
  }
};
const kimiLabelComposer = () => {
  const labels = window.kimiComposerLabels;
  const composer = document.getElementById('composer');
  if (!labels || !composer) return;
  const name = (selector, words) => {
    if (!words) return;
    for (const el of composer.querySelectorAll(selector)) {
      if (el.getAttribute('aria-label') !== words) el.setAttribute('aria-label', words);
      if (el.tagName === 'BUTTON' && el.getAttribute('title') !== words) el.setAttribute('title', words);
    }
  };
  name('[data-testid="upload-button"]', labels.upload);
  name('[role="group"][aria-label]', labels.group);
  name('button.stop-button', labels.stop);
  name('button.submit-button', labels.send);
  name('[aria-label="Click to upload or drop files"], [aria-label="File upload"]', labels.upload_area);
  name('[aria-label="Uploaded files"]', labels.files);  // (its thumbnails stay hidden: composer.css, by label)
  // The hint follows "Enter sends" at once (the server words it so at the next load or backend change).
  const box = composer.querySelector('textarea');
  const [now, other] = window.kimiEnterSends === false ? [labels.hint_ctrl, labels.hint] : [labels.hint, labels.hint_ctrl];
  if (box && now && other && box.placeholder.startsWith(other)) box.placeholder = now + box.placeholder.slice(other.length);
};
const kimiApplyPrefs = (prefs, fromHere) => {
  if (!prefs || !prefs.theme) return;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  window.kimiTheme = prefs.theme;
  const dark = prefs.theme === 'dark' || (prefs.theme === 'system' && system.matches);
  document.body.classList.toggle('dark', dark);
  window.kimiEnterSends = prefs.enter_sends !== false;
  if (prefs.labels) {
    window.kimiComposerLabels = prefs.labels;
    kimiLabelComposer();
    const composer = document.getElementById('composer');
    if (composer && !window.kimiComposerWatched) {  // (only added nodes: its own attributes never loop)
      window.kimiComposerWatched = new MutationObserver(kimiLabelComposer);
      window.kimiComposerWatched.observe(composer, {childList: true, subtree: true});
    }
    kimiLabelToasts();
    const toasts = document.querySelector('.toast-wrap');
    if (toasts && !window.kimiToastsWatched) {
      window.kimiToastsWatched = new MutationObserver(kimiLabelToasts);
      window.kimiToastsWatched.observe(toasts, {childList: true, subtree: true});
    }
  }
  const was = document.documentElement.lang;
  if (prefs.lang) document.documentElement.lang = prefs.lang;
  if (prefs.saved && fromHere && window.kimiPrefsChannel) {
    window.kimiPrefsChannel.postMessage({theme: prefs.theme, enter_sends: prefs.enter_sends, lang: prefs.lang});
  }
  if (prefs.saved && was && prefs.lang && was !== prefs.lang) setTimeout(() => location.reload(), 300);
};
const kimiPrefsFromValue = () => {
  let prefs = {};
  try {
    prefs = JSON.parse(props.value || '{}');
  } catch (error) {
    prefs = {};
  }
  kimiApplyPrefs(prefs, true);
};
watch('value', kimiPrefsFromValue);
kimiPrefsFromValue();
// The panel's fields as stored (SettingsMixin.settings_now): another tab may have changed them.
window.kimiPrefsRefresh = () => trigger('click', {});

if (!window.kimiPrefsWired) {
  window.kimiPrefsWired = true;
  if ('BroadcastChannel' in window) {
    window.kimiPrefsChannel = new BroadcastChannel('kimi-ui-settings');
    window.kimiPrefsChannel.onmessage = (event) => {
      const prefs = event.data || {};
      const was = document.documentElement.lang;
      kimiApplyPrefs({...prefs, saved: false}, false);
      if (prefs.lang && was && was !== prefs.lang) location.reload();  // its labels are the server's
      // (not while instructions are being typed here: they are saved when the field is left)
      else if (document.body.classList.contains('kimi-settings-open') && window.kimiPrefsRefresh
               && !document.querySelector('#kimi-settings textarea:focus')) window.kimiPrefsRefresh();
    };
  }
  // Opening the panel (assets/page.js toggles it on the button's click) shows the settings as stored.
  document.addEventListener('click', (event) => {
    if (!event.target.closest || !event.target.closest('#settings-btn')) return;
    setTimeout(() => {
      if (document.body.classList.contains('kimi-settings-open') && window.kimiPrefsRefresh) window.kimiPrefsRefresh();
    }, 0);
  }, true);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    if (window.kimiTheme === 'system') document.body.classList.toggle('dark', event.matches);
  });
  // Enter in the message box: Gradio sends on Enter (its keypress handler); when the user turned that off,
  // Enter stays a new line (these listeners on the window run first and keep the event from Gradio's) and
  // Ctrl/Cmd+Enter sends.
  const inComposer = (event) => event.key === 'Enter' && !event.shiftKey && window.kimiEnterSends === false
    && event.target && event.target.closest && event.target.closest('#composer') && event.target.tagName === 'TEXTAREA';
  window.addEventListener('keydown', (event) => {
    if (!inComposer(event) || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopPropagation();
    const send = document.querySelector('#composer button.submit-button');
    if (send) send.click();
  }, true);
  window.addEventListener('keypress', (event) => {
    if (inComposer(event)) event.stopPropagation();  // the default stays: a new line
  }, true);
}
