// The sending page's own stream of its answer (kimi_ui/ui/side_stream.py): newline-separated JSON chat
// items, read outside Gradio's queue so the first token shows sooner. The composer (queue_view.ROUTE_JS)
// has usually started it already (POST <root>/live/<key>, kept in window.kimiSide); else this follows the
// turn the send event starts under the key (GET). Only the newest complete item of each chunk is handed on
// (the others are already out of date).

// `painted`: called once the answer's first words (or its end) are on screen, or the stream failed: the
// composer's Enter (ROUTE_JS) lets Gradio go on with its own work only then, so that work does not hold the
// first token back.
type Started = { response: Promise<Response>; control: AbortController; painted?: () => void };

const after_paint = (done: () => void) => requestAnimationFrame(() => setTimeout(done, 0));

const has_words = (item: any): boolean =>
	!item.live || (item.parts || []).some((part: any) => part.type !== "waiting" && part.type !== "progress");

export function read_side_stream(
	root: string,
	key: string,
	on_item: (item: any) => void
): () => void {
	const pending = (window as any).kimiSide || {};
	const started: Started | undefined = pending[key];
	delete pending[key];
	const control = started ? started.control : new AbortController();
	let painted = started && started.painted;
	const tell = () => {
		if (painted) after_paint(painted);
		painted = undefined;
	};
	// (in the page's language: the waiting line and the stats are the server's words)
	const lang = encodeURIComponent(document.documentElement.lang || "en");
	const url = root.replace(/\/$/, "") + "/live/" + encodeURIComponent(key) + "?lang=" + lang;
	(async () => {
		try {
			const response = await (started
				? started.response
				: fetch(url, { signal: control.signal, credentials: "same-origin", cache: "no-store" }));
			if (!response.ok || !response.body) return tell(); // (409: the send event queues or refuses it)
			const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
			let rest = "";
			for (;;) {
				const { done, value } = await reader.read();
				if (done) return tell();
				rest += value;
				const end = rest.lastIndexOf("\n");
				if (end < 0) continue;
				const lines = rest.slice(0, end);
				rest = rest.slice(end + 1);
				const item = JSON.parse(lines.slice(lines.lastIndexOf("\n") + 1));
				on_item(item);
				if (has_words(item)) tell();
			}
		} catch (error) {
			// aborted (the page moved on) or cut: Gradio's own updates go on showing the answer
			tell();
		}
	})();
	return () => control.abort();
}
