// The page's own behaviour around Gradio's components (kimi_ui/ui/chrome.py), run once as the js_on_load of
// the menu button:
// - on a narrow screen the conversations are a drawer: the menu button opens it, a pick or Esc closes it;
//   on a wide one the button folds the sidebar away;
// - the settings panel opens over the page (Settings), its × or Esc closes it;
// - keyboard shortcuts (Ctrl/Cmd+Shift+O new chat, Ctrl/Cmd+K search, Shift+Esc message box,
//   Ctrl/Cmd+Shift+C copy the last code block, Ctrl/Cmd+/ the list); Esc closes what is open before
//   assets/live.js may stop an answer;
// - quick prompts go in at the cursor, never over what was typed;
// - the message box has the focus when the page is ready and after each send.
if (!window.kimiPageWired) {
  window.kimiPageWired = true;
  const narrow = window.matchMedia('(max-width: 768px)');
  const box = () => document.querySelector('#composer textarea');
  const menu = () => document.querySelector('.kimi-menu-button');
  const focusBox = () => {
    const area = box();
    if (area && !area.disabled) area.focus({preventScroll: true});
  };
  const setDrawer = (open) => {
    document.body.classList.toggle('kimi-drawer', open && narrow.matches);
    if (!narrow.matches) document.body.classList.toggle('kimi-nosidebar', !open);
    const button = menu();
    if (button) button.setAttribute('aria-expanded', String(open));
    if (open && narrow.matches) {
      const first = document.querySelector('#new-chat');
      if (first) first.focus();
    }
  };
  // The settings panel lies over the page, on the right (chrome.py SETTINGS_HEAD, layout.py #kimi-settings).
  const settingsButton = () => document.querySelector('#settings-btn');
  const settingsOpen = () => document.body.classList.contains('kimi-settings-open');
  const setSettings = (open) => {
    document.body.classList.toggle('kimi-settings-open', open);
    const panel = document.querySelector('#kimi-settings');
    if (panel) panel.classList.toggle('open', open);
    const button = settingsButton();
    if (button) button.setAttribute('aria-expanded', String(open));
    if (open) {
      const close = document.querySelector('.kimi-settings-close');
      if (close) close.focus();
    } else if (button && panel && panel.contains(document.activeElement)) {
      button.focus();
    }
  };
  const drawerOpen = () => narrow.matches ? document.body.classList.contains('kimi-drawer')
    : !document.body.classList.contains('kimi-nosidebar');
  if (menu()) menu().setAttribute('aria-expanded', String(!narrow.matches));  // the list shows on a wide screen
  if (settingsButton()) {
    settingsButton().setAttribute('aria-expanded', 'false');
    settingsButton().setAttribute('aria-controls', 'kimi-settings');
  }
  const settingsPanel = document.querySelector('#kimi-settings');
  if (settingsPanel) {
    settingsPanel.setAttribute('role', 'region');
    settingsPanel.setAttribute('aria-labelledby', 'kimi-settings-title');
  }
  narrow.addEventListener('change', () => {
    document.body.classList.remove('kimi-drawer', 'kimi-nosidebar');
    const button = menu();
    if (button) button.setAttribute('aria-expanded', String(!narrow.matches));
  });

  // What the buttons that open and close the drawer and the settings panel do.
  const OPENERS = [
    ['.kimi-menu-button', () => setDrawer(!drawerOpen())],
    ['.kimi-drawer-close', () => {
      setDrawer(false);
      if (menu()) menu().focus();
    }],
    ['#settings-btn', () => setSettings(!settingsOpen())],
    ['.kimi-settings-close', () => setSettings(false)],
  ];
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!target.closest) return;
    if (target.closest('a.kimi-skip')) {
      event.preventDefault();
      focusBox();
      return;
    }
    const opener = OPENERS.find(([selector]) => target.closest(selector));
    if (opener) {
      opener[1]();
      return;
    }
    // A pick in the drawer (a chat, a search hit, New chat, a temporary chat) closes it; so does a tap beside it.
    if (document.body.classList.contains('kimi-drawer')) {
      const picked = target.closest('#kimi-sidebar a.kimi-conv, #kimi-sidebar a.kimi-hit, #new-chat, '
                                    + '#kimi-sidebar a[href="#kimi:temporary"]');
      if (picked || !target.closest('#kimi-sidebar')) setDrawer(false);
    }
    // A list item's menu: its links are actions (layout.py's link bridge) that close the menu; Rename edits the
    // title in place (Enter or leaving the field saves, Esc cancels); Delete asks first.
    const pop = target.closest('.kimi-conv-pop');
    if (pop) {
      if (target.closest('a')) pop.hidePopover();
      if (target.closest('.kimi-ask-delete')) pop.querySelector('.kimi-delete-ask').hidden = false;
      const rename = target.closest('.kimi-rename');
      if (rename) {
        pop.hidePopover();
        startRename(rename.dataset.id, rename.dataset.ask || rename.textContent);
      }
    }
    const quick = target.closest('button.kimi-quick');
    if (quick) {
      const area = box();
      if (!area) return;
      const start = area.selectionStart ?? area.value.length;
      const end = area.selectionEnd ?? start;
      const words = quick.dataset.prompt || '';
      const before = area.value.slice(0, start);
      const spaced = (before && !/\s$/.test(before) ? ' ' : '') + words;
      area.focus();
      area.setRangeText(spaced, start, end, 'end');
      area.dispatchEvent(new Event('input', {bubbles: true}));
    }
  }, true);

  // A menu opens under its button (a popover sits in the top layer, placed here), and forgets a pending
  // "Delete?" when it closes.
  document.addEventListener('toggle', (event) => {
    const pop = event.target;
    if (!pop.classList || !pop.classList.contains('kimi-conv-pop')) return;
    if (event.newState !== 'open') {
      const ask = pop.querySelector('.kimi-delete-ask');
      if (ask) ask.hidden = true;
      return;
    }
    const button = document.querySelector(`[popovertarget="${CSS.escape(pop.id)}"]`);
    if (!button) return;
    const at = button.getBoundingClientRect();
    const below = at.bottom + pop.offsetHeight + 8 < window.innerHeight;
    pop.style.top = `${below ? at.bottom + 4 : Math.max(8, at.top - pop.offsetHeight - 4)}px`;
    pop.style.left = `${Math.max(8, Math.min(at.right - pop.offsetWidth, window.innerWidth - pop.offsetWidth - 8))}px`;
  }, true);
  // Rename in place: the title becomes a field (assets/organise.js, kimiTypeIn) whose Enter or blur saves.
  const startRename = (id, label) => {
    const link = document.querySelector(`#conv-list a.kimi-conv[data-id="${CSS.escape(id)}"]`);
    if (!link || !window.kimiTypeIn) return;
    window.kimiTypeIn(link, link.getAttribute('title') || '', label, 200, (title) => {
      link.querySelector('.kimi-conv-title').textContent = title;  // at once; the list comes back from the server
      if (window.kimiAction) window.kimiAction('rename:' + id + ':' + title);
    });
  };
  // A backend's option is one line with an ellipsis (style.css): its full name shows on hover.
  document.addEventListener('pointerover', (event) => {
    const option = event.target.closest && event.target.closest('#backend-picker li[role="option"]');
    if (option && !option.title) option.title = (option.getAttribute('aria-label') || option.textContent).trim();
  });
  const shortcuts = () => document.querySelector('dialog.kimi-shortcuts');
  const copyLastCode = async () => {
    const blocks = document.querySelectorAll('#chat .kimi-answer pre code');
    const last = blocks[blocks.length - 1];
    if (!last) return;
    try {
      await navigator.clipboard.writeText(last.textContent || '');
    } catch (error) {
      const area = document.createElement('textarea');
      area.value = last.textContent || '';
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
  };
  document.addEventListener('keydown', (event) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (event.key === 'Escape' && event.shiftKey) {
      event.preventDefault();
      focusBox();
    } else if (event.key === 'Escape' && settingsOpen() && !document.querySelector('dialog[open]')) {
      event.preventDefault();  // closes the panel; live.js leaves an answer alone then
      setSettings(false);
      if (settingsButton()) settingsButton().focus();
    } else if (event.key === 'Escape' && document.body.classList.contains('kimi-drawer')) {
      event.preventDefault();  // closes the drawer; live.js leaves an answer alone then
      setDrawer(false);
      if (menu()) menu().focus();
    } else if (mod && event.shiftKey && key === 'o') {
      event.preventDefault();
      const button = document.querySelector('#new-chat');
      if (button) button.click();
      setTimeout(focusBox, 300);
    } else if (mod && !event.shiftKey && key === 'k') {
      event.preventDefault();
      if (narrow.matches) setDrawer(true);
      const search = document.querySelector('#conv-search input, #conv-search textarea');
      if (search) search.focus();
    } else if (mod && event.shiftKey && key === 'c') {
      event.preventDefault();
      copyLastCode();
    } else if (mod && (key === '/' || key === '?')) {
      event.preventDefault();
      const dialog = shortcuts();
      if (dialog && !dialog.open) dialog.showModal();
    }
  }, true);

  // The message box: focused once the page has its data (load enables it), and again after each send.
  const ready = new MutationObserver(() => {
    const area = box();
    if (area && !area.disabled) {
      ready.disconnect();
      if (!document.activeElement || document.activeElement === document.body) focusBox();
    }
  });
  ready.observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['disabled']});
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && event.target === box()) setTimeout(focusBox, 0);
  });
}
