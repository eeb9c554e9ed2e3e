import { i as nt, g as st, o as bt, c as ot, a as re, b as kt, T as lt, d as yt, e as Ve, f as _e, r as Ae, h as Te, p as Ue, j as ke, k as ve, m as ft, s as ct, l as dt, E as wt, n as r, q as Je, t as xt, u as St, v as Et, w as Xe, x as Tt, y as Ct, z as At, A as Ke, B as ie, D as Mt, I as Oe, C as Rt, F as Lt, G as Nt, H as It, J as ut, K as Ot, L as z, M as zt, N as Ht, O as qt, P as vt, Q as we, R as Ye, S as Ft, U as Dt, V as Qe, W as Bt, X as Pt, Y as Gt, Z as Vt, _ as Ut, $ as Kt, a0 as _t, a1 as Yt, a2 as Wt, a3 as jt, a4 as Jt, a5 as Xt, a6 as Qt, a7 as Zt, a8 as te, a9 as Ze, aa as P, ab as fe, ac as xe, ad as Re, ae as se, af as Le, ag as he, ah as A, ai as B, aj as Z, ak as I, al as F, am as $e } from "./render-C_oISn1u.js";
const $t = [];
function ea(t, e = !1, i = !1) {
  return Ce(t, /* @__PURE__ */ new Map(), "", $t, null, i);
}
function Ce(t, e, i, a, n = null, s = !1) {
  if (typeof t == "object" && t !== null) {
    var l = e.get(t);
    if (l !== void 0) return l;
    if (t instanceof Map) return (
      /** @type {Snapshot<T>} */
      new Map(t)
    );
    if (t instanceof Set) return (
      /** @type {Snapshot<T>} */
      new Set(t)
    );
    if (nt(t)) {
      var f = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, f), n !== null && e.set(n, f);
      for (var o = 0; o < t.length; o += 1) {
        var d = t[o];
        o in t && (f[o] = Ce(d, e, i, a, null, s));
      }
      return f;
    }
    if (st(t) === bt) {
      f = {}, e.set(t, f), n !== null && e.set(n, f);
      for (var g of Object.keys(t))
        f[g] = Ce(
          // @ts-expect-error
          t[g],
          e,
          i,
          a,
          null,
          s
        );
      return f;
    }
    if (t instanceof Date)
      return t.getTime(), /** @type {Snapshot<T>} */
      structuredClone(t);
    if (typeof /** @type {T & { toJSON?: any } } */
    t.toJSON == "function" && !s)
      return Ce(
        /** @type {T & { toJSON(): any } } */
        t.toJSON(),
        e,
        i,
        a,
        // Associate the instance with the toJSON clone
        t
      );
  }
  if (t instanceof EventTarget)
    return (
      /** @type {Snapshot<T>} */
      t
    );
  try {
    return (
      /** @type {Snapshot<T>} */
      structuredClone(t)
    );
  } catch {
    return (
      /** @type {Snapshot<T>} */
      t
    );
  }
}
const ta = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function aa(t) {
  return (
    /** @type {string} */
    ta?.createHTML(t) ?? t
  );
}
function ht(t) {
  var e = ot("template");
  return e.innerHTML = aa(t.replaceAll("<!>", "<!---->")), e.content;
}
function ce(t, e) {
  var i = (
    /** @type {Effect} */
    Ve
  );
  i.nodes === null && (i.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function C(t, e) {
  var i = (e & lt) !== 0, a = (e & yt) !== 0, n, s = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = ht(s ? t : "<!>" + t), i || (n = /** @type {TemplateNode} */
    re(n)));
    var l = (
      /** @type {TemplateNode} */
      a || kt ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (i) {
      var f = (
        /** @type {TemplateNode} */
        re(l)
      ), o = (
        /** @type {TemplateNode} */
        l.lastChild
      );
      ce(f, o);
    } else
      ce(l, l);
    return l;
  };
}
// @__NO_SIDE_EFFECTS__
function ra(t, e, i = "svg") {
  var a = !t.startsWith("<!>"), n = (e & lt) !== 0, s = `<${i}>${a ? t : "<!>" + t}</${i}>`, l;
  return () => {
    if (!l) {
      var f = (
        /** @type {DocumentFragment} */
        ht(s)
      ), o = (
        /** @type {Element} */
        re(f)
      );
      if (n)
        for (l = document.createDocumentFragment(); re(o); )
          l.appendChild(
            /** @type {TemplateNode} */
            re(o)
          );
      else
        l = /** @type {Element} */
        re(o);
    }
    var d = (
      /** @type {TemplateNode} */
      l.cloneNode(!0)
    );
    if (n) {
      var g = (
        /** @type {TemplateNode} */
        re(d)
      ), S = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      ce(g, S);
    } else
      ce(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function Se(t, e) {
  return /* @__PURE__ */ ra(t, e, "svg");
}
function ia(t = "") {
  {
    var e = _e(t + "");
    return ce(e, e), e;
  }
}
function Ne() {
  var t = document.createDocumentFragment(), e = document.createComment(""), i = _e();
  return t.append(e, i), ce(e, i), t;
}
function y(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class na {
  /** @type {TemplateNode} */
  anchor;
  /** @type {Map<Batch, Key>} */
  #t = /* @__PURE__ */ new Map();
  /**
   * Map of keys to effects that are currently rendered in the DOM.
   * These effects are visible and actively part of the document tree.
   * Example:
   * ```
   * {#if condition}
   * 	foo
   * {:else}
   * 	bar
   * {/if}
   * ```
   * Can result in the entries `true->Effect` and `false->Effect`
   * @type {Map<Key, Effect>}
   */
  #a = /* @__PURE__ */ new Map();
  /**
   * Similar to #onscreen with respect to the keys, but contains branches that are not yet
   * in the DOM, because their insertion is deferred.
   * @type {Map<Key, Branch>}
   */
  #e = /* @__PURE__ */ new Map();
  /**
   * Keys of effects that are currently outroing
   * @type {Set<Key>}
   */
  #r = /* @__PURE__ */ new Set();
  /**
   * Whether to pause (i.e. outro) on change, or destroy immediately.
   * This is necessary for `<svelte:element>`
   */
  #i = !0;
  /**
   * @param {TemplateNode} anchor
   * @param {boolean} transition
   */
  constructor(e, i = !0) {
    this.anchor = e, this.#i = i;
  }
  /**
   * @param {Batch} batch
   */
  #n = (e) => {
    if (this.#t.has(e)) {
      var i = (
        /** @type {Key} */
        this.#t.get(e)
      ), a = this.#a.get(i);
      if (a)
        Ae(a), this.#r.delete(i);
      else {
        var n = this.#e.get(i);
        n && (Ae(n.effect), this.#a.set(i, n.effect), this.#e.delete(i), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), a = n.effect);
      }
      for (const [s, l] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const f = this.#e.get(l);
        f && (Te(f.effect), this.#e.delete(l));
      }
      for (const [s, l] of this.#a) {
        if (s === i || this.#r.has(s)) continue;
        const f = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var d = document.createDocumentFragment();
            ft(l, d), d.append(_e()), this.#e.set(s, { effect: l, fragment: d });
          } else
            Te(l);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !a ? (this.#r.add(s), Ue(l, f, !1)) : f();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const i = Array.from(this.#t.values());
    for (const [a, n] of this.#e)
      i.includes(a) || (Te(n.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, i) {
    var a = (
      /** @type {Batch} */
      ve
    ), n = ct();
    if (i && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var s = document.createDocumentFragment(), l = _e();
        s.append(l), this.#e.set(e, {
          effect: ke(() => i(l)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          ke(() => i(this.anchor))
        );
    if (this.#t.set(a, e), n) {
      for (const [f, o] of this.#a)
        f === e ? a.unskip_effect(o) : a.skip_effect(o);
      for (const [f, o] of this.#e)
        f === e ? a.unskip_effect(o.effect) : a.skip_effect(o.effect);
      a.oncommit(this.#n), a.ondiscard(this.#s);
    } else
      this.#n(a);
  }
}
function D(t, e, i = !1) {
  var a = new na(t), n = i ? wt : 0;
  function s(l, f) {
    a.ensure(l, f);
  }
  dt(() => {
    var l = !1;
    e((f, o = 0) => {
      l = !0, s(o, f);
    }), l || s(-1, null);
  }, n);
}
function De(t, e) {
  return e;
}
function sa(t, e, i) {
  for (var a = [], n = e.length, s, l = e.length, f = 0; f < n; f++) {
    let S = e[f];
    Ue(
      S,
      () => {
        if (s) {
          if (s.pending.delete(S), s.done.add(S), s.pending.size === 0) {
            var k = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            Be(t, Ke(s.done)), k.delete(s), k.size === 0 && (t.outrogroups = null);
          }
        } else
          l -= 1;
      },
      !1
    );
  }
  if (l === 0) {
    var o = a.length === 0 && i !== null && t.pending.size === 0;
    if (o) {
      var d = (
        /** @type {Element} */
        i
      ), g = (
        /** @type {Element} */
        d.parentNode
      );
      Lt(g), g.append(d), t.items.clear();
    }
    Be(t, e, !o);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function Be(t, e, i = !0) {
  var a;
  if (t.pending.size > 0) {
    a = /* @__PURE__ */ new Set();
    for (const l of t.pending.values())
      for (const f of l)
        a.add(
          /** @type {EachItem} */
          t.items.get(f).e
        );
  }
  for (var n = 0; n < e.length; n++) {
    var s = e[n];
    if (a?.has(s)) {
      s.f |= ie;
      const l = document.createDocumentFragment();
      ft(s, l);
    } else
      Te(e[n], i);
  }
}
var et;
function Me(t, e, i, a, n, s = null) {
  var l = t, f = /* @__PURE__ */ new Map(), o = (e & ut) !== 0;
  if (o) {
    var d = (
      /** @type {Element} */
      t
    );
    l = d.appendChild(_e());
  }
  var g = null, S = St(() => {
    var M = i();
    return (
      /** @type {V[]} */
      nt(M) ? M : M == null ? [] : Ke(M)
    );
  }), k = /* @__PURE__ */ new Map(), c = !0;
  function O(M) {
    if ((b.effect.f & Mt) === 0) {
      b.pending.delete(M);
      var U = r(S);
      b.fallback = g, oa(b, U, l, e, a), g !== null && (U.length === 0 ? (g.f & ie) === 0 ? Ae(g) : (g.f ^= ie, be(g, null, l)) : Ue(g, () => {
        g = null;
      }));
    }
  }
  function V(M) {
    b.pending.delete(M);
  }
  var _ = dt(() => {
    for (var M = (
      /** @type {V[]} */
      r(S)
    ), U = M.length, N = /* @__PURE__ */ new Set(), w = (
      /** @type {Batch} */
      ve
    ), p = ct(), v = 0; v < U; v += 1) {
      var m = M[v], x = a(m, v), h = c ? null : f.get(x);
      h ? (h.v && Je(h.v, m), h.i && Je(h.i, v), p && w.unskip_effect(h.e)) : (h = la(
        f,
        c ? l : et ??= _e(),
        m,
        x,
        v,
        n,
        e,
        i
      ), c || (h.e.f |= ie), f.set(x, h)), N.add(x);
    }
    if (U === 0 && s && !g && (c ? g = ke(() => s(l)) : (g = ke(() => s(et ??= _e())), g.f |= ie)), U > N.size && xt(), !c)
      if (k.set(w, N), p) {
        for (const [L, G] of f)
          N.has(L) || w.skip_effect(G.e);
        w.oncommit(O), w.ondiscard(V);
      } else
        O(w);
    r(S);
  }), b = { effect: _, items: f, pending: k, outrogroups: null, fallback: g };
  c = !1;
}
function pe(t) {
  for (; t !== null && (t.f & Rt) === 0; )
    t = t.next;
  return t;
}
function oa(t, e, i, a, n) {
  var s = (a & Ot) !== 0, l = e.length, f = t.items, o = pe(t.effect.first), d, g = null, S, k = [], c = [], O, V, _, b;
  if (s)
    for (b = 0; b < l; b += 1)
      O = e[b], V = n(O, b), _ = /** @type {EachItem} */
      f.get(V).e, (_.f & ie) === 0 && (_.nodes?.a?.measure(), (S ??= /* @__PURE__ */ new Set()).add(_));
  for (b = 0; b < l; b += 1) {
    if (O = e[b], V = n(O, b), _ = /** @type {EachItem} */
    f.get(V).e, t.outrogroups !== null)
      for (const h of t.outrogroups)
        h.pending.delete(_), h.done.delete(_);
    if ((_.f & Oe) !== 0 && (Ae(_), s && (_.nodes?.a?.unfix(), (S ??= /* @__PURE__ */ new Set()).delete(_))), (_.f & ie) !== 0)
      if (_.f ^= ie, _ === o)
        be(_, null, i);
      else {
        var M = g ? g.next : o;
        _ === t.effect.last && (t.effect.last = _.prev), _.prev && (_.prev.next = _.next), _.next && (_.next.prev = _.prev), le(t, g, _), le(t, _, M), be(_, M, i), g = _, k = [], c = [], o = pe(g.next);
        continue;
      }
    if (_ !== o) {
      if (d !== void 0 && d.has(_)) {
        if (k.length < c.length) {
          var U = c[0], N;
          g = U.prev;
          var w = k[0], p = k[k.length - 1];
          for (N = 0; N < k.length; N += 1)
            be(k[N], U, i);
          for (N = 0; N < c.length; N += 1)
            d.delete(c[N]);
          le(t, w.prev, p.next), le(t, g, w), le(t, p, U), o = U, g = p, b -= 1, k = [], c = [];
        } else
          d.delete(_), be(_, o, i), le(t, _.prev, _.next), le(t, _, g === null ? t.effect.first : g.next), le(t, g, _), g = _;
        continue;
      }
      for (k = [], c = []; o !== null && o !== _; )
        (d ??= /* @__PURE__ */ new Set()).add(o), c.push(o), o = pe(o.next);
      if (o === null)
        continue;
    }
    (_.f & ie) === 0 && k.push(_), g = _, o = pe(_.next);
  }
  if (t.outrogroups !== null) {
    for (const h of t.outrogroups)
      h.pending.size === 0 && (Be(t, Ke(h.done)), t.outrogroups?.delete(h));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (o !== null || d !== void 0) {
    var v = [];
    if (d !== void 0)
      for (_ of d)
        (_.f & Oe) === 0 && v.push(_);
    for (; o !== null; )
      (o.f & Oe) === 0 && o !== t.fallback && v.push(o), o = pe(o.next);
    var m = v.length;
    if (m > 0) {
      var x = (a & ut) !== 0 && l === 0 ? i : null;
      if (s) {
        for (b = 0; b < m; b += 1)
          v[b].nodes?.a?.measure();
        for (b = 0; b < m; b += 1)
          v[b].nodes?.a?.fix();
      }
      sa(t, v, x);
    }
  }
  s && Nt(() => {
    if (S !== void 0)
      for (_ of S)
        _.nodes?.a?.apply();
  });
}
function la(t, e, i, a, n, s, l, f) {
  var o = (l & Tt) !== 0 ? (l & Ct) === 0 ? At(i, !1, !1) : Xe(i) : null, d = (l & Et) !== 0 ? Xe(n) : null;
  return {
    v: o,
    i: d,
    e: ke(() => (s(e, o ?? i, d ?? n, f), () => {
      t.delete(a);
    }))
  };
}
function be(t, e, i) {
  if (t.nodes)
    for (var a = t.nodes.start, n = t.nodes.end, s = e && (e.f & ie) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : i; a !== null; ) {
      var l = (
        /** @type {TemplateNode} */
        It(a)
      );
      if (s.before(a), a === n)
        return;
      a = l;
    }
}
function le(t, e, i) {
  e === null ? t.effect.first = i : e.next = i, i === null ? t.effect.last = e : i.prev = e;
}
function ze(t, e, i = !1, a = !1, n = !1, s = !1) {
  var l = t, f = "";
  if (i)
    var o = (
      /** @type {Element} */
      t
    );
  z(() => {
    var d = (
      /** @type {Effect} */
      Ve
    );
    if (f !== (f = e() ?? "")) {
      if (i) {
        d.nodes = null, o.innerHTML = /** @type {string} */
        f, f !== "" && ce(
          /** @type {TemplateNode} */
          re(o),
          /** @type {TemplateNode} */
          o.lastChild
        );
        return;
      }
      if (d.nodes !== null && (zt(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), f !== "") {
        var g = a ? Ht : n ? qt : void 0, S = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          ot(a ? "svg" : n ? "math" : "template", g)
        );
        S.innerHTML = /** @type {any} */
        f;
        var k = a || n ? S : (
          /** @type {HTMLTemplateElement} */
          S.content
        );
        if (ce(
          /** @type {TemplateNode} */
          re(k),
          /** @type {TemplateNode} */
          k.lastChild
        ), a || n)
          for (; re(k); )
            l.before(
              /** @type {TemplateNode} */
              re(k)
            );
        else
          l.before(k);
      }
    }
  });
}
function fa(t, e, i) {
  vt(() => {
    var a = we(() => e(t, i?.()) || {});
    if (i && a?.update) {
      var n = !1, s = (
        /** @type {any} */
        {}
      );
      Ye(() => {
        var l = i();
        Ft(l), n && Dt(s, l) && (s = l, a.update(l));
      }), n = !0;
    }
    if (a?.destroy)
      return () => (
        /** @type {Function} */
        a.destroy()
      );
  });
}
const tt = [...` 	
\r\f \v\uFEFF`];
function ca(t, e, i) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), i) {
    for (var n of Object.keys(i))
      if (i[n])
        a = a ? a + " " + n : n;
      else if (a.length)
        for (var s = n.length, l = 0; (l = a.indexOf(n, l)) >= 0; ) {
          var f = l + s;
          (l === 0 || tt.includes(a[l - 1])) && (f === a.length || tt.includes(a[f])) ? a = (l === 0 ? "" : a.substring(0, l)) + a.substring(f + 1) : l = f;
        }
  }
  return a === "" ? null : a;
}
function ye(t, e, i, a, n, s) {
  var l = (
    /** @type {any} */
    t[Qe]
  );
  if (l !== i || l === void 0) {
    var f = ca(i, a, s);
    f == null ? t.removeAttribute("class") : t.className = f, t[Qe] = i;
  } else if (s && n !== s)
    for (var o in s) {
      var d = !!s[o];
      (n == null || d !== !!n[o]) && t.classList.toggle(o, d);
    }
  return s;
}
const da = /* @__PURE__ */ Symbol("is custom element"), ua = /* @__PURE__ */ Symbol("is html"), va = Ut ? "progress" : "PROGRESS";
function _a(t, e) {
  var i = mt(t);
  i.value === (i.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== va) || (t.value = e ?? "");
}
function J(t, e, i, a) {
  var n = mt(t), s = n[e];
  s !== (n[e] = i) && (e === "loading" && (t[Bt] = i), i == null ? t.removeAttribute(e) : typeof i != "string" && ha(t).has(e) ? t[e] = i : t.setAttribute(e, i));
}
function mt(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Pt] ??= {
      [da]: t.nodeName.includes("-"),
      [ua]: t.namespaceURI === Gt
    }
  );
}
var at = /* @__PURE__ */ new Map();
function ha(t) {
  var e = t.getAttribute("is") || t.nodeName, i = at.get(e);
  if (i) return i;
  at.set(e, i = /* @__PURE__ */ new Set());
  for (var a, n = t, s = Element.prototype; s !== n; ) {
    a = Vt(n);
    for (var l in a)
      a[l].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      l !== "innerHTML" && l !== "textContent" && l !== "innerText" && i.add(l);
    n = st(n);
  }
  return i;
}
function ma(t, e, i = e) {
  var a = /* @__PURE__ */ new WeakSet();
  Kt(t, "input", async (n) => {
    var s = n ? t.defaultValue : t.value;
    if (s = He(t) ? qe(s) : s, i(s), ve !== null && a.add(ve), await _t(), s !== (s = e())) {
      var l = t.selectionStart, f = t.selectionEnd, o = t.value.length;
      if (t.value = s ?? "", f !== null) {
        var d = t.value.length;
        l === f && f === o && d > o ? (t.selectionStart = d, t.selectionEnd = d) : (t.selectionStart = l, t.selectionEnd = Math.min(f, d));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  we(e) == null && t.value && (i(He(t) ? qe(t.value) : t.value), ve !== null && a.add(ve)), Ye(() => {
    var n = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        ve
      );
      if (a.has(s))
        return;
    }
    He(t) && n === qe(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function He(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function qe(t) {
  return t === "" ? null : +t;
}
function Fe(t, e) {
  return t === e || t?.[Jt] === e;
}
function Pe(t = Wt(), e, i, a) {
  var n = (
    /** @type {ComponentContext} */
    Yt.r
  ), s = (
    /** @type {Effect} */
    Ve
  );
  return vt(() => {
    var l, f;
    return Ye(() => {
      l = f, f = [], we(() => {
        Fe(i(...f), t) || (e(t, ...f), l && Fe(i(...l), t) && e(null, ...l));
      });
    }), () => {
      let o = s;
      for (; o !== n && o.parent !== null && o.parent.f & jt; )
        o = o.parent;
      const d = () => {
        f && Fe(i(...f), t) && e(null, ...f);
      }, g = o.teardown;
      o.teardown = () => {
        d(), g?.();
      };
    };
  }), t;
}
function ga(t, e, i) {
  if (t == null)
    return e(void 0), Xt;
  const a = we(
    () => t.subscribe(
      e,
      // @ts-expect-error
      i
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
}
function pa(t) {
  let e;
  return ga(t, (i) => e = i)(), e;
}
const ba = {
  get(t, e) {
    if (!t.exclude.has(e))
      return t.props[e];
  },
  set(t, e) {
    return !1;
  },
  getOwnPropertyDescriptor(t, e) {
    if (!t.exclude.has(e) && e in t.props)
      return {
        enumerable: !0,
        configurable: !0,
        value: t.props[e]
      };
  },
  has(t, e) {
    return t.exclude.has(e) ? !1 : e in t.props;
  },
  ownKeys(t) {
    return Reflect.ownKeys(t.props).filter((e) => !t.exclude.has(e));
  }
};
// @__NO_SIDE_EFFECTS__
function ka(t, e, i) {
  return new Proxy({ props: t, exclude: e }, ba);
}
const ya = [
  { color: "red", primary: 600, secondary: 100 },
  { color: "green", primary: 600, secondary: 100 },
  { color: "blue", primary: 600, secondary: 100 },
  { color: "yellow", primary: 500, secondary: 100 },
  { color: "purple", primary: 600, secondary: 100 },
  { color: "teal", primary: 600, secondary: 100 },
  { color: "orange", primary: 600, secondary: 100 },
  { color: "cyan", primary: 600, secondary: 100 },
  { color: "lime", primary: 500, secondary: 100 },
  { color: "pink", primary: 600, secondary: 100 }
], rt = {
  inherit: "inherit",
  current: "currentColor",
  transparent: "transparent",
  black: "#000",
  white: "#fff",
  slate: {
    50: "#f8fafc",
    100: "#f1f5f9",
    200: "#e2e8f0",
    300: "#cbd5e1",
    400: "#94a3b8",
    500: "#64748b",
    600: "#475569",
    700: "#334155",
    800: "#1e293b",
    900: "#0f172a",
    950: "#020617"
  },
  gray: {
    50: "#f9fafb",
    100: "#f3f4f6",
    200: "#e5e7eb",
    300: "#d1d5db",
    400: "#9ca3af",
    500: "#6b7280",
    600: "#4b5563",
    700: "#374151",
    800: "#1f2937",
    900: "#111827",
    950: "#030712"
  },
  zinc: {
    50: "#fafafa",
    100: "#f4f4f5",
    200: "#e4e4e7",
    300: "#d4d4d8",
    400: "#a1a1aa",
    500: "#71717a",
    600: "#52525b",
    700: "#3f3f46",
    800: "#27272a",
    900: "#18181b",
    950: "#09090b"
  },
  neutral: {
    50: "#fafafa",
    100: "#f5f5f5",
    200: "#e5e5e5",
    300: "#d4d4d4",
    400: "#a3a3a3",
    500: "#737373",
    600: "#525252",
    700: "#404040",
    800: "#262626",
    900: "#171717",
    950: "#0a0a0a"
  },
  stone: {
    50: "#fafaf9",
    100: "#f5f5f4",
    200: "#e7e5e4",
    300: "#d6d3d1",
    400: "#a8a29e",
    500: "#78716c",
    600: "#57534e",
    700: "#44403c",
    800: "#292524",
    900: "#1c1917",
    950: "#0c0a09"
  },
  red: {
    50: "#fef2f2",
    100: "#fee2e2",
    200: "#fecaca",
    300: "#fca5a5",
    400: "#f87171",
    500: "#ef4444",
    600: "#dc2626",
    700: "#b91c1c",
    800: "#991b1b",
    900: "#7f1d1d",
    950: "#450a0a"
  },
  orange: {
    50: "#fff7ed",
    100: "#ffedd5",
    200: "#fed7aa",
    300: "#fdba74",
    400: "#fb923c",
    500: "#f97316",
    600: "#ea580c",
    700: "#c2410c",
    800: "#9a3412",
    900: "#7c2d12",
    950: "#431407"
  },
  amber: {
    50: "#fffbeb",
    100: "#fef3c7",
    200: "#fde68a",
    300: "#fcd34d",
    400: "#fbbf24",
    500: "#f59e0b",
    600: "#d97706",
    700: "#b45309",
    800: "#92400e",
    900: "#78350f",
    950: "#451a03"
  },
  yellow: {
    50: "#fefce8",
    100: "#fef9c3",
    200: "#fef08a",
    300: "#fde047",
    400: "#facc15",
    500: "#eab308",
    600: "#ca8a04",
    700: "#a16207",
    800: "#854d0e",
    900: "#713f12",
    950: "#422006"
  },
  lime: {
    50: "#f7fee7",
    100: "#ecfccb",
    200: "#d9f99d",
    300: "#bef264",
    400: "#a3e635",
    500: "#84cc16",
    600: "#65a30d",
    700: "#4d7c0f",
    800: "#3f6212",
    900: "#365314",
    950: "#1a2e05"
  },
  green: {
    50: "#f0fdf4",
    100: "#dcfce7",
    200: "#bbf7d0",
    300: "#86efac",
    400: "#4ade80",
    500: "#22c55e",
    600: "#16a34a",
    700: "#15803d",
    800: "#166534",
    900: "#14532d",
    950: "#052e16"
  },
  emerald: {
    50: "#ecfdf5",
    100: "#d1fae5",
    200: "#a7f3d0",
    300: "#6ee7b7",
    400: "#34d399",
    500: "#10b981",
    600: "#059669",
    700: "#047857",
    800: "#065f46",
    900: "#064e3b",
    950: "#022c22"
  },
  teal: {
    50: "#f0fdfa",
    100: "#ccfbf1",
    200: "#99f6e4",
    300: "#5eead4",
    400: "#2dd4bf",
    500: "#14b8a6",
    600: "#0d9488",
    700: "#0f766e",
    800: "#115e59",
    900: "#134e4a",
    950: "#042f2e"
  },
  cyan: {
    50: "#ecfeff",
    100: "#cffafe",
    200: "#a5f3fc",
    300: "#67e8f9",
    400: "#22d3ee",
    500: "#06b6d4",
    600: "#0891b2",
    700: "#0e7490",
    800: "#155e75",
    900: "#164e63",
    950: "#083344"
  },
  sky: {
    50: "#f0f9ff",
    100: "#e0f2fe",
    200: "#bae6fd",
    300: "#7dd3fc",
    400: "#38bdf8",
    500: "#0ea5e9",
    600: "#0284c7",
    700: "#0369a1",
    800: "#075985",
    900: "#0c4a6e",
    950: "#082f49"
  },
  blue: {
    50: "#eff6ff",
    100: "#dbeafe",
    200: "#bfdbfe",
    300: "#93c5fd",
    400: "#60a5fa",
    500: "#3b82f6",
    600: "#2563eb",
    700: "#1d4ed8",
    800: "#1e40af",
    900: "#1e3a8a",
    950: "#172554"
  },
  indigo: {
    50: "#eef2ff",
    100: "#e0e7ff",
    200: "#c7d2fe",
    300: "#a5b4fc",
    400: "#818cf8",
    500: "#6366f1",
    600: "#4f46e5",
    700: "#4338ca",
    800: "#3730a3",
    900: "#312e81",
    950: "#1e1b4b"
  },
  violet: {
    50: "#f5f3ff",
    100: "#ede9fe",
    200: "#ddd6fe",
    300: "#c4b5fd",
    400: "#a78bfa",
    500: "#8b5cf6",
    600: "#7c3aed",
    700: "#6d28d9",
    800: "#5b21b6",
    900: "#4c1d95",
    950: "#2e1065"
  },
  purple: {
    50: "#faf5ff",
    100: "#f3e8ff",
    200: "#e9d5ff",
    300: "#d8b4fe",
    400: "#c084fc",
    500: "#a855f7",
    600: "#9333ea",
    700: "#7e22ce",
    800: "#6b21a8",
    900: "#581c87",
    950: "#3b0764"
  },
  fuchsia: {
    50: "#fdf4ff",
    100: "#fae8ff",
    200: "#f5d0fe",
    300: "#f0abfc",
    400: "#e879f9",
    500: "#d946ef",
    600: "#c026d3",
    700: "#a21caf",
    800: "#86198f",
    900: "#701a75",
    950: "#4a044e"
  },
  pink: {
    50: "#fdf2f8",
    100: "#fce7f3",
    200: "#fbcfe8",
    300: "#f9a8d4",
    400: "#f472b6",
    500: "#ec4899",
    600: "#db2777",
    700: "#be185d",
    800: "#9d174d",
    900: "#831843",
    950: "#500724"
  },
  rose: {
    50: "#fff1f2",
    100: "#ffe4e6",
    200: "#fecdd3",
    300: "#fda4af",
    400: "#fb7185",
    500: "#f43f5e",
    600: "#e11d48",
    700: "#be123c",
    800: "#9f1239",
    900: "#881337",
    950: "#4c0519"
  }
};
ya.reduce((t, { color: e, primary: i, secondary: a }) => ({
  ...t,
  [e]: {
    primary: rt[e][i],
    secondary: rt[e][a]
  }
}), {});
function wa(t) {
  let e;
  const i = Zt((n) => {
    let s = !1;
    const l = t.subscribe((f) => {
      e = f, s && n();
    });
    return s = !0, l;
  });
  function a() {
    return Qt() ? (i(), e) : pa(t);
  }
  return "set" in t ? {
    get current() {
      return a();
    },
    set current(n) {
      t.set(n);
    }
  } : {
    get current() {
      return a();
    }
  };
}
const xa = "__i18n__", Sa = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Ea = [
  "elem_id",
  "elem_classes",
  "visible",
  "interactive",
  "server_fns",
  "server",
  "id",
  "target",
  "theme_mode",
  "version",
  "root",
  "autoscroll",
  "max_file_size",
  "formatter",
  "client",
  "load_component",
  "scale",
  "min_width",
  "theme",
  "padding",
  "loading_status",
  "label",
  "show_label",
  "validation_error",
  "show_progress",
  "api_prefix",
  "container",
  "attached_events",
  "register_component",
  "unregister_component",
  "dispatcher"
];
function Ta(t) {
  return typeof t == "string" && t.includes(xa);
}
class Ca {
  load_component;
  #t = te(Ze({}));
  get shared() {
    return r(this.#t);
  }
  set shared(e) {
    P(this.#t, e, !0);
  }
  #a = te(Ze({}));
  get props() {
    return r(this.#a);
  }
  set props(e) {
    P(this.#a, e, !0);
  }
  #e = te((e) => e);
  get i18n() {
    return r(this.#e);
  }
  set i18n(e) {
    P(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Ea;
  mounted = !1;
  old_value;
  register_component;
  unregister_component;
  set_data_callback;
  get_data_callback;
  registered_id = null;
  last_shared_props;
  last_props;
  constructor(e, i) {
    for (const a in e.shared_props)
      this.shared[a] = e.shared_props[a];
    for (const a in e.props)
      a !== "i18n_store" && (this.props[a] = e.props[a]);
    if (i)
      for (const a in i)
        this.props[a] === void 0 && (this.props[a] = i[a]);
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? wa(this.i18n_store) : void 0;
    for (const a of Sa)
      this.shared[a] = this._translate_and_store(
        "shared",
        a,
        // @ts-ignore
        e.shared_props[a]
      ), this.props[a] = this._translate_and_store(
        "props",
        a,
        // @ts-ignore
        e.props[a]
      );
    this.load_component = this.shared.load_component, this.register_component = this.shared.register_component || (() => {
    }), this.unregister_component = this.shared.unregister_component || (() => {
    }), this.dispatcher = this.shared.dispatcher || (() => {
    }), this.set_data_callback = this.set_data.bind(this), this.get_data_callback = this.get_data.bind(this), this.register_component(
      this.shared.id,
      // @ts-ignore
      this.set_data_callback,
      this.get_data_callback
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, fe(() => {
      const a = e.shared_props.id;
      if (this.last_shared_props !== e.shared_props) {
        for (const n in e.shared_props) {
          const s = e.shared_props[n];
          s !== void 0 && (this._is_i18n_managed(`shared.${n}`, s) || (this.shared[n] = s));
        }
        this.last_shared_props = e.shared_props;
      }
      if (this.last_props !== e.props) {
        for (const n in e.props) {
          if (n === "i18n_store") continue;
          const s = e.props[n];
          s !== void 0 && (this._is_i18n_managed(`props.${n}`, s) || (this.props[n] = s));
        }
        this.last_props = e.props;
      }
      this.registered_id !== null && this.registered_id !== a && this.unregister_component(this.registered_id, this.set_data_callback), this.register_component(
        a,
        // @ts-ignore
        this.set_data_callback,
        this.get_data_callback
      ), this.registered_id = a, we(() => {
        this.shared.id = a;
      });
    }), fe(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), fe(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [n, s] of Object.entries(this.translatable_props)) {
        const [l, f] = n.split("."), o = this.i18n(s);
        l === "shared" ? this.shared[f] = o : this.props[f] = o;
      }
    }) : void 0);
  }
  // check if props are translatable
  _is_i18n_managed(e, i) {
    const a = this.translatable_props[e];
    return a ? i === a ? !0 : (delete this.translatable_props[e], !1) : !1;
  }
  _translate_and_store(e, i, a) {
    if (typeof a != "string") return a;
    const n = this.i18n(a);
    return n !== a && (this.translatable_props[`${e}.${i}`] = a), n;
  }
  // Reactive variant of `i18n`. Reading it inside a derived or template
  // subscribes to the live locale store (via Svelte's createSubscriber), so
  // the caller re-runs when the locale changes at runtime. The store is only
  // the reactivity trigger; translation always goes through `this.i18n` so a
  // custom formatter passed via props keeps taking effect.
  live_i18n = (e) => (this._i18n_from_store?.current, this.i18n(e));
  dispatch(e, i) {
    this.dispatcher(this.shared.id, e, i);
  }
  async get_data() {
    return ea(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const i in e) {
      const a = e[i], n = Ta(a) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, a) : a;
      if (this.shared_props.includes(i)) {
        const s = i;
        this.shared[s] = n;
        continue;
      }
      this.props[i] = n;
    }
  }
  watch_for_change() {
    fe(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Aa = /* @__PURE__ */ C('<span class="kimi-versions" role="group" aria-label="Versions"><button type="button" class="kimi-icon" aria-label="Previous version">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon" aria-label="Next version">›</button></span>');
function gt(t, e) {
  Re(e, !0);
  let i = he(() => e.message.versions ? e.message.versions[0] : 1), a = he(() => e.message.versions ? e.message.versions[1] : 1);
  var n = Ne(), s = se(n);
  {
    var l = (f) => {
      var o = Aa(), d = I(o), g = A(d, 2), S = F(g), k = A(g, 2);
      z(() => {
        d.disabled = r(i) <= 1, B(S, `${r(i) ?? ""}/${r(a) ?? ""}`), k.disabled = r(i) >= r(a);
      }), Z("click", d, () => e.act("version", { id: e.message.id, step: -1 })), Z("click", k, () => e.act("version", { id: e.message.id, step: 1 })), y(f, o);
    };
    D(s, (f) => {
      r(a) > 1 && f(l);
    });
  }
  y(t, n), Le();
}
xe(["click"]);
var Ma = /* @__PURE__ */ Se('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Ra = /* @__PURE__ */ Se('<path d="M5 12l5 5L20 7"></path>'), La = /* @__PURE__ */ Se('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Na = /* @__PURE__ */ Se('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Ia = /* @__PURE__ */ Se('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function We(t, e) {
  var i = Ia(), a = I(i);
  {
    var n = (o) => {
      var d = Ma();
      y(o, d);
    }, s = (o) => {
      var d = Ra();
      y(o, d);
    }, l = (o) => {
      var d = La();
      y(o, d);
    }, f = (o) => {
      var d = Na();
      y(o, d);
    };
    D(a, (o) => {
      e.name === "copy" ? o(n) : e.name === "done" ? o(s, 1) : e.name === "edit" ? o(l, 2) : e.name === "retry" && o(f, 3);
    });
  }
  y(t, i);
}
var Oa = /* @__PURE__ */ C('<span class="kimi-copy"><button type="button" class="kimi-icon" title="Copy"><!></button> <span role="status" aria-live="polite"> </span></span>');
function pt(t, e) {
  var i = Oa(), a = I(i), n = I(a);
  {
    let o = he(() => e.copied ? "done" : "copy");
    We(n, {
      get name() {
        return r(o);
      }
    });
  }
  var s = A(a, 2);
  let l;
  var f = F(s, !0);
  z(() => {
    J(a, "aria-label", e.copied ? "Copied" : e.label), l = ye(s, 1, "kimi-copied", null, l, { shown: e.copied }), B(f, e.copied ? "Copied" : "");
  }), Z("click", a, function(...o) {
    e.onclick?.apply(this, o);
  }), y(t, i);
}
xe(["click"]);
const it = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function za(t, e) {
  const i = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!i.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of i) {
    const s = n.textContent || "", l = ["$$", "\\[", "\\(", "$"].find((o) => s.startsWith(o) && s.endsWith(it[o]));
    if (!l) continue;
    const f = s.slice(l.length, s.length - it[l].length);
    n.dataset.tex = s;
    try {
      a.render(f, n, {
        displayMode: n.classList.contains("kimi-math-display"),
        throwOnError: !1,
        output: "htmlAndMathml"
      });
    } catch {
      n.textContent = s;
    }
  }
}
async function je(t) {
  if (navigator.clipboard && window.isSecureContext)
    try {
      return await navigator.clipboard.writeText(t), !0;
    } catch {
    }
  const e = document.createElement("textarea");
  e.value = t, e.setAttribute("readonly", ""), e.style.position = "fixed", e.style.opacity = "0", document.body.appendChild(e), e.select();
  let i = !1;
  try {
    i = document.execCommand("copy");
  } catch {
    i = !1;
  }
  return e.remove(), i;
}
function Ge(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Ha(t) {
  return t.map(
    (e) => e.role === "user" ? `**You:**

${e.source || ""}` : `**Kimi:**

${Ge(e)}`
  ).join(`

---

`);
}
function qa(t) {
  return t == null ? "" : t < 1 ? `${t.toFixed(2)} ms` : t < 1e3 ? `${t < 10 ? t.toFixed(1) : Math.round(t)} ms` : `${(t / 1e3).toFixed(t < 1e4 ? 1 : 0)} s`;
}
function Fa(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Da = /* @__PURE__ */ C('<span class="kimi-spinner" aria-hidden="true"></span>Thinking…', 1), Ba = /* @__PURE__ */ C('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), Pa = /* @__PURE__ */ C('<span class="kimi-tool-args"> </span>'), Ga = /* @__PURE__ */ C('<span class="kimi-tool-status"> </span>'), Va = /* @__PURE__ */ C('<span class="kimi-tool-ms"> </span>'), Ua = /* @__PURE__ */ C('<div class="kimi-tool-more"> </div>'), Ka = /* @__PURE__ */ C('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), Ya = /* @__PURE__ */ C('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label">Arguments</div> <pre><code> </code></pre> <!></div></details>'), Wa = /* @__PURE__ */ C('<div class="kimi-text"></div>'), ja = /* @__PURE__ */ C('<div><span aria-hidden="true"> </span> <div></div></div>'), Ja = /* @__PURE__ */ C('<div class="kimi-waiting-detail"> </div>'), Xa = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), Qa = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), Za = /* @__PURE__ */ C('<span class="kimi-stats"> </span>'), $a = /* @__PURE__ */ C('<button type="button" class="kimi-icon" aria-label="Retry" title="Retry"><!></button>'), er = /* @__PURE__ */ C('<button type="button" class="kimi-button kimi-continue">Continue</button>'), tr = /* @__PURE__ */ C('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), ar = /* @__PURE__ */ C(`<article aria-label="Kimi's answer"><!> <!></article>`);
function rr(t, e) {
  Re(e, !0);
  var i = this && this.__awaiter || function(k, c, O, V) {
    function _(b) {
      return b instanceof O ? b : new O(function(M) {
        M(b);
      });
    }
    return new (O || (O = Promise))(function(b, M) {
      function U(p) {
        try {
          w(V.next(p));
        } catch (v) {
          M(v);
        }
      }
      function N(p) {
        try {
          w(V.throw(p));
        } catch (v) {
          M(v);
        }
      }
      function w(p) {
        p.done ? b(p.value) : _(p.value).then(U, N);
      }
      w((V = V.apply(k, c || [])).next());
    });
  };
  let a = te(!1);
  const n = {
    pending: "calling…",
    running: "running…",
    ok: "",
    error: "failed",
    timeout: "timed out",
    cancelled: "stopped"
  };
  function s(k, c) {
    k.open = !!c;
    let O = !!c;
    return {
      update(V) {
        !!V !== O && (k.open = O = !!V);
      }
    };
  }
  function l() {
    return i(this, void 0, void 0, function* () {
      P(a, yield je(Ge(e.message)), !0), setTimeout(() => P(a, !1), 1500);
    });
  }
  var f = ar();
  let o;
  var d = I(f);
  Me(d, 17, () => e.message.parts || [], De, (k, c) => {
    var O = Ne(), V = se(O);
    {
      var _ = (p) => {
        var v = Ba(), m = I(v), x = I(m);
        {
          var h = (W) => {
            var H = Da();
            y(W, H);
          }, L = (W) => {
            var H = ia();
            z((q) => B(H, `Thought${q ?? ""}`), [
              () => r(c).seconds ? " for " + Fa(r(c).seconds) : ""
            ]), y(W, H);
          };
          D(x, (W) => {
            r(c).live ? W(h) : W(L, -1);
          });
        }
        var G = A(m, 2);
        ze(G, () => r(c).html, !0), fa(v, (W, H) => s?.(W, H), () => r(c).live), y(p, v);
      }, b = (p) => {
        var v = Ya(), m = I(v), x = I(m), h = F(x), L = A(x, 2);
        {
          var G = (T) => {
            var K = Pa(), Y = F(K, !0);
            z(() => B(Y, r(c).brief)), y(T, K);
          };
          D(L, (T) => {
            r(c).brief && T(G);
          });
        }
        var W = A(L, 2);
        {
          var H = (T) => {
            var K = Ga(), Y = F(K, !0);
            z(() => B(Y, n[r(c).status])), y(T, K);
          };
          D(W, (T) => {
            n[r(c).status] && T(H);
          });
        }
        var q = A(W, 2);
        {
          var j = (T) => {
            var K = Va(), Y = F(K, !0);
            z((X) => B(Y, X), [() => qa(r(c).ms)]), y(T, K);
          };
          D(q, (T) => {
            r(c).ms !== null && r(c).ms !== void 0 && T(j);
          });
        }
        var $ = A(m, 2), ne = A(I($), 2), de = I(ne), u = F(de, !0), E = A(ne, 2);
        {
          var R = (T) => {
            var K = Ka(), Y = se(K), X = F(Y), me = A(Y, 2), ae = I(me), Q = F(ae, !0), ee = A(me, 2);
            {
              var ue = (ge) => {
                var Ee = Ua(), oe = F(Ee);
                z((Ie) => B(oe, `${Ie ?? ""} more characters: the full result is in the tool-call log.`), [() => r(c).more.toLocaleString()]), y(ge, Ee);
              };
              D(ee, (ge) => {
                r(c).more && ge(ue);
              });
            }
            z(() => {
              B(X, `Result${r(c).cut ? " (cut for the model)" : ""}`), B(Q, r(c).result);
            }), y(T, K);
          };
          D(E, (T) => {
            r(c).result !== null && r(c).result !== void 0 && T(R);
          });
        }
        z(() => {
          J(v, "data-status", r(c).status), B(h, `🛠 ${r(c).name ?? ""}`), B(u, r(c).args || "{}");
        }), y(p, v);
      }, M = (p) => {
        var v = Wa();
        ze(v, () => r(c).html, !0), y(p, v);
      }, U = (p) => {
        var v = ja(), m = I(v), x = F(m, !0), h = A(m, 2);
        ze(h, () => r(c).html, !0), z(() => {
          ye(v, 1, `kimi-notice kimi-notice-${r(c).kind ?? ""}`), J(v, "role", r(c).kind === "error" ? "alert" : null), B(x, r(c).kind === "error" ? "⚠️" : "ℹ️");
        }), y(p, v);
      }, N = (p) => {
        var v = Xa(), m = A(I(v), 2), x = F(m, !0), h = A(m, 2);
        {
          var L = (G) => {
            var W = Ja(), H = F(W, !0);
            z(() => B(H, r(c).detail)), y(G, W);
          };
          D(h, (G) => {
            r(c).detail && G(L);
          });
        }
        z(() => B(x, r(c).title)), y(p, v);
      }, w = (p) => {
        var v = Qa(), m = I(v), x = F(m, !0), h = A(m, 2), L = A(h, 2), G = F(L);
        z(() => {
          B(x, r(c).title), J(h, "max", r(c).total || 1), _a(h, r(c).done || 0), J(h, "aria-label", r(c).title), B(G, `${r(c).done ?? ""}/${r(c).total ?? ""}`);
        }), y(p, v);
      };
      D(V, (p) => {
        r(c).type === "reasoning" ? p(_) : r(c).type === "tool" ? p(b, 1) : r(c).type === "text" ? p(M, 2) : r(c).type === "notice" ? p(U, 3) : r(c).type === "waiting" ? p(N, 4) : r(c).type === "progress" && p(w, 5);
      });
    }
    y(k, O);
  });
  var g = A(d, 2);
  {
    var S = (k) => {
      var c = tr(), O = I(c);
      {
        var V = (x) => {
          var h = Za(), L = F(h, !0);
          z(() => B(L, e.message.stats)), y(x, h);
        };
        D(O, (x) => {
          e.message.stats && x(V);
        });
      }
      var _ = A(O, 2), b = I(_);
      {
        var M = (x) => {
          pt(x, {
            label: "Copy answer",
            get copied() {
              return r(a);
            },
            onclick: l
          });
        }, U = he(() => Ge(e.message));
        D(b, (x) => {
          r(U) && x(M);
        });
      }
      var N = A(b, 2);
      {
        var w = (x) => {
          var h = $a(), L = I(h);
          We(L, { name: "retry" }), Z("click", h, () => e.act("retry", { id: e.message.id })), y(x, h);
        };
        D(N, (x) => {
          e.message.can_retry && e.message.id && x(w);
        });
      }
      var p = A(N, 2);
      gt(p, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var v = A(p, 2);
      {
        var m = (x) => {
          var h = er();
          Z("click", h, () => e.act("resume", { id: e.message.id })), y(x, h);
        };
        D(v, (x) => {
          e.message.can_continue && x(m);
        });
      }
      y(k, c);
    };
    D(g, (k) => {
      e.message.live || k(S);
    });
  }
  z(() => {
    o = ye(f, 1, "kimi-msg kimi-answer", null, o, { "kimi-live": e.message.live }), J(f, "data-id", e.message.id);
  }), y(t, f), Le();
}
xe(["click"]);
var ir = /* @__PURE__ */ C("<figcaption> </figcaption>"), nr = /* @__PURE__ */ C('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), sr = /* @__PURE__ */ C('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), or = /* @__PURE__ */ C('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), lr = /* @__PURE__ */ C('<div class="kimi-doc"> </div>'), fr = /* @__PURE__ */ C('<div class="kimi-files"></div>'), cr = /* @__PURE__ */ C('<textarea class="kimi-edit-box" rows="4" aria-label="Edit your message"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button">Cancel</button> <button type="button" class="kimi-button kimi-primary">Send</button></div>', 1), dr = /* @__PURE__ */ C('<div class="kimi-user-text"> </div>'), ur = /* @__PURE__ */ C('<button type="button" class="kimi-icon" aria-label="Edit message" title="Edit"><!></button>'), vr = /* @__PURE__ */ C("<!> <!>", 1), _r = /* @__PURE__ */ C('<div class="kimi-msg-tools"><!> <!></div>'), hr = /* @__PURE__ */ C('<article class="kimi-msg kimi-user" aria-label="Your message"><div><!> <!></div> <!></article>');
function mr(t, e) {
  Re(e, !0);
  var i = this && this.__awaiter || function(w, p, v, m) {
    function x(h) {
      return h instanceof v ? h : new v(function(L) {
        L(h);
      });
    }
    return new (v || (v = Promise))(function(h, L) {
      function G(q) {
        try {
          H(m.next(q));
        } catch (j) {
          L(j);
        }
      }
      function W(q) {
        try {
          H(m.throw(q));
        } catch (j) {
          L(j);
        }
      }
      function H(q) {
        q.done ? h(q.value) : x(q.value).then(G, W);
      }
      H((m = m.apply(w, p || [])).next());
    });
  };
  let a = te(!1), n = te(""), s = te(!1), l = te(void 0);
  function f() {
    return i(this, void 0, void 0, function* () {
      P(n, e.message.source || "", !0), P(a, !0), yield _t(), r(l) === null || r(l) === void 0 || r(l).focus();
    });
  }
  function o() {
    r(n).trim() && (P(a, !1), e.act("edit", { id: e.message.id, text: r(n) }));
  }
  function d(w) {
    w.key === "Escape" ? (w.preventDefault(), w.stopPropagation(), P(a, !1)) : w.key === "Enter" && !w.shiftKey && !w.isComposing && (w.preventDefault(), o());
  }
  function g() {
    return i(this, void 0, void 0, function* () {
      P(s, yield je(e.message.source || ""), !0), setTimeout(() => P(s, !1), 1500);
    });
  }
  var S = hr(), k = I(S);
  let c;
  var O = I(k);
  {
    var V = (w) => {
      var p = fr();
      Me(p, 21, () => e.message.files, De, (v, m) => {
        var x = Ne(), h = se(x);
        {
          var L = (H) => {
            var q = nr(), j = I(q), $ = F(j), ne = A(j, 2);
            {
              var de = (u) => {
                var E = ir(), R = F(E, !0);
                z(() => B(R, r(m).note)), y(u, E);
              };
              D(ne, (u) => {
                r(m).note && u(de);
              });
            }
            z(() => {
              J(j, "aria-label", "Enlarge " + r(m).name), J($, "src", r(m).url), J($, "alt", r(m).name);
            }), Z("click", j, () => e.open_image(r(m))), y(H, q);
          }, G = (H) => {
            var q = or(), j = I(q), $ = F(j), ne = A(j, 2);
            Me(ne, 21, () => r(m).frames || [], De, (de, u) => {
              var E = sr(), R = I(E), T = F(R), K = A(R, 2), Y = F(K, !0);
              z(() => {
                J(R, "aria-label", "Enlarge the frame at " + r(u).at), J(T, "src", r(u).url), J(T, "alt", r(m).name + " at " + r(u).at), B(Y, r(u).at);
              }), Z("click", R, () => e.open_image({
                url: r(u).url,
                name: r(m).name + " at " + r(u).at
              })), y(de, E);
            }), z(() => {
              B($, `🎞 ${r(m).name ?? ""}`), J(ne, "aria-label", "Frames of " + r(m).name);
            }), y(H, q);
          }, W = (H) => {
            var q = lr(), j = F(q);
            z(() => B(j, `📄 ${r(m).name ?? ""}${r(m).note ? " · " + r(m).note : ""}`)), y(H, q);
          };
          D(h, (H) => {
            r(m).kind === "image" ? H(L) : r(m).kind === "video" ? H(G, 1) : H(W, -1);
          });
        }
        y(v, x);
      }), y(w, p);
    };
    D(O, (w) => {
      e.message.files && e.message.files.length && w(V);
    });
  }
  var _ = A(O, 2);
  {
    var b = (w) => {
      var p = cr(), v = se(p);
      Pe(v, (L) => P(l, L), () => r(l));
      var m = A(v, 2), x = I(m), h = A(x, 2);
      z((L) => h.disabled = L, [() => !r(n).trim()]), Z("keydown", v, d), ma(v, () => r(n), (L) => P(n, L)), Z("click", x, () => P(a, !1)), Z("click", h, o), y(w, p);
    }, M = (w) => {
      var p = dr(), v = F(p, !0);
      z(() => B(v, e.message.source)), y(w, p);
    };
    D(_, (w) => {
      r(a) ? w(b) : e.message.source && w(M, 1);
    });
  }
  var U = A(k, 2);
  {
    var N = (w) => {
      var p = _r(), v = I(p);
      {
        var m = (h) => {
          var L = vr(), G = se(L);
          pt(G, {
            label: "Copy message",
            get copied() {
              return r(s);
            },
            onclick: g
          });
          var W = A(G, 2);
          {
            var H = (q) => {
              var j = ur(), $ = I(j);
              We($, { name: "edit" }), Z("click", j, f), y(q, j);
            };
            D(W, (q) => {
              e.message.id && q(H);
            });
          }
          y(h, L);
        };
        D(v, (h) => {
          e.message.source && h(m);
        });
      }
      var x = A(v, 2);
      gt(x, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), y(w, p);
    };
    D(U, (w) => {
      r(a) || w(N);
    });
  }
  z(() => {
    J(S, "data-id", e.message.id), c = ye(k, 1, "kimi-bubble", null, c, { "kimi-editing": r(a) });
  }), y(t, S), Le();
}
xe(["click", "keydown"]);
function gr(t, e, i) {
  const a = window.kimiSide || {}, n = a[e];
  delete a[e];
  const s = n ? n.control : new AbortController(), l = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e);
  return (async () => {
    try {
      const f = await (n ? n.response : fetch(l, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!f.ok || !f.body) return;
      const o = f.body.pipeThrough(new TextDecoderStream()).getReader();
      let d = "";
      for (; ; ) {
        const { done: g, value: S } = await o.read();
        if (g) return;
        d += S;
        const k = d.lastIndexOf(`
`);
        if (k < 0) continue;
        const c = d.slice(0, k);
        d = d.slice(k + 1), i(JSON.parse(c.slice(c.lastIndexOf(`
`) + 1)));
      }
    } catch {
    }
  })(), () => s.abort();
}
var pr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), br = /* @__PURE__ */ C('<p class="kimi-empty svelte-49zqag"> </p>'), kr = /* @__PURE__ */ C('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), yr = /* @__PURE__ */ C('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), wr = /* @__PURE__ */ C('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag">Close</button>', 1), xr = /* @__PURE__ */ C('<div><div class="kimi-scroll svelte-49zqag" role="log" aria-label="Conversation" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function Er(t, e) {
  Re(e, !0);
  var i = this && this.__awaiter || function(u, E, R, T) {
    function K(Y) {
      return Y instanceof R ? Y : new R(function(X) {
        X(Y);
      });
    }
    return new (R || (R = Promise))(function(Y, X) {
      function me(ee) {
        try {
          Q(T.next(ee));
        } catch (ue) {
          X(ue);
        }
      }
      function ae(ee) {
        try {
          Q(T.throw(ee));
        } catch (ue) {
          X(ue);
        }
      }
      function Q(ee) {
        ee.done ? Y(ee.value) : K(ee.value).then(me, ae);
      }
      Q((T = T.apply(u, E || [])).next());
    });
  };
  let a = /* @__PURE__ */ ka(e, pr);
  const n = new Ca(a);
  let s = -1, l = { messages: [] }, f = he(() => {
    const u = n.props.value || { messages: [] }, E = typeof u.opening == "number" ? u.opening : null;
    return E !== null && E < s ? l : (E !== null && (s = E), l = u, u);
  }), o = te(null), d = "", g = () => {
  };
  fe(() => {
    const u = r(f).live_key;
    !u || u === d || (d = u, g(), P(o, { key: u, opening: r(f).opening, item: null }, !0), g = gr(n.shared.root || "", u, (E) => {
      r(o) && r(o).key === u && P(o, Object.assign(Object.assign({}, r(o)), { item: E }), !0);
    }));
  }), fe(() => {
    if (!r(o)) return;
    const u = r(f).messages || [], E = u[u.length - 1];
    (r(f).opening !== r(o).opening || !E || !E.live && r(f).live_key !== r(o).key) && (g(), P(
      o,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let S = he(() => {
    const u = r(f).messages || [], E = u[u.length - 1];
    if (!r(o) || !r(o).item || !E || !E.live || r(f).opening !== r(o).opening) return u;
    const R = r(
      o
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ...u.slice(0, -1).filter((T) => R == null || T.id !== R),
      r(o).item
    ];
  }), k = he(() => r(S).some((u) => u.live)), c = te(void 0), O = !0, V = null, _ = null, b = te(null), M = te(void 0), U = te(!1), N = null;
  function w(u, E) {
    if (u === "version" && r(c)) {
      const R = [...r(c).querySelectorAll(".kimi-msg")], T = R.findIndex((Y) => Y.getAttribute("data-id") === String(E.id)), K = T < 0 ? 0 : R[T].getBoundingClientRect().top - r(c).getBoundingClientRect().top;
      N = T < 0 ? null : {
        index: T,
        id: String(E.id),
        top: K,
        until: performance.now() + 5e3
      };
    }
    n.dispatch(u, E);
  }
  function p() {
    if (!N || !r(c) || performance.now() > N.until) return N = null, !1;
    const u = r(c).querySelectorAll(".kimi-msg")[N.index];
    return !u || u.getAttribute("data-id") === N.id ? !1 : (r(c).scrollTop += u.getBoundingClientRect().top - r(c).getBoundingClientRect().top - N.top, N = null, v(), !0);
  }
  function v() {
    r(c) && (O = r(c).scrollHeight - r(c).scrollTop - r(c).clientHeight < 80);
  }
  let m = 0;
  fe(() => {
    r(
      S
      // what the frame below reads: run again when they change
    ), r(f).focus, r(k), !m && (m = requestAnimationFrame(() => {
      var u;
      if (m = 0, !r(c)) return;
      const E = r(S).length ? String((u = r(S)[0].id) !== null && u !== void 0 ? u : "") + ":" + r(S).length : "", R = r(f).focus || null, T = r(k), K = r(c).querySelectorAll(".kimi-msg");
      za(T && K.length ? K[K.length - 1] : r(c), n.shared.root || "");
      const Y = E.split(":")[0] !== (V || "").split(":")[0];
      if (V = E, !p()) {
        if (R && R !== _) {
          _ = R;
          const X = r(c).querySelector(`[data-id="${CSS.escape(R)}"]`);
          if (X) {
            X.scrollIntoView({ block: "center" }), X.classList.add("kimi-flash"), setTimeout(() => X.classList.remove("kimi-flash"), 2500), O = !1;
            return;
          }
        }
        R || (_ = null), (O || Y) && (r(c).scrollTop = r(c).scrollHeight, O = !0);
      }
    }));
  }), fe(() => {
    r(M) && (r(b) && !r(M).open && r(M).showModal(), !r(b) && r(M).open && r(M).close());
  });
  function x() {
    return i(this, void 0, void 0, function* () {
      P(U, yield je(Ha(r(S))), !0), setTimeout(() => P(U, !1), 1500);
    });
  }
  var h = xr();
  let L;
  var G = I(h), W = I(G), H = I(W);
  {
    var q = (u) => {
      var E = br(), R = F(E, !0);
      z(() => B(R, n.props.placeholder || "")), y(u, E);
    }, j = (u) => {
      var E = yr(), R = se(E), T = I(R);
      {
        var K = (ae) => {
          var Q = kr(), ee = F(Q);
          z(() => B(ee, `↑ Show ${r(f).earlier ?? ""} earlier message${r(f).earlier === 1 ? "" : "s"}`)), Z("click", Q, () => w("earlier", {})), y(ae, Q);
        };
        D(T, (ae) => {
          r(f).earlier && ae(K);
        });
      }
      var Y = A(T, 2), X = F(Y, !0), me = A(R, 2);
      Me(me, 19, () => r(S), (ae, Q) => ae.id ?? "at-" + Q, (ae, Q) => {
        var ee = Ne(), ue = se(ee);
        {
          var ge = (oe) => {
            mr(oe, {
              get message() {
                return r(Q);
              },
              act: w,
              open_image: (Ie) => P(b, Ie, !0)
            });
          }, Ee = (oe) => {
            rr(oe, {
              get message() {
                return r(Q);
              },
              act: w
            });
          };
          D(ue, (oe) => {
            r(Q).role === "user" ? oe(ge) : oe(Ee, -1);
          });
        }
        y(ae, ee);
      }), z(() => B(X, r(U) ? "Copied" : "Copy conversation")), Z("click", Y, x), y(u, E);
    };
    D(H, (u) => {
      r(S).length === 0 ? u(q) : u(j, -1);
    });
  }
  Pe(G, (u) => P(c, u), () => r(c));
  var $ = A(G, 2), ne = I($);
  {
    var de = (u) => {
      var E = wr(), R = se(E), T = A(R, 2);
      z(() => {
        J(R, "src", r(b).url), J(R, "alt", r(b).name);
      }), Z("click", T, () => P(b, null)), y(u, E);
    };
    D(ne, (u) => {
      r(b) && u(de);
    });
  }
  Pe($, (u) => P(M, u), () => r(M)), z(
    (u) => {
      J(h, "id", n.shared.elem_id), L = ye(h, 1, `kimi-chat ${u ?? ""}`, "svelte-49zqag", L, { hidden: n.shared.visible === !1 }), J(G, "aria-busy", r(k)), J($, "aria-label", r(b) ? r(b).name : "Image");
    },
    [() => (n.shared.elem_classes || []).join(" ")]
  ), $e("scroll", G, v), $e("close", $, () => P(b, null)), Z("click", $, (u) => {
    u.target === r(M) && P(b, null);
  }), y(t, h), Le();
}
xe(["click"]);
export {
  Er as default
};
