import { i as tt, g as at, o as mt, c as rt, a as te, b as gt, T as it, d as pt, e as Pe, f as ce, r as ke, h as ge, p as Be, j as _e, k as fe, m as nt, s as st, l as ot, E as bt, n as i, q as Ue, t as kt, u as yt, v as wt, w as Ye, x as xt, y as Et, z as St, A as Ge, B as ae, D as Tt, I as Ne, C as Ct, F as Mt, G as At, H as Lt, J as lt, K as Nt, L as N, M as Rt, N as It, O as Ot, P as We, Q as zt, R as Ht, S as Ft, U as Dt, V as qt, W as Pt, X as ft, Y as xe, Z as ct, _ as Bt, $ as Gt, a0 as Vt, a1 as Kt, a2 as Ut, a3 as Yt, a4 as Wt, a5 as Jt, a6 as ee, a7 as Je, a8 as Y, a9 as de, aa as Ee, ab as Se, ac as re, ad as Te, ae as oe, af as T, ag as K, ah as $, ai as A, aj as B, ak as Xe } from "./render-8M-CU1zq.js";
const Xt = [];
function jt(t, e = !1, r = !1) {
  return pe(t, /* @__PURE__ */ new Map(), "", Xt, null, r);
}
function pe(t, e, r, a, n = null, s = !1) {
  if (typeof t == "object" && t !== null) {
    var o = e.get(t);
    if (o !== void 0) return o;
    if (t instanceof Map) return (
      /** @type {Snapshot<T>} */
      new Map(t)
    );
    if (t instanceof Set) return (
      /** @type {Snapshot<T>} */
      new Set(t)
    );
    if (tt(t)) {
      var f = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, f), n !== null && e.set(n, f);
      for (var l = 0; l < t.length; l += 1) {
        var u = t[l];
        l in t && (f[l] = pe(u, e, r, a, null, s));
      }
      return f;
    }
    if (at(t) === mt) {
      f = {}, e.set(t, f), n !== null && e.set(n, f);
      for (var _ of Object.keys(t))
        f[_] = pe(
          // @ts-expect-error
          t[_],
          e,
          r,
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
      return pe(
        /** @type {T & { toJSON(): any } } */
        t.toJSON(),
        e,
        r,
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
const Qt = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function Zt(t) {
  return (
    /** @type {string} */
    Qt?.createHTML(t) ?? t
  );
}
function dt(t) {
  var e = rt("template");
  return e.innerHTML = Zt(t.replaceAll("<!>", "<!---->")), e.content;
}
function le(t, e) {
  var r = (
    /** @type {Effect} */
    Pe
  );
  r.nodes === null && (r.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function S(t, e) {
  var r = (e & it) !== 0, a = (e & pt) !== 0, n, s = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = dt(s ? t : "<!>" + t), r || (n = /** @type {TemplateNode} */
    te(n)));
    var o = (
      /** @type {TemplateNode} */
      a || gt ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (r) {
      var f = (
        /** @type {TemplateNode} */
        te(o)
      ), l = (
        /** @type {TemplateNode} */
        o.lastChild
      );
      le(f, l);
    } else
      le(o, o);
    return o;
  };
}
// @__NO_SIDE_EFFECTS__
function $t(t, e, r = "svg") {
  var a = !t.startsWith("<!>"), n = (e & it) !== 0, s = `<${r}>${a ? t : "<!>" + t}</${r}>`, o;
  return () => {
    if (!o) {
      var f = (
        /** @type {DocumentFragment} */
        dt(s)
      ), l = (
        /** @type {Element} */
        te(f)
      );
      if (n)
        for (o = document.createDocumentFragment(); te(l); )
          o.appendChild(
            /** @type {TemplateNode} */
            te(l)
          );
      else
        o = /** @type {Element} */
        te(l);
    }
    var u = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (n) {
      var _ = (
        /** @type {TemplateNode} */
        te(u)
      ), E = (
        /** @type {TemplateNode} */
        u.lastChild
      );
      le(_, E);
    } else
      le(u, u);
    return u;
  };
}
// @__NO_SIDE_EFFECTS__
function me(t, e) {
  return /* @__PURE__ */ $t(t, e, "svg");
}
function ea(t = "") {
  {
    var e = ce(t + "");
    return le(e, e), e;
  }
}
function he() {
  var t = document.createDocumentFragment(), e = document.createComment(""), r = ce();
  return t.append(e, r), le(e, r), t;
}
function y(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class ta {
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
  constructor(e, r = !0) {
    this.anchor = e, this.#i = r;
  }
  /**
   * @param {Batch} batch
   */
  #n = (e) => {
    if (this.#t.has(e)) {
      var r = (
        /** @type {Key} */
        this.#t.get(e)
      ), a = this.#a.get(r);
      if (a)
        ke(a), this.#r.delete(r);
      else {
        var n = this.#e.get(r);
        n && (ke(n.effect), this.#a.set(r, n.effect), this.#e.delete(r), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), a = n.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const f = this.#e.get(o);
        f && (ge(f.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === r || this.#r.has(s)) continue;
        const f = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var u = document.createDocumentFragment();
            nt(o, u), u.append(ce()), this.#e.set(s, { effect: o, fragment: u });
          } else
            ge(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !a ? (this.#r.add(s), Be(o, f, !1)) : f();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const r = Array.from(this.#t.values());
    for (const [a, n] of this.#e)
      r.includes(a) || (ge(n.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, r) {
    var a = (
      /** @type {Batch} */
      fe
    ), n = st();
    if (r && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var s = document.createDocumentFragment(), o = ce();
        s.append(o), this.#e.set(e, {
          effect: _e(() => r(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          _e(() => r(this.anchor))
        );
    if (this.#t.set(a, e), n) {
      for (const [f, l] of this.#a)
        f === e ? a.unskip_effect(l) : a.skip_effect(l);
      for (const [f, l] of this.#e)
        f === e ? a.unskip_effect(l.effect) : a.skip_effect(l.effect);
      a.oncommit(this.#n), a.ondiscard(this.#s);
    } else
      this.#n(a);
  }
}
function z(t, e, r = !1) {
  var a = new ta(t), n = r ? bt : 0;
  function s(o, f) {
    a.ensure(o, f);
  }
  ot(() => {
    var o = !1;
    e((f, l = 0) => {
      o = !0, s(l, f);
    }), o || s(-1, null);
  }, n);
}
function ze(t, e) {
  return e;
}
function aa(t, e, r) {
  for (var a = [], n = e.length, s, o = e.length, f = 0; f < n; f++) {
    let E = e[f];
    Be(
      E,
      () => {
        if (s) {
          if (s.pending.delete(E), s.done.add(E), s.pending.size === 0) {
            var c = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            He(t, Ge(s.done)), c.delete(s), c.size === 0 && (t.outrogroups = null);
          }
        } else
          o -= 1;
      },
      !1
    );
  }
  if (o === 0) {
    var l = a.length === 0 && r !== null && t.pending.size === 0;
    if (l) {
      var u = (
        /** @type {Element} */
        r
      ), _ = (
        /** @type {Element} */
        u.parentNode
      );
      Mt(_), _.append(u), t.items.clear();
    }
    He(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function He(t, e, r = !0) {
  var a;
  if (t.pending.size > 0) {
    a = /* @__PURE__ */ new Set();
    for (const o of t.pending.values())
      for (const f of o)
        a.add(
          /** @type {EachItem} */
          t.items.get(f).e
        );
  }
  for (var n = 0; n < e.length; n++) {
    var s = e[n];
    if (a?.has(s)) {
      s.f |= ae;
      const o = document.createDocumentFragment();
      nt(s, o);
    } else
      ge(e[n], r);
  }
}
var je;
function ye(t, e, r, a, n, s = null) {
  var o = t, f = /* @__PURE__ */ new Map(), l = (e & lt) !== 0;
  if (l) {
    var u = (
      /** @type {Element} */
      t
    );
    o = u.appendChild(ce());
  }
  var _ = null, E = yt(() => {
    var H = r();
    return (
      /** @type {V[]} */
      tt(H) ? H : H == null ? [] : Ge(H)
    );
  }), c = /* @__PURE__ */ new Map(), C = !0;
  function L(H) {
    if ((x.effect.f & Tt) === 0) {
      x.pending.delete(H);
      var F = i(E);
      x.fallback = _, ra(x, F, o, e, a), _ !== null && (F.length === 0 ? (_.f & ae) === 0 ? ke(_) : (_.f ^= ae, ve(_, null, o)) : Be(_, () => {
        _ = null;
      }));
    }
  }
  function G(H) {
    x.pending.delete(H);
  }
  var d = ot(() => {
    for (var H = (
      /** @type {V[]} */
      i(E)
    ), F = H.length, k = /* @__PURE__ */ new Set(), h = (
      /** @type {Batch} */
      fe
    ), g = st(), v = 0; v < F; v += 1) {
      var w = H[v], p = a(w, v), b = C ? null : f.get(p);
      b ? (b.v && Ue(b.v, w), b.i && Ue(b.i, v), g && h.unskip_effect(b.e)) : (b = ia(
        f,
        C ? o : je ??= ce(),
        w,
        p,
        v,
        n,
        e,
        r
      ), C || (b.e.f |= ae), f.set(p, b)), k.add(p);
    }
    if (F === 0 && s && !_ && (C ? _ = _e(() => s(o)) : (_ = _e(() => s(je ??= ce())), _.f |= ae)), F > k.size && kt(), !C)
      if (c.set(h, k), g) {
        for (const [D, I] of f)
          k.has(D) || h.skip_effect(I.e);
        h.oncommit(L), h.ondiscard(G);
      } else
        L(h);
    i(E);
  }), x = { effect: d, items: f, pending: c, outrogroups: null, fallback: _ };
  C = !1;
}
function ue(t) {
  for (; t !== null && (t.f & Ct) === 0; )
    t = t.next;
  return t;
}
function ra(t, e, r, a, n) {
  var s = (a & Nt) !== 0, o = e.length, f = t.items, l = ue(t.effect.first), u, _ = null, E, c = [], C = [], L, G, d, x;
  if (s)
    for (x = 0; x < o; x += 1)
      L = e[x], G = n(L, x), d = /** @type {EachItem} */
      f.get(G).e, (d.f & ae) === 0 && (d.nodes?.a?.measure(), (E ??= /* @__PURE__ */ new Set()).add(d));
  for (x = 0; x < o; x += 1) {
    if (L = e[x], G = n(L, x), d = /** @type {EachItem} */
    f.get(G).e, t.outrogroups !== null)
      for (const b of t.outrogroups)
        b.pending.delete(d), b.done.delete(d);
    if ((d.f & Ne) !== 0 && (ke(d), s && (d.nodes?.a?.unfix(), (E ??= /* @__PURE__ */ new Set()).delete(d))), (d.f & ae) !== 0)
      if (d.f ^= ae, d === l)
        ve(d, null, r);
      else {
        var H = _ ? _.next : l;
        d === t.effect.last && (t.effect.last = d.prev), d.prev && (d.prev.next = d.next), d.next && (d.next.prev = d.prev), se(t, _, d), se(t, d, H), ve(d, H, r), _ = d, c = [], C = [], l = ue(_.next);
        continue;
      }
    if (d !== l) {
      if (u !== void 0 && u.has(d)) {
        if (c.length < C.length) {
          var F = C[0], k;
          _ = F.prev;
          var h = c[0], g = c[c.length - 1];
          for (k = 0; k < c.length; k += 1)
            ve(c[k], F, r);
          for (k = 0; k < C.length; k += 1)
            u.delete(C[k]);
          se(t, h.prev, g.next), se(t, _, h), se(t, g, F), l = F, _ = g, x -= 1, c = [], C = [];
        } else
          u.delete(d), ve(d, l, r), se(t, d.prev, d.next), se(t, d, _ === null ? t.effect.first : _.next), se(t, _, d), _ = d;
        continue;
      }
      for (c = [], C = []; l !== null && l !== d; )
        (u ??= /* @__PURE__ */ new Set()).add(l), C.push(l), l = ue(l.next);
      if (l === null)
        continue;
    }
    (d.f & ae) === 0 && c.push(d), _ = d, l = ue(d.next);
  }
  if (t.outrogroups !== null) {
    for (const b of t.outrogroups)
      b.pending.size === 0 && (He(t, Ge(b.done)), t.outrogroups?.delete(b));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || u !== void 0) {
    var v = [];
    if (u !== void 0)
      for (d of u)
        (d.f & Ne) === 0 && v.push(d);
    for (; l !== null; )
      (l.f & Ne) === 0 && l !== t.fallback && v.push(l), l = ue(l.next);
    var w = v.length;
    if (w > 0) {
      var p = (a & lt) !== 0 && o === 0 ? r : null;
      if (s) {
        for (x = 0; x < w; x += 1)
          v[x].nodes?.a?.measure();
        for (x = 0; x < w; x += 1)
          v[x].nodes?.a?.fix();
      }
      aa(t, v, p);
    }
  }
  s && At(() => {
    if (E !== void 0)
      for (d of E)
        d.nodes?.a?.apply();
  });
}
function ia(t, e, r, a, n, s, o, f) {
  var l = (o & xt) !== 0 ? (o & Et) === 0 ? St(r, !1, !1) : Ye(r) : null, u = (o & wt) !== 0 ? Ye(n) : null;
  return {
    v: l,
    i: u,
    e: _e(() => (s(e, l ?? r, u ?? n, f), () => {
      t.delete(a);
    }))
  };
}
function ve(t, e, r) {
  if (t.nodes)
    for (var a = t.nodes.start, n = t.nodes.end, s = e && (e.f & ae) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : r; a !== null; ) {
      var o = (
        /** @type {TemplateNode} */
        Lt(a)
      );
      if (s.before(a), a === n)
        return;
      a = o;
    }
}
function se(t, e, r) {
  e === null ? t.effect.first = r : e.next = r, r === null ? t.effect.last = e : r.prev = e;
}
function be(t, e, r = !1, a = !1, n = !1, s = !1) {
  var o = t, f = "";
  if (r)
    var l = (
      /** @type {Element} */
      t
    );
  N(() => {
    var u = (
      /** @type {Effect} */
      Pe
    );
    if (f !== (f = e() ?? "")) {
      if (r) {
        u.nodes = null, l.innerHTML = /** @type {string} */
        f, f !== "" && le(
          /** @type {TemplateNode} */
          te(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (u.nodes !== null && (Rt(
        u.nodes.start,
        /** @type {TemplateNode} */
        u.nodes.end
      ), u.nodes = null), f !== "") {
        var _ = a ? It : n ? Ot : void 0, E = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          rt(a ? "svg" : n ? "math" : "template", _)
        );
        E.innerHTML = /** @type {any} */
        f;
        var c = a || n ? E : (
          /** @type {HTMLTemplateElement} */
          E.content
        );
        if (le(
          /** @type {TemplateNode} */
          te(c),
          /** @type {TemplateNode} */
          c.lastChild
        ), a || n)
          for (; te(c); )
            o.before(
              /** @type {TemplateNode} */
              te(c)
            );
        else
          o.before(c);
      }
    }
  });
}
const Qe = [...` 	
\r\f \v\uFEFF`];
function na(t, e, r) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), r) {
    for (var n of Object.keys(r))
      if (r[n])
        a = a ? a + " " + n : n;
      else if (a.length)
        for (var s = n.length, o = 0; (o = a.indexOf(n, o)) >= 0; ) {
          var f = o + s;
          (o === 0 || Qe.includes(a[o - 1])) && (f === a.length || Qe.includes(a[f])) ? a = (o === 0 ? "" : a.substring(0, o)) + a.substring(f + 1) : o = f;
        }
  }
  return a === "" ? null : a;
}
function Fe(t, e, r, a, n, s) {
  var o = (
    /** @type {any} */
    t[We]
  );
  if (o !== r || o === void 0) {
    var f = na(r, a, s);
    f == null ? t.removeAttribute("class") : t.className = f, t[We] = r;
  } else if (s && n !== s)
    for (var l in s) {
      var u = !!s[l];
      (n == null || u !== !!n[l]) && t.classList.toggle(l, u);
    }
  return s;
}
const sa = /* @__PURE__ */ Symbol("is custom element"), oa = /* @__PURE__ */ Symbol("is html"), la = qt ? "progress" : "PROGRESS";
function fa(t, e) {
  var r = ut(t);
  r.value === (r.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== la) || (t.value = e ?? "");
}
function X(t, e, r, a) {
  var n = ut(t), s = n[e];
  s !== (n[e] = r) && (e === "loading" && (t[zt] = r), r == null ? t.removeAttribute(e) : typeof r != "string" && ca(t).has(e) ? t[e] = r : t.setAttribute(e, r));
}
function ut(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Ht] ??= {
      [sa]: t.nodeName.includes("-"),
      [oa]: t.namespaceURI === Ft
    }
  );
}
var Ze = /* @__PURE__ */ new Map();
function ca(t) {
  var e = t.getAttribute("is") || t.nodeName, r = Ze.get(e);
  if (r) return r;
  Ze.set(e, r = /* @__PURE__ */ new Set());
  for (var a, n = t, s = Element.prototype; s !== n; ) {
    a = Dt(n);
    for (var o in a)
      a[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && r.add(o);
    n = at(n);
  }
  return r;
}
function da(t, e, r = e) {
  var a = /* @__PURE__ */ new WeakSet();
  Pt(t, "input", async (n) => {
    var s = n ? t.defaultValue : t.value;
    if (s = Re(t) ? Ie(s) : s, r(s), fe !== null && a.add(fe), await ft(), s !== (s = e())) {
      var o = t.selectionStart, f = t.selectionEnd, l = t.value.length;
      if (t.value = s ?? "", f !== null) {
        var u = t.value.length;
        o === f && f === l && u > l ? (t.selectionStart = u, t.selectionEnd = u) : (t.selectionStart = o, t.selectionEnd = Math.min(f, u));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  xe(e) == null && t.value && (r(Re(t) ? Ie(t.value) : t.value), fe !== null && a.add(fe)), ct(() => {
    var n = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        fe
      );
      if (a.has(s))
        return;
    }
    Re(t) && n === Ie(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function Re(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Ie(t) {
  return t === "" ? null : +t;
}
function Oe(t, e) {
  return t === e || t?.[Ut] === e;
}
function De(t = Vt(), e, r, a) {
  var n = (
    /** @type {ComponentContext} */
    Bt.r
  ), s = (
    /** @type {Effect} */
    Pe
  );
  return Gt(() => {
    var o, f;
    return ct(() => {
      o = f, f = [], xe(() => {
        Oe(r(...f), t) || (e(t, ...f), o && Oe(r(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== n && l.parent !== null && l.parent.f & Kt; )
        l = l.parent;
      const u = () => {
        f && Oe(r(...f), t) && e(null, ...f);
      }, _ = l.teardown;
      l.teardown = () => {
        u(), _?.();
      };
    };
  }), t;
}
function ua(t, e, r) {
  if (t == null)
    return e(void 0), Yt;
  const a = xe(
    () => t.subscribe(
      e,
      // @ts-expect-error
      r
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
}
function va(t) {
  let e;
  return ua(t, (r) => e = r)(), e;
}
const _a = {
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
function ha(t, e, r) {
  return new Proxy({ props: t, exclude: e }, _a);
}
const ma = [
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
], $e = {
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
ma.reduce((t, { color: e, primary: r, secondary: a }) => ({
  ...t,
  [e]: {
    primary: $e[e][r],
    secondary: $e[e][a]
  }
}), {});
function ga(t) {
  let e;
  const r = Jt((n) => {
    let s = !1;
    const o = t.subscribe((f) => {
      e = f, s && n();
    });
    return s = !0, o;
  });
  function a() {
    return Wt() ? (r(), e) : va(t);
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
const pa = "__i18n__", ba = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], ka = [
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
function ya(t) {
  return typeof t == "string" && t.includes(pa);
}
class wa {
  load_component;
  #t = ee(Je({}));
  get shared() {
    return i(this.#t);
  }
  set shared(e) {
    Y(this.#t, e, !0);
  }
  #a = ee(Je({}));
  get props() {
    return i(this.#a);
  }
  set props(e) {
    Y(this.#a, e, !0);
  }
  #e = ee((e) => e);
  get i18n() {
    return i(this.#e);
  }
  set i18n(e) {
    Y(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = ka;
  mounted = !1;
  old_value;
  register_component;
  unregister_component;
  set_data_callback;
  get_data_callback;
  registered_id = null;
  last_shared_props;
  last_props;
  constructor(e, r) {
    for (const a in e.shared_props)
      this.shared[a] = e.shared_props[a];
    for (const a in e.props)
      a !== "i18n_store" && (this.props[a] = e.props[a]);
    if (r)
      for (const a in r)
        this.props[a] === void 0 && (this.props[a] = r[a]);
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? ga(this.i18n_store) : void 0;
    for (const a of ba)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, de(() => {
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
      ), this.registered_id = a, xe(() => {
        this.shared.id = a;
      });
    }), de(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), de(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [n, s] of Object.entries(this.translatable_props)) {
        const [o, f] = n.split("."), l = this.i18n(s);
        o === "shared" ? this.shared[f] = l : this.props[f] = l;
      }
    }) : void 0);
  }
  // check if props are translatable
  _is_i18n_managed(e, r) {
    const a = this.translatable_props[e];
    return a ? r === a ? !0 : (delete this.translatable_props[e], !1) : !1;
  }
  _translate_and_store(e, r, a) {
    if (typeof a != "string") return a;
    const n = this.i18n(a);
    return n !== a && (this.translatable_props[`${e}.${r}`] = a), n;
  }
  // Reactive variant of `i18n`. Reading it inside a derived or template
  // subscribes to the live locale store (via Svelte's createSubscriber), so
  // the caller re-runs when the locale changes at runtime. The store is only
  // the reactivity trigger; translation always goes through `this.i18n` so a
  // custom formatter passed via props keeps taking effect.
  live_i18n = (e) => (this._i18n_from_store?.current, this.i18n(e));
  dispatch(e, r) {
    this.dispatcher(this.shared.id, e, r);
  }
  async get_data() {
    return jt(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const r in e) {
      const a = e[r], n = ya(a) ? this._translate_and_store(this.shared_props.includes(r) ? "shared" : "props", r, a) : a;
      if (this.shared_props.includes(r)) {
        const s = r;
        this.shared[s] = n;
        continue;
      }
      this.props[r] = n;
    }
  }
  watch_for_change() {
    de(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var xa = /* @__PURE__ */ S('<span class="kimi-versions" role="group" aria-label="Versions"><button type="button" class="kimi-icon" aria-label="Previous version">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon" aria-label="Next version">›</button></span>');
function vt(t, e) {
  Se(e, !0);
  let r = oe(() => e.message.versions ? e.message.versions[0] : 1), a = oe(() => e.message.versions ? e.message.versions[1] : 1);
  var n = he(), s = re(n);
  {
    var o = (f) => {
      var l = xa(), u = A(l), _ = T(u, 2), E = B(_), c = T(_, 2);
      N(() => {
        u.disabled = i(r) <= 1, K(E, `${i(r) ?? ""}/${i(a) ?? ""}`), c.disabled = i(r) >= i(a);
      }), $("click", u, () => e.act("version", { id: e.message.id, step: -1 })), $("click", c, () => e.act("version", { id: e.message.id, step: 1 })), y(f, l);
    };
    z(s, (f) => {
      i(a) > 1 && f(o);
    });
  }
  y(t, n), Te();
}
Ee(["click"]);
var Ea = /* @__PURE__ */ me('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Sa = /* @__PURE__ */ me('<path d="M5 12l5 5L20 7"></path>'), Ta = /* @__PURE__ */ me('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ca = /* @__PURE__ */ me('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Ma = /* @__PURE__ */ me('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function we(t, e) {
  var r = Ma(), a = A(r);
  {
    var n = (l) => {
      var u = Ea();
      y(l, u);
    }, s = (l) => {
      var u = Sa();
      y(l, u);
    }, o = (l) => {
      var u = Ta();
      y(l, u);
    }, f = (l) => {
      var u = Ca();
      y(l, u);
    };
    z(a, (l) => {
      e.name === "copy" ? l(n) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(f, 3);
    });
  }
  y(t, r);
}
const et = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Aa(t, e) {
  const r = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!r.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of r) {
    const s = n.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(et[l]));
    if (!o) continue;
    const f = s.slice(o.length, s.length - et[o].length);
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
async function Ve(t) {
  if (navigator.clipboard && window.isSecureContext)
    try {
      return await navigator.clipboard.writeText(t), !0;
    } catch {
    }
  const e = document.createElement("textarea");
  e.value = t, e.setAttribute("readonly", ""), e.style.position = "fixed", e.style.opacity = "0", document.body.appendChild(e), e.select();
  let r = !1;
  try {
    r = document.execCommand("copy");
  } catch {
    r = !1;
  }
  return e.remove(), r;
}
function qe(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function La(t) {
  return t.map(
    (e) => e.role === "user" ? `**You:**

${e.source || ""}` : `**Kimi:**

${qe(e)}`
  ).join(`

---

`);
}
function Na(t) {
  return t == null ? "" : t < 1 ? `${t.toFixed(2)} ms` : t < 1e3 ? `${t < 10 ? t.toFixed(1) : Math.round(t)} ms` : `${(t / 1e3).toFixed(t < 1e4 ? 1 : 0)} s`;
}
function Ra(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Ia = /* @__PURE__ */ S('<span class="kimi-spinner" aria-hidden="true"></span>Thinking…', 1), Oa = /* @__PURE__ */ S('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), za = /* @__PURE__ */ S('<span class="kimi-tool-args"> </span>'), Ha = /* @__PURE__ */ S('<span class="kimi-tool-status"> </span>'), Fa = /* @__PURE__ */ S('<span class="kimi-tool-ms"> </span>'), Da = /* @__PURE__ */ S('<div class="kimi-tool-more"> </div>'), qa = /* @__PURE__ */ S('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), Pa = /* @__PURE__ */ S('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label">Arguments</div> <pre><code> </code></pre> <!></div></details>'), Ba = /* @__PURE__ */ S('<div class="kimi-text"></div>'), Ga = /* @__PURE__ */ S('<div><span aria-hidden="true"> </span> <div></div></div>'), Va = /* @__PURE__ */ S('<div class="kimi-waiting-detail"> </div>'), Ka = /* @__PURE__ */ S('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), Ua = /* @__PURE__ */ S('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), Ya = /* @__PURE__ */ S('<span class="kimi-stats"> </span>'), Wa = /* @__PURE__ */ S('<button type="button" class="kimi-icon" title="Copy"><!></button>'), Ja = /* @__PURE__ */ S('<button type="button" class="kimi-icon" aria-label="Retry" title="Retry"><!></button>'), Xa = /* @__PURE__ */ S('<button type="button" class="kimi-button kimi-continue">Continue</button>'), ja = /* @__PURE__ */ S('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), Qa = /* @__PURE__ */ S(`<article aria-label="Kimi's answer"><!> <!></article>`);
function Za(t, e) {
  Se(e, !0);
  var r = this && this.__awaiter || function(E, c, C, L) {
    function G(d) {
      return d instanceof C ? d : new C(function(x) {
        x(d);
      });
    }
    return new (C || (C = Promise))(function(d, x) {
      function H(h) {
        try {
          k(L.next(h));
        } catch (g) {
          x(g);
        }
      }
      function F(h) {
        try {
          k(L.throw(h));
        } catch (g) {
          x(g);
        }
      }
      function k(h) {
        h.done ? d(h.value) : G(h.value).then(H, F);
      }
      k((L = L.apply(E, c || [])).next());
    });
  };
  let a = ee(!1);
  const n = {
    pending: "calling…",
    running: "running…",
    ok: "",
    error: "failed",
    timeout: "timed out",
    cancelled: "stopped"
  };
  function s() {
    return r(this, void 0, void 0, function* () {
      Y(a, yield Ve(qe(e.message)), !0), setTimeout(() => Y(a, !1), 1500);
    });
  }
  var o = Qa();
  let f;
  var l = A(o);
  ye(l, 17, () => e.message.parts || [], ze, (E, c) => {
    var C = he(), L = re(C);
    {
      var G = (h) => {
        var g = Oa(), v = A(g), w = A(v);
        {
          var p = (I) => {
            var O = Ia();
            y(I, O);
          }, b = (I) => {
            var O = ea();
            N((q) => K(O, `Thought${q ?? ""}`), [
              () => i(c).seconds ? " for " + Ra(i(c).seconds) : ""
            ]), y(I, O);
          };
          z(w, (I) => {
            i(c).live ? I(p) : I(b, -1);
          });
        }
        var D = T(v, 2);
        be(D, () => i(c).html, !0), N(() => g.open = i(c).live), y(h, g);
      }, d = (h) => {
        var g = Pa(), v = A(g), w = A(v), p = B(w), b = T(w, 2);
        {
          var D = (U) => {
            var V = za(), P = B(V, !0);
            N(() => K(P, i(c).brief)), y(U, V);
          };
          z(b, (U) => {
            i(c).brief && U(D);
          });
        }
        var I = T(b, 2);
        {
          var O = (U) => {
            var V = Ha(), P = B(V, !0);
            N(() => K(P, n[i(c).status])), y(U, V);
          };
          z(I, (U) => {
            n[i(c).status] && U(O);
          });
        }
        var q = T(I, 2);
        {
          var m = (U) => {
            var V = Fa(), P = B(V, !0);
            N((Z) => K(P, Z), [() => Na(i(c).ms)]), y(U, V);
          };
          z(q, (U) => {
            i(c).ms !== null && i(c).ms !== void 0 && U(m);
          });
        }
        var M = T(v, 2), R = T(A(M), 2), Q = A(R), W = B(Q, !0), j = T(R, 2);
        {
          var J = (U) => {
            var V = qa(), P = re(V), Z = B(P), ie = T(P, 2), Ce = A(ie), Me = B(Ce, !0), ne = T(ie, 2);
            {
              var Ae = (Le) => {
                var Ke = Da(), _t = B(Ke);
                N((ht) => K(_t, `${ht ?? ""} more characters: the full result is in the tool-call log.`), [() => i(c).more.toLocaleString()]), y(Le, Ke);
              };
              z(ne, (Le) => {
                i(c).more && Le(Ae);
              });
            }
            N(() => {
              K(Z, `Result${i(c).cut ? " (cut for the model)" : ""}`), K(Me, i(c).result);
            }), y(U, V);
          };
          z(j, (U) => {
            i(c).result !== null && i(c).result !== void 0 && U(J);
          });
        }
        N(() => {
          X(g, "data-status", i(c).status), K(p, `🛠 ${i(c).name ?? ""}`), K(W, i(c).args || "{}");
        }), y(h, g);
      }, x = (h) => {
        var g = Ba();
        be(g, () => i(c).html, !0), y(h, g);
      }, H = (h) => {
        var g = Ga(), v = A(g), w = B(v, !0), p = T(v, 2);
        be(p, () => i(c).html, !0), N(() => {
          Fe(g, 1, `kimi-notice kimi-notice-${i(c).kind ?? ""}`), X(g, "role", i(c).kind === "error" ? "alert" : null), K(w, i(c).kind === "error" ? "⚠️" : "ℹ️");
        }), y(h, g);
      }, F = (h) => {
        var g = Ka(), v = T(A(g), 2), w = B(v, !0), p = T(v, 2);
        {
          var b = (D) => {
            var I = Va(), O = B(I, !0);
            N(() => K(O, i(c).detail)), y(D, I);
          };
          z(p, (D) => {
            i(c).detail && D(b);
          });
        }
        N(() => K(w, i(c).title)), y(h, g);
      }, k = (h) => {
        var g = Ua(), v = A(g), w = B(v, !0), p = T(v, 2), b = T(p, 2), D = B(b);
        N(() => {
          K(w, i(c).title), X(p, "max", i(c).total || 1), fa(p, i(c).done || 0), X(p, "aria-label", i(c).title), K(D, `${i(c).done ?? ""}/${i(c).total ?? ""}`);
        }), y(h, g);
      };
      z(L, (h) => {
        i(c).type === "reasoning" ? h(G) : i(c).type === "tool" ? h(d, 1) : i(c).type === "text" ? h(x, 2) : i(c).type === "notice" ? h(H, 3) : i(c).type === "waiting" ? h(F, 4) : i(c).type === "progress" && h(k, 5);
      });
    }
    y(E, C);
  });
  var u = T(l, 2);
  {
    var _ = (E) => {
      var c = ja(), C = A(c);
      {
        var L = (w) => {
          var p = Ya(), b = B(p, !0);
          N(() => K(b, e.message.stats)), y(w, p);
        };
        z(C, (w) => {
          e.message.stats && w(L);
        });
      }
      var G = T(C, 2), d = A(G);
      {
        var x = (w) => {
          var p = Wa(), b = A(p);
          {
            let D = oe(() => i(a) ? "done" : "copy");
            we(b, {
              get name() {
                return i(D);
              }
            });
          }
          N(() => X(p, "aria-label", i(a) ? "Copied" : "Copy answer")), $("click", p, s), y(w, p);
        }, H = oe(() => qe(e.message));
        z(d, (w) => {
          i(H) && w(x);
        });
      }
      var F = T(d, 2);
      {
        var k = (w) => {
          var p = Ja(), b = A(p);
          we(b, { name: "retry" }), $("click", p, () => e.act("retry", { id: e.message.id })), y(w, p);
        };
        z(F, (w) => {
          e.message.can_retry && e.message.id && w(k);
        });
      }
      var h = T(F, 2);
      vt(h, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var g = T(h, 2);
      {
        var v = (w) => {
          var p = Xa();
          $("click", p, () => e.act("resume", { id: e.message.id })), y(w, p);
        };
        z(g, (w) => {
          e.message.can_continue && w(v);
        });
      }
      y(E, c);
    };
    z(u, (E) => {
      e.message.live || E(_);
    });
  }
  N(() => {
    f = Fe(o, 1, "kimi-msg kimi-answer", null, f, { "kimi-live": e.message.live }), X(o, "data-id", e.message.id);
  }), y(t, o), Te();
}
Ee(["click"]);
var $a = /* @__PURE__ */ S("<figcaption> </figcaption>"), er = /* @__PURE__ */ S('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), tr = /* @__PURE__ */ S('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), ar = /* @__PURE__ */ S('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), rr = /* @__PURE__ */ S('<div class="kimi-doc"> </div>'), ir = /* @__PURE__ */ S('<div class="kimi-files"></div>'), nr = /* @__PURE__ */ S('<textarea class="kimi-edit-box" rows="4" aria-label="Edit your message"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button">Cancel</button> <button type="button" class="kimi-button kimi-primary">Send</button></div>', 1), sr = /* @__PURE__ */ S('<button type="button" class="kimi-icon" aria-label="Edit message" title="Edit"><!></button>'), or = /* @__PURE__ */ S('<button type="button" class="kimi-icon" title="Copy"><!></button> <!>', 1), lr = /* @__PURE__ */ S('<div class="kimi-msg-tools"><!> <!></div>'), fr = /* @__PURE__ */ S('<article class="kimi-msg kimi-user" aria-label="Your message"><div class="kimi-bubble"><!> <!></div> <!></article>');
function cr(t, e) {
  Se(e, !0);
  var r = this && this.__awaiter || function(k, h, g, v) {
    function w(p) {
      return p instanceof g ? p : new g(function(b) {
        b(p);
      });
    }
    return new (g || (g = Promise))(function(p, b) {
      function D(q) {
        try {
          O(v.next(q));
        } catch (m) {
          b(m);
        }
      }
      function I(q) {
        try {
          O(v.throw(q));
        } catch (m) {
          b(m);
        }
      }
      function O(q) {
        q.done ? p(q.value) : w(q.value).then(D, I);
      }
      O((v = v.apply(k, h || [])).next());
    });
  };
  let a = ee(!1), n = ee(""), s = ee(!1), o = ee(void 0);
  function f() {
    return r(this, void 0, void 0, function* () {
      Y(n, e.message.source || "", !0), Y(a, !0), yield ft(), i(o) === null || i(o) === void 0 || i(o).focus();
    });
  }
  function l() {
    i(n).trim() && (Y(a, !1), e.act("edit", { id: e.message.id, text: i(n) }));
  }
  function u(k) {
    k.key === "Escape" ? (k.preventDefault(), k.stopPropagation(), Y(a, !1)) : k.key === "Enter" && (k.ctrlKey || k.metaKey) && (k.preventDefault(), l());
  }
  function _() {
    return r(this, void 0, void 0, function* () {
      Y(s, yield Ve(e.message.source || ""), !0), setTimeout(() => Y(s, !1), 1500);
    });
  }
  var E = fr(), c = A(E), C = A(c);
  {
    var L = (k) => {
      var h = ir();
      ye(h, 21, () => e.message.files, ze, (g, v) => {
        var w = he(), p = re(w);
        {
          var b = (O) => {
            var q = er(), m = A(q), M = B(m), R = T(m, 2);
            {
              var Q = (W) => {
                var j = $a(), J = B(j, !0);
                N(() => K(J, i(v).note)), y(W, j);
              };
              z(R, (W) => {
                i(v).note && W(Q);
              });
            }
            N(() => {
              X(m, "aria-label", "Enlarge " + i(v).name), X(M, "src", i(v).url), X(M, "alt", i(v).name);
            }), $("click", m, () => e.open_image(i(v))), y(O, q);
          }, D = (O) => {
            var q = ar(), m = A(q), M = B(m), R = T(m, 2);
            ye(R, 21, () => i(v).frames || [], ze, (Q, W) => {
              var j = tr(), J = A(j), U = B(J), V = T(J, 2), P = B(V, !0);
              N(() => {
                X(J, "aria-label", "Enlarge the frame at " + i(W).at), X(U, "src", i(W).url), X(U, "alt", i(v).name + " at " + i(W).at), K(P, i(W).at);
              }), $("click", J, () => e.open_image({
                url: i(W).url,
                name: i(v).name + " at " + i(W).at
              })), y(Q, j);
            }), N(() => {
              K(M, `🎞 ${i(v).name ?? ""}`), X(R, "aria-label", "Frames of " + i(v).name);
            }), y(O, q);
          }, I = (O) => {
            var q = rr(), m = B(q);
            N(() => K(m, `📄 ${i(v).name ?? ""}${i(v).note ? " · " + i(v).note : ""}`)), y(O, q);
          };
          z(p, (O) => {
            i(v).kind === "image" ? O(b) : i(v).kind === "video" ? O(D, 1) : O(I, -1);
          });
        }
        y(g, w);
      }), y(k, h);
    };
    z(C, (k) => {
      e.message.files && e.message.files.length && k(L);
    });
  }
  var G = T(C, 2);
  {
    var d = (k) => {
      var h = nr(), g = re(h);
      De(g, (b) => Y(o, b), () => i(o));
      var v = T(g, 2), w = A(v), p = T(w, 2);
      N((b) => p.disabled = b, [() => !i(n).trim()]), $("keydown", g, u), da(g, () => i(n), (b) => Y(n, b)), $("click", w, () => Y(a, !1)), $("click", p, l), y(k, h);
    }, x = (k) => {
      var h = he(), g = re(h);
      be(g, () => e.message.html), y(k, h);
    };
    z(G, (k) => {
      i(a) ? k(d) : e.message.html && k(x, 1);
    });
  }
  var H = T(c, 2);
  {
    var F = (k) => {
      var h = lr(), g = A(h);
      {
        var v = (p) => {
          var b = or(), D = re(b), I = A(D);
          {
            let m = oe(() => i(s) ? "done" : "copy");
            we(I, {
              get name() {
                return i(m);
              }
            });
          }
          var O = T(D, 2);
          {
            var q = (m) => {
              var M = sr(), R = A(M);
              we(R, { name: "edit" }), $("click", M, f), y(m, M);
            };
            z(O, (m) => {
              e.message.id && m(q);
            });
          }
          N(() => X(D, "aria-label", i(s) ? "Copied" : "Copy message")), $("click", D, _), y(p, b);
        };
        z(g, (p) => {
          e.message.source && p(v);
        });
      }
      var w = T(g, 2);
      vt(w, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), y(k, h);
    };
    z(H, (k) => {
      i(a) || k(F);
    });
  }
  N(() => X(E, "data-id", e.message.id)), y(t, E), Te();
}
Ee(["click", "keydown"]);
var dr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), ur = /* @__PURE__ */ S('<p class="kimi-empty svelte-49zqag"> </p>'), vr = /* @__PURE__ */ S('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), _r = /* @__PURE__ */ S('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), hr = /* @__PURE__ */ S('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag">Close</button>', 1), mr = /* @__PURE__ */ S('<div><div class="kimi-scroll svelte-49zqag" role="log" aria-label="Conversation" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function pr(t, e) {
  Se(e, !0);
  var r = this && this.__awaiter || function(m, M, R, Q) {
    function W(j) {
      return j instanceof R ? j : new R(function(J) {
        J(j);
      });
    }
    return new (R || (R = Promise))(function(j, J) {
      function U(Z) {
        try {
          P(Q.next(Z));
        } catch (ie) {
          J(ie);
        }
      }
      function V(Z) {
        try {
          P(Q.throw(Z));
        } catch (ie) {
          J(ie);
        }
      }
      function P(Z) {
        Z.done ? j(Z.value) : W(Z.value).then(U, V);
      }
      P((Q = Q.apply(m, M || [])).next());
    });
  };
  let a = /* @__PURE__ */ ha(e, dr);
  const n = new wa(a);
  let s = -1, o = { messages: [] }, f = oe(() => {
    const m = n.props.value || { messages: [] }, M = typeof m.opening == "number" ? m.opening : null;
    return M !== null && M < s ? o : (M !== null && (s = M), o = m, m);
  }), l = oe(() => i(f).messages || []), u = oe(() => i(l).some((m) => m.live)), _ = ee(void 0), E = !0, c = null, C = null, L = ee(null), G = ee(void 0), d = ee(!1);
  function x(m, M) {
    n.dispatch(m, M);
  }
  function H() {
    i(_) && (E = i(_).scrollHeight - i(_).scrollTop - i(_).clientHeight < 80);
  }
  let F = 0;
  de(() => {
    i(
      l
      // what the frame below reads: run again when they change
    ), i(f).focus, i(u), !F && (F = requestAnimationFrame(() => {
      var m;
      if (F = 0, !i(_)) return;
      const M = i(l).length ? String((m = i(l)[0].id) !== null && m !== void 0 ? m : "") + ":" + i(l).length : "", R = i(f).focus || null, Q = i(u), W = i(_).querySelectorAll(".kimi-msg");
      Aa(Q && W.length ? W[W.length - 1] : i(_), n.shared.root || "");
      const j = M.split(":")[0] !== (c || "").split(":")[0];
      if (c = M, R && R !== C) {
        C = R;
        const J = i(_).querySelector(`[data-id="${CSS.escape(R)}"]`);
        if (J) {
          J.scrollIntoView({ block: "center" }), J.classList.add("kimi-flash"), setTimeout(() => J.classList.remove("kimi-flash"), 2500), E = !1;
          return;
        }
      }
      R || (C = null), (E || j) && (i(_).scrollTop = i(_).scrollHeight, E = !0);
    }));
  }), de(() => {
    i(G) && (i(L) && !i(G).open && i(G).showModal(), !i(L) && i(G).open && i(G).close());
  });
  function k() {
    return r(this, void 0, void 0, function* () {
      Y(d, yield Ve(La(i(l))), !0), setTimeout(() => Y(d, !1), 1500);
    });
  }
  var h = mr();
  let g;
  var v = A(h), w = A(v), p = A(w);
  {
    var b = (m) => {
      var M = ur(), R = B(M, !0);
      N(() => K(R, n.props.placeholder || "")), y(m, M);
    }, D = (m) => {
      var M = _r(), R = re(M), Q = A(R);
      {
        var W = (V) => {
          var P = vr(), Z = B(P);
          N(() => K(Z, `↑ Show ${i(f).earlier ?? ""} earlier message${i(f).earlier === 1 ? "" : "s"}`)), $("click", P, () => x("earlier", {})), y(V, P);
        };
        z(Q, (V) => {
          i(f).earlier && V(W);
        });
      }
      var j = T(Q, 2), J = B(j, !0), U = T(R, 2);
      ye(U, 19, () => i(l), (V, P) => V.id ?? "at-" + P, (V, P) => {
        var Z = he(), ie = re(Z);
        {
          var Ce = (ne) => {
            cr(ne, {
              get message() {
                return i(P);
              },
              act: x,
              open_image: (Ae) => Y(L, Ae, !0)
            });
          }, Me = (ne) => {
            Za(ne, {
              get message() {
                return i(P);
              },
              act: x
            });
          };
          z(ie, (ne) => {
            i(P).role === "user" ? ne(Ce) : ne(Me, -1);
          });
        }
        y(V, Z);
      }), N(() => K(J, i(d) ? "Copied" : "Copy conversation")), $("click", j, k), y(m, M);
    };
    z(p, (m) => {
      i(l).length === 0 ? m(b) : m(D, -1);
    });
  }
  De(v, (m) => Y(_, m), () => i(_));
  var I = T(v, 2), O = A(I);
  {
    var q = (m) => {
      var M = hr(), R = re(M), Q = T(R, 2);
      N(() => {
        X(R, "src", i(L).url), X(R, "alt", i(L).name);
      }), $("click", Q, () => Y(L, null)), y(m, M);
    };
    z(O, (m) => {
      i(L) && m(q);
    });
  }
  De(I, (m) => Y(G, m), () => i(G)), N(
    (m) => {
      X(h, "id", n.shared.elem_id), g = Fe(h, 1, `kimi-chat ${m ?? ""}`, "svelte-49zqag", g, { hidden: n.shared.visible === !1 }), X(v, "aria-busy", i(u)), X(I, "aria-label", i(L) ? i(L).name : "Image");
    },
    [() => (n.shared.elem_classes || []).join(" ")]
  ), Xe("scroll", v, H), Xe("close", I, () => Y(L, null)), $("click", I, (m) => {
    m.target === i(G) && Y(L, null);
  }), y(t, h), Te();
}
Ee(["click"]);
export {
  pr as default
};
