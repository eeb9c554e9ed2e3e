// Organising the list (kimi_ui/ui/sidebar.py draws it, kimi_ui/ui/organise.py acts): a new folder and a
// folder's new name are typed in place (Enter or leaving the field saves, Esc cancels); a chat is dragged
// onto a folder (or back to the list); Select shows a checkbox per chat (shift-click picks a range) and a
// bar of bulk actions whose Delete asks first, saying how many. The selection lives here, so it survives
// the list being drawn again; every action goes to the server as `#kimi:` actions (window.kimiAction).
if (!window.kimiOrganiseWired) {
  window.kimiOrganiseWired = true;
  const picked = new Set();
  let lastPick = null;
  const list = () => document.querySelector('#conv-list');
  const act = (action) => window.kimiAction && window.kimiAction(action);
  const selecting = () => document.body.classList.contains('kimi-selecting');
  const plural = (element, count) => {
    const words = element.dataset[count === 1 ? 'one' : 'other'] || '';
    return words.replace('{count}', count.toLocaleString(document.documentElement.lang || undefined));
  };
  // The bar, the checkboxes and the export link as the selection is now (after each change and redraw).
  const sync = () => {
    const root = list();
    if (!root) return;
    const present = new Set([...root.querySelectorAll('input.kimi-pick')].map((box) => box.value));
    for (const id of [...picked]) if (!present.has(id)) picked.delete(id);
    root.querySelectorAll('input.kimi-pick').forEach((box) => { box.checked = picked.has(box.value); });
    const bar = root.querySelector('.kimi-bulk');
    const toggle = root.querySelector('.kimi-select');
    if (toggle) {
      toggle.setAttribute('aria-pressed', String(selecting()));
      if (!toggle.dataset.label) toggle.dataset.label = toggle.textContent;
    }
    if (!bar) return;
    bar.hidden = !selecting();
    const count = bar.querySelector('.kimi-bulk-count');
    if (count) count.textContent = plural(count, picked.size);
    bar.querySelectorAll('button, a').forEach((control) => {
      if (control.classList.contains('kimi-bulk-keep')) return;
      control.toggleAttribute('aria-disabled', picked.size === 0);
    });
    const exporter = bar.querySelector('.kimi-bulk-export');
    if (exporter) exporter.href = 'export/all.json?ids=' + encodeURIComponent([...picked].join(','));
  };
  const setSelecting = (on) => {
    document.body.classList.toggle('kimi-selecting', on);
    if (!on) picked.clear();
    sync();
  };
  // Redrawn by the server: the selection goes back on (the observer pauses while sync writes, or it would
  // see its own writes and run for ever).
  let watched = null;
  const watch = new MutationObserver(() => {
    watch.disconnect();
    sync();
    watch.observe(watched, {childList: true, subtree: true});
  });
  const startWatching = () => {
    watched = list();
    if (watched) watch.observe(watched, {childList: true, subtree: true});
    else setTimeout(startWatching, 200);
  };
  startWatching();

  // A name typed in place of `anchor` (a chat's or a folder's title, a new folder): Enter or leaving the field
  // saves a changed name, Esc cancels. Also the chat menu's Rename (assets/page.js).
  const typeIn = (anchor, value, label, longest, save) => {
    const field = document.createElement('input');
    field.className = 'kimi-rename-field';
    field.value = value;
    field.maxLength = longest;
    field.setAttribute('aria-label', label);
    anchor.hidden = true;
    anchor.parentElement.insertBefore(field, anchor);
    field.focus();
    field.select();
    let done = false;
    const finish = (keep) => {
      if (done) return;
      done = true;
      const words = field.value.trim();
      field.remove();
      anchor.hidden = false;
      if (keep && words && words !== value) save(words);
    };
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (!field.value.trim()) {  // nothing typed: say so, and stay (Esc or leaving the field cancels)
          const tools = list() && list().querySelector('.kimi-list-tools[data-empty]');
          field.placeholder = tools ? tools.dataset.empty : label;
          field.setAttribute('aria-invalid', 'true');
          field.value = '';
          return;
        }
        finish(true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish(false);
      }
    });
    field.addEventListener('blur', () => finish(true));
  };
  window.kimiTypeIn = typeIn;

  // One chat picked or not; with shift, every chat from the last one picked to this one.
  const pick = (box, on, shift) => {
    const boxes = [...list().querySelectorAll('input.kimi-pick')];
    const from = shift && lastPick ? boxes.findIndex((one) => one.value === lastPick) : -1;
    if (from >= 0) {
      const to = boxes.indexOf(box);
      boxes.slice(Math.min(from, to), Math.max(from, to) + 1).forEach((one) => picked.add(one.value));
    } else if (on) {
      picked.add(box.value);
    } else {
      picked.delete(box.value);
    }
    lastPick = box.value;
    sync();
  };
  const bulk = (action, folder) => {
    if (!picked.size) return;
    act(`bulk:${action}:${folder || ''}:${[...picked].join(',')}`);
    if (action === 'delete') picked.clear();
  };
  // On the window, capturing: before the list's link bridge (on the document) opens a chat picked in a selection.
  window.addEventListener('click', (event) => {
    const target = event.target;
    if (!target.closest || !target.closest('#conv-list')) return;
    const newFolder = target.closest('.kimi-new-folder');
    if (newFolder) {
      typeIn(newFolder, '', newFolder.dataset.ask || newFolder.textContent, 80, (name) => act('folder-new:' + name));
      return;
    }
    const rename = target.closest('.kimi-folder-rename');
    if (rename) {
      const pop = rename.closest('[popover]');
      if (pop) pop.hidePopover();
      const toggle = list().querySelector(`.kimi-folder-toggle[data-id="${CSS.escape(rename.dataset.id)}"]`);
      if (toggle) {
        typeIn(toggle, toggle.getAttribute('title') || '', rename.textContent, 80,
               (name) => act(`folder-rename:${rename.dataset.id}:${name}`));
      }
      return;
    }
    if (target.closest('.kimi-select')) {
      setSelecting(!selecting());
      return;
    }
    const box = target.closest('input.kimi-pick');
    if (box) {
      pick(box, box.checked, event.shiftKey);
      return;
    }
    // In a selection a click on a chat picks it (shift: a range) instead of opening it.
    const chat = target.closest('a.kimi-conv');
    if (chat && selecting()) {
      event.preventDefault();
      event.stopImmediatePropagation();
      const one = chat.parentElement.querySelector('input.kimi-pick');
      if (one) pick(one, !picked.has(one.value), event.shiftKey);
      return;
    }
    const bar = target.closest('.kimi-bulk');
    if (!bar) return;
    const control = target.closest('[data-bulk], .kimi-bulk-delete, .kimi-bulk-keep, .kimi-bulk-export');
    if (!control) return;
    if (control.getAttribute('aria-disabled') === 'true' || (!picked.size && !control.classList.contains('kimi-bulk-keep'))) {
      event.preventDefault();
      return;
    }
    const ask = bar.querySelector('.kimi-bulk-ask');
    if (control.classList.contains('kimi-bulk-delete')) {
      const words = ask.querySelector('span');
      words.textContent = plural(words, picked.size);
      ask.hidden = false;
      ask.querySelector('.kimi-bulk-keep').focus();
    } else if (control.classList.contains('kimi-bulk-keep')) {
      ask.hidden = true;
    } else if (control.dataset.bulk) {
      const pop = control.closest('[popover]');
      if (pop) pop.hidePopover();
      ask.hidden = true;
      bulk(control.dataset.bulk, control.dataset.folder);
    }
  }, true);

  // Dragging a chat onto a folder (or onto the list of chats in none); with a selection, all of it.
  let dragged = null;
  document.addEventListener('dragstart', (event) => {
    const chat = event.target.closest && event.target.closest('#conv-list a.kimi-conv');
    if (!chat) return;
    dragged = chat.dataset.id;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', dragged);
  });
  const dropZone = (event) => event.target.closest && event.target.closest('#conv-list [data-folder]');
  document.addEventListener('dragover', (event) => {
    const zone = dropZone(event);
    if (!zone || !dragged) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    list().querySelectorAll('.kimi-drop').forEach((one) => one !== zone && one.classList.remove('kimi-drop'));
    zone.classList.add('kimi-drop');
  });
  document.addEventListener('dragleave', (event) => {
    const zone = dropZone(event);
    if (zone && !zone.contains(event.relatedTarget)) zone.classList.remove('kimi-drop');
  });
  document.addEventListener('drop', (event) => {
    const zone = dropZone(event);
    if (!zone || !dragged) return;
    event.preventDefault();
    zone.classList.remove('kimi-drop');
    const folder = zone.dataset.folder || '';
    if (selecting() && picked.has(dragged)) bulk('move', folder);
    else act(`move:${dragged}:${folder}`);
    dragged = null;
  });
  document.addEventListener('dragend', () => {
    dragged = null;
    const root = list();
    if (root) root.querySelectorAll('.kimi-drop').forEach((one) => one.classList.remove('kimi-drop'));
  });
}
