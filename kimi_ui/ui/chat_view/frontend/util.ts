// Helpers of the conversation view: math, copying, durations.
import "./chat.css";

const CLOSING: Record<string, string> = { "$$": "$$", "$": "$", "\\(": "\\)", "\\[": "\\]" };

// Math that kimi_ui.ui.markdown found, as <span class="kimi-math[-display]"> holding the TeX with the
// delimiters the text used, becomes KaTeX (loaded on the first formula only).
// Its stylesheet and fonts are the app's own files (assets/katex/, copied by scripts/build-chat-view): only
// pages that show math load them.
export async function render_math(root: HTMLElement, app_root: string): Promise<void> {
	const spans = [...root.querySelectorAll<HTMLElement>(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
	if (!spans.length) return;
	if (!document.getElementById("kimi-katex-css")) {
		const link = document.createElement("link");
		link.id = "kimi-katex-css";
		link.rel = "stylesheet";
		link.href = app_root.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css";
		document.head.appendChild(link);
	}
	const katex = (await import("katex")).default;
	for (const span of spans) {
		const text = span.textContent || "";
		const open = ["$$", "\\[", "\\(", "$"].find((d) => text.startsWith(d) && text.endsWith(CLOSING[d]));
		if (!open) continue;
		const tex = text.slice(open.length, text.length - CLOSING[open].length);
		span.dataset.tex = text;
		try {
			katex.render(tex, span, {
				displayMode: span.classList.contains("kimi-math-display"),
				throwOnError: false,
				output: "htmlAndMathml",
			});
		} catch (error) {
			span.textContent = text;
		}
	}
}

// The clipboard API needs a secure context (https or localhost): a demo on http://<ip>:7860 is not one,
// so the old way is the fallback there.
export async function copy_text(text: string): Promise<boolean> {
	if (navigator.clipboard && window.isSecureContext) {
		try {
			await navigator.clipboard.writeText(text);
			return true;
		} catch (error) {
			// fall through
		}
	}
	const area = document.createElement("textarea");
	area.value = text;
	area.setAttribute("readonly", "");
	area.style.position = "fixed";
	area.style.opacity = "0";
	document.body.appendChild(area);
	area.select();
	let done = false;
	try {
		done = document.execCommand("copy");
	} catch (error) {
		done = false;
	}
	area.remove();
	return done;
}

export function answer_markdown(message: any): string {
	return (message.parts || [])
		.filter((part: any) => part.type === "text")
		.map((part: any) => part.source || "")
		.join("\n\n");
}

export function conversation_markdown(messages: any[], say: Say): string {
	return messages
		.map((m) =>
			m.role === "user"
				? `**${say("you")}:**\n\n${m.source || ""}`
				: `**${say("kimi")}:**\n\n${answer_markdown(m)}`
		)
		.join("\n\n---\n\n");
}

// The view's words in the page's language: the `words` prop (kimi_ui/ui/chat_view/__init__.py view_words),
// the "view." entries of the app's catalog plus "lang". `{name}` parameters; a `count` picks "key.one" or
// "key.other"; numbers are written the language's way (1.234 in German).
export type Say = (key: string, params?: Record<string, any>) => string;

export function sayer(words: Record<string, string> | null | undefined): Say {
	const all = words || {};
	const lang = all.lang || "en";
	return (key, params = {}) => {
		const count = params.count;
		const form = typeof count === "number" ? all[`${key}.${count === 1 ? "one" : "other"}`] : undefined;
		const found = form ?? all[key] ?? key;
		return found.replace(/\{(\w+)\}/g, (whole: string, name: string) => {
			const value = params[name];
			if (value === undefined || value === null) return whole;
			return typeof value === "number" ? value.toLocaleString(lang) : String(value);
		});
	};
}

function decimal(value: number, digits: number, lang: string): string {
	return value.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function duration(ms: number | null | undefined, lang = "en"): string {
	if (ms === null || ms === undefined) return "";
	if (ms < 1) return `${decimal(ms, 2, lang)} ms`;
	if (ms < 1000) return `${ms < 10 ? decimal(ms, 1, lang) : Math.round(ms)} ms`;
	return `${decimal(ms / 1000, ms < 10000 ? 1 : 0, lang)} s`;
}

export function seconds(value: number | null | undefined): string {
	if (!value) return "";
	if (value < 60) return `${Math.max(1, Math.round(value))} s`;
	return `${Math.floor(value / 60)} min ${Math.round(value % 60)} s`;
}
