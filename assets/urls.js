// A URL per conversation (issue 13): runs as the js_on_load of the hidden `here` component
// (kimi_ui/ui/urls.py), whose value the server sets after each event that changes the conversation shown:
// {path, title, how, seen}. The address bar and the tab title follow it. Back and Forward send the address
// the page went to as this component's own click, {action: 'visit:<address>'} (Addresses.visiting), which
// opens that conversation; ownership is checked there.
const kimiVisit = () => trigger('click', {action: 'visit:' + location.pathname});
const kimiApplyHere = () => {
  let here;
  try {
    here = JSON.parse(props.value || '{}');
  } catch (error) {
    return;
  }
  // The answer to one of the list's actions: the page sends its next (kimi_ui/ui/layout.py, LINK_BRIDGE).
  if (Number.isInteger(here.done) && window.kimiActionDone) window.kimiActionDone(here.done);
  if (typeof here.path !== 'string' || !here.path.startsWith('/')) return;
  // The load event reads the page's address from its Referer; without one (a privacy setting), ask again.
  if (typeof here.seen === 'string' && here.seen !== location.pathname) {
    kimiVisit();
    return;
  }
  document.title = here.title ? `${here.title} · kimi-ui` : 'kimi-ui';
  if (location.pathname + location.search + location.hash === here.path) return;
  if (here.how === 'push') history.pushState({kimiPath: here.path}, '', here.path);
  else history.replaceState({kimiPath: here.path}, '', here.path);
};
// The old in-page links, /#kimi:open:<id>: the address of that conversation instead.
const kimiOld = location.hash.match(/^#kimi:open:([0-9A-Za-z]{1,64})$/);
if (kimiOld) {
  location.replace(new URL('c/' + kimiOld[1], document.baseURI).href);
} else {
  watch('value', kimiApplyHere);
  kimiApplyHere();
  if (!window.kimiUrlsWired) {
    window.kimiUrlsWired = true;
    window.addEventListener('popstate', kimiVisit);
  }
}
