// The sending page's own stream of its answer (kimi_ui/ui/side_stream.py): newline-separated JSON chat
// items, read outside Gradio's queue so the first token shows sooner. The composer (queue_view.ROUTE_JS)
// has usually started it already (POST <root>/live/<key>, kept in window.kimiSide); else this follows the
// turn the send event starts under the key (GET). Only the newest complete item of each chunk is handed on
// (the others are already out of date).

type Started = { response: Promise<Response>; control: AbortController };

export function read_side_stream(
	root: string,
	key: string,
	on_item: (item: any) => void
): () => void {
	const pending = (window as any).kimiSide || {};
	const started: Started | undefined = pending[key];
	delete pending[key];
	const control = started ? started.control : new AbortController();
	// (in the page's language: the waiting line and the stats are the server's words)
	const lang = encodeURIComponent(document.documentElement.lang || "en");
	const url = root.replace(/\/$/, "") + "/live/" + encodeURIComponent(key) + "?lang=" + lang;
	(async () => {
		try {
			const response = await (started
				? started.response
				: fetch(url, { signal: control.signal, credentials: "same-origin", cache: "no-store" }));
			if (!response.ok || !response.body) return; // (409: the send event queues or refuses it)
			const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
			let rest = "";
			for (;;) {
				const { done, value } = await reader.read();
				if (done) return;
				rest += value;
				const end = rest.lastIndexOf("\n");
				if (end < 0) continue;
				const lines = rest.slice(0, end);
				rest = rest.slice(end + 1);
				on_item(JSON.parse(lines.slice(lines.lastIndexOf("\n") + 1)));
			}
		} catch (error) {
			// aborted (the page moved on) or cut: Gradio's own updates go on showing the answer
		}
	})();
	return () => control.abort();
}
