import { i as _t, g as ht, o as Ct, c as mt, a as ce, b as Mt, T as gt, d as Lt, e as Ze, f as ye, r as qe, h as ze, p as $e, j as Ae, k as ke, m as pt, s as bt, l as kt, E as Rt, n as a, q as nt, t as It, u as Nt, v as Ot, w as it, x as zt, y as Ht, z as qt, A as et, B as de, D as Dt, I as Ge, C as Ft, F as Bt, G as Gt, H as Pt, J as yt, K as Ut, L as H, M as Vt, N as Wt, O as Kt, P as wt, Q as xe, R as tt, S as Yt, U as jt, V as st, W as Jt, X as Xt, Y as Qt, Z as Zt, _ as $t, $ as ea, a0 as xt, a1 as ta, a2 as aa, a3 as ra, a4 as na, a5 as ia, a6 as sa, a7 as oa, a8 as ie, a9 as ot, aa as j, ab as _e, ac as Le, ad as Re, ae as De, af as ue, ag as Ie, ah as fe, ai as R, aj as B, ak as $, al as P, am as G, an as la, ao as Pe } from "./render-CI0bvj47.js";
const ca = [];
function fa(t, e = !1, i = !1) {
  return He(t, /* @__PURE__ */ new Map(), "", ca, null, i);
}
function He(t, e, i, r, n = null, s = !1) {
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
    if (_t(t)) {
      var c = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, c), n !== null && e.set(n, c);
      for (var l = 0; l < t.length; l += 1) {
        var d = t[l];
        l in t && (c[l] = He(d, e, i, r, null, s));
      }
      return c;
    }
    if (ht(t) === Ct) {
      c = {}, e.set(t, c), n !== null && e.set(n, c);
      for (var u of Object.keys(t))
        c[u] = He(
          // @ts-expect-error
          t[u],
          e,
          i,
          r,
          null,
          s
        );
      return c;
    }
    if (t instanceof Date)
      return t.getTime(), /** @type {Snapshot<T>} */
      structuredClone(t);
    if (typeof /** @type {T & { toJSON?: any } } */
    t.toJSON == "function" && !s)
      return He(
        /** @type {T & { toJSON(): any } } */
        t.toJSON(),
        e,
        i,
        r,
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
const da = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function ua(t) {
  return (
    /** @type {string} */
    da?.createHTML(t) ?? t
  );
}
function St(t) {
  var e = mt("template");
  return e.innerHTML = ua(t.replaceAll("<!>", "<!---->")), e.content;
}
function ge(t, e) {
  var i = (
    /** @type {Effect} */
    Ze
  );
  i.nodes === null && (i.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function C(t, e) {
  var i = (e & gt) !== 0, r = (e & Lt) !== 0, n, s = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = St(s ? t : "<!>" + t), i || (n = /** @type {TemplateNode} */
    ce(n)));
    var o = (
      /** @type {TemplateNode} */
      r || Mt ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (i) {
      var c = (
        /** @type {TemplateNode} */
        ce(o)
      ), l = (
        /** @type {TemplateNode} */
        o.lastChild
      );
      ge(c, l);
    } else
      ge(o, o);
    return o;
  };
}
// @__NO_SIDE_EFFECTS__
function va(t, e, i = "svg") {
  var r = !t.startsWith("<!>"), n = (e & gt) !== 0, s = `<${i}>${r ? t : "<!>" + t}</${i}>`, o;
  return () => {
    if (!o) {
      var c = (
        /** @type {DocumentFragment} */
        St(s)
      ), l = (
        /** @type {Element} */
        ce(c)
      );
      if (n)
        for (o = document.createDocumentFragment(); ce(l); )
          o.appendChild(
            /** @type {TemplateNode} */
            ce(l)
          );
      else
        o = /** @type {Element} */
        ce(l);
    }
    var d = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (n) {
      var u = (
        /** @type {TemplateNode} */
        ce(d)
      ), w = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      ge(u, w);
    } else
      ge(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function Ne(t, e) {
  return /* @__PURE__ */ va(t, e, "svg");
}
function _a(t = "") {
  {
    var e = ye(t + "");
    return ge(e, e), e;
  }
}
function Fe() {
  var t = document.createDocumentFragment(), e = document.createComment(""), i = ye();
  return t.append(e, i), ge(e, i), t;
}
function b(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class ha {
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
  #n = !0;
  /**
   * @param {TemplateNode} anchor
   * @param {boolean} transition
   */
  constructor(e, i = !0) {
    this.anchor = e, this.#n = i;
  }
  /**
   * @param {Batch} batch
   */
  #i = (e) => {
    if (this.#t.has(e)) {
      var i = (
        /** @type {Key} */
        this.#t.get(e)
      ), r = this.#a.get(i);
      if (r)
        qe(r), this.#r.delete(i);
      else {
        var n = this.#e.get(i);
        n && (qe(n.effect), this.#a.set(i, n.effect), this.#e.delete(i), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), r = n.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const c = this.#e.get(o);
        c && (ze(c.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === i || this.#r.has(s)) continue;
        const c = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var d = document.createDocumentFragment();
            pt(o, d), d.append(ye()), this.#e.set(s, { effect: o, fragment: d });
          } else
            ze(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#n || !r ? (this.#r.add(s), $e(o, c, !1)) : c();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const i = Array.from(this.#t.values());
    for (const [r, n] of this.#e)
      i.includes(r) || (ze(n.effect), this.#e.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, i) {
    var r = (
      /** @type {Batch} */
      ke
    ), n = bt();
    if (i && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var s = document.createDocumentFragment(), o = ye();
        s.append(o), this.#e.set(e, {
          effect: Ae(() => i(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          Ae(() => i(this.anchor))
        );
    if (this.#t.set(r, e), n) {
      for (const [c, l] of this.#a)
        c === e ? r.unskip_effect(l) : r.skip_effect(l);
      for (const [c, l] of this.#e)
        c === e ? r.unskip_effect(l.effect) : r.skip_effect(l.effect);
      r.oncommit(this.#i), r.ondiscard(this.#s);
    } else
      this.#i(r);
  }
}
function V(t, e, i = !1) {
  var r = new ha(t), n = i ? Rt : 0;
  function s(o, c) {
    r.ensure(o, c);
  }
  kt(() => {
    var o = !1;
    e((c, l = 0) => {
      o = !0, s(l, c);
    }), o || s(-1, null);
  }, n);
}
function je(t, e) {
  return e;
}
function ma(t, e, i) {
  for (var r = [], n = e.length, s, o = e.length, c = 0; c < n; c++) {
    let w = e[c];
    $e(
      w,
      () => {
        if (s) {
          if (s.pending.delete(w), s.done.add(w), s.pending.size === 0) {
            var M = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            Je(t, et(s.done)), M.delete(s), M.size === 0 && (t.outrogroups = null);
          }
        } else
          o -= 1;
      },
      !1
    );
  }
  if (o === 0) {
    var l = r.length === 0 && i !== null && t.pending.size === 0;
    if (l) {
      var d = (
        /** @type {Element} */
        i
      ), u = (
        /** @type {Element} */
        d.parentNode
      );
      Bt(u), u.append(d), t.items.clear();
    }
    Je(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function Je(t, e, i = !0) {
  var r;
  if (t.pending.size > 0) {
    r = /* @__PURE__ */ new Set();
    for (const o of t.pending.values())
      for (const c of o)
        r.add(
          /** @type {EachItem} */
          t.items.get(c).e
        );
  }
  for (var n = 0; n < e.length; n++) {
    var s = e[n];
    if (r?.has(s)) {
      s.f |= de;
      const o = document.createDocumentFragment();
      pt(s, o);
    } else
      ze(e[n], i);
  }
}
var lt;
function Ce(t, e, i, r, n, s = null) {
  var o = t, c = /* @__PURE__ */ new Map(), l = (e & yt) !== 0;
  if (l) {
    var d = (
      /** @type {Element} */
      t
    );
    o = d.appendChild(ye());
  }
  var u = null, w = Nt(() => {
    var Y = i();
    return (
      /** @type {V[]} */
      _t(Y) ? Y : Y == null ? [] : et(Y)
    );
  }), M = /* @__PURE__ */ new Map(), U = !0;
  function I(Y) {
    if ((p.effect.f & Dt) === 0) {
      p.pending.delete(Y);
      var W = a(w);
      p.fallback = u, ga(p, W, o, e, r), u !== null && (W.length === 0 ? (u.f & de) === 0 ? qe(u) : (u.f ^= de, Te(u, null, o)) : $e(u, () => {
        u = null;
      }));
    }
  }
  function v(Y) {
    p.pending.delete(Y);
  }
  var f = kt(() => {
    for (var Y = (
      /** @type {V[]} */
      a(w)
    ), W = Y.length, q = /* @__PURE__ */ new Set(), K = (
      /** @type {Batch} */
      ke
    ), T = bt(), S = 0; S < W; S += 1) {
      var A = Y[S], _ = r(A, S), m = U ? null : c.get(_);
      m ? (m.v && nt(m.v, A), m.i && nt(m.i, S), T && K.unskip_effect(m.e)) : (m = pa(
        c,
        U ? o : lt ??= ye(),
        A,
        _,
        S,
        n,
        e,
        i
      ), U || (m.e.f |= de), c.set(_, m)), q.add(_);
    }
    if (W === 0 && s && !u && (U ? u = Ae(() => s(o)) : (u = Ae(() => s(lt ??= ye())), u.f |= de)), W > q.size && It(), !U)
      if (M.set(K, q), T) {
        for (const [N, F] of c)
          q.has(N) || K.skip_effect(F.e);
        K.oncommit(I), K.ondiscard(v);
      } else
        I(K);
    a(w);
  }), p = { effect: f, items: c, pending: M, outrogroups: null, fallback: u };
  U = !1;
}
function Ee(t) {
  for (; t !== null && (t.f & Ft) === 0; )
    t = t.next;
  return t;
}
function ga(t, e, i, r, n) {
  var s = (r & Ut) !== 0, o = e.length, c = t.items, l = Ee(t.effect.first), d, u = null, w, M = [], U = [], I, v, f, p;
  if (s)
    for (p = 0; p < o; p += 1)
      I = e[p], v = n(I, p), f = /** @type {EachItem} */
      c.get(v).e, (f.f & de) === 0 && (f.nodes?.a?.measure(), (w ??= /* @__PURE__ */ new Set()).add(f));
  for (p = 0; p < o; p += 1) {
    if (I = e[p], v = n(I, p), f = /** @type {EachItem} */
    c.get(v).e, t.outrogroups !== null)
      for (const m of t.outrogroups)
        m.pending.delete(f), m.done.delete(f);
    if ((f.f & Ge) !== 0 && (qe(f), s && (f.nodes?.a?.unfix(), (w ??= /* @__PURE__ */ new Set()).delete(f))), (f.f & de) !== 0)
      if (f.f ^= de, f === l)
        Te(f, null, i);
      else {
        var Y = u ? u.next : l;
        f === t.effect.last && (t.effect.last = f.prev), f.prev && (f.prev.next = f.next), f.next && (f.next.prev = f.prev), me(t, u, f), me(t, f, Y), Te(f, Y, i), u = f, M = [], U = [], l = Ee(u.next);
        continue;
      }
    if (f !== l) {
      if (d !== void 0 && d.has(f)) {
        if (M.length < U.length) {
          var W = U[0], q;
          u = W.prev;
          var K = M[0], T = M[M.length - 1];
          for (q = 0; q < M.length; q += 1)
            Te(M[q], W, i);
          for (q = 0; q < U.length; q += 1)
            d.delete(U[q]);
          me(t, K.prev, T.next), me(t, u, K), me(t, T, W), l = W, u = T, p -= 1, M = [], U = [];
        } else
          d.delete(f), Te(f, l, i), me(t, f.prev, f.next), me(t, f, u === null ? t.effect.first : u.next), me(t, u, f), u = f;
        continue;
      }
      for (M = [], U = []; l !== null && l !== f; )
        (d ??= /* @__PURE__ */ new Set()).add(l), U.push(l), l = Ee(l.next);
      if (l === null)
        continue;
    }
    (f.f & de) === 0 && M.push(f), u = f, l = Ee(f.next);
  }
  if (t.outrogroups !== null) {
    for (const m of t.outrogroups)
      m.pending.size === 0 && (Je(t, et(m.done)), t.outrogroups?.delete(m));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || d !== void 0) {
    var S = [];
    if (d !== void 0)
      for (f of d)
        (f.f & Ge) === 0 && S.push(f);
    for (; l !== null; )
      (l.f & Ge) === 0 && l !== t.fallback && S.push(l), l = Ee(l.next);
    var A = S.length;
    if (A > 0) {
      var _ = (r & yt) !== 0 && o === 0 ? i : null;
      if (s) {
        for (p = 0; p < A; p += 1)
          S[p].nodes?.a?.measure();
        for (p = 0; p < A; p += 1)
          S[p].nodes?.a?.fix();
      }
      ma(t, S, _);
    }
  }
  s && Gt(() => {
    if (w !== void 0)
      for (f of w)
        f.nodes?.a?.apply();
  });
}
function pa(t, e, i, r, n, s, o, c) {
  var l = (o & zt) !== 0 ? (o & Ht) === 0 ? qt(i, !1, !1) : it(i) : null, d = (o & Ot) !== 0 ? it(n) : null;
  return {
    v: l,
    i: d,
    e: Ae(() => (s(e, l ?? i, d ?? n, c), () => {
      t.delete(r);
    }))
  };
}
function Te(t, e, i) {
  if (t.nodes)
    for (var r = t.nodes.start, n = t.nodes.end, s = e && (e.f & de) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : i; r !== null; ) {
      var o = (
        /** @type {TemplateNode} */
        Pt(r)
      );
      if (s.before(r), r === n)
        return;
      r = o;
    }
}
function me(t, e, i) {
  e === null ? t.effect.first = i : e.next = i, i === null ? t.effect.last = e : i.prev = e;
}
function Ue(t, e, i = !1, r = !1, n = !1, s = !1) {
  var o = t, c = "";
  if (i)
    var l = (
      /** @type {Element} */
      t
    );
  H(() => {
    var d = (
      /** @type {Effect} */
      Ze
    );
    if (c !== (c = e() ?? "")) {
      if (i) {
        d.nodes = null, l.innerHTML = /** @type {string} */
        c, c !== "" && ge(
          /** @type {TemplateNode} */
          ce(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (d.nodes !== null && (Vt(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), c !== "") {
        var u = r ? Wt : n ? Kt : void 0, w = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          mt(r ? "svg" : n ? "math" : "template", u)
        );
        w.innerHTML = /** @type {any} */
        c;
        var M = r || n ? w : (
          /** @type {HTMLTemplateElement} */
          w.content
        );
        if (ge(
          /** @type {TemplateNode} */
          ce(M),
          /** @type {TemplateNode} */
          M.lastChild
        ), r || n)
          for (; ce(M); )
            o.before(
              /** @type {TemplateNode} */
              ce(M)
            );
        else
          o.before(M);
      }
    }
  });
}
function ba(t, e, i) {
  wt(() => {
    var r = xe(() => e(t, i?.()) || {});
    if (i && r?.update) {
      var n = !1, s = (
        /** @type {any} */
        {}
      );
      tt(() => {
        var o = i();
        Yt(o), n && jt(s, o) && (s = o, r.update(o));
      }), n = !0;
    }
    if (r?.destroy)
      return () => (
        /** @type {Function} */
        r.destroy()
      );
  });
}
const ct = [...` 	
\r\f \v\uFEFF`];
function ka(t, e, i) {
  var r = t == null ? "" : "" + t;
  if (e && (r = r ? r + " " + e : e), i) {
    for (var n of Object.keys(i))
      if (i[n])
        r = r ? r + " " + n : n;
      else if (r.length)
        for (var s = n.length, o = 0; (o = r.indexOf(n, o)) >= 0; ) {
          var c = o + s;
          (o === 0 || ct.includes(r[o - 1])) && (c === r.length || ct.includes(r[c])) ? r = (o === 0 ? "" : r.substring(0, o)) + r.substring(c + 1) : o = c;
        }
  }
  return r === "" ? null : r;
}
function Me(t, e, i, r, n, s) {
  var o = (
    /** @type {any} */
    t[st]
  );
  if (o !== i || o === void 0) {
    var c = ka(i, r, s);
    c == null ? t.removeAttribute("class") : t.className = c, t[st] = i;
  } else if (s && n !== s)
    for (var l in s) {
      var d = !!s[l];
      (n == null || d !== !!n[l]) && t.classList.toggle(l, d);
    }
  return s;
}
const ya = /* @__PURE__ */ Symbol("is custom element"), wa = /* @__PURE__ */ Symbol("is html"), xa = $t ? "progress" : "PROGRESS";
function ft(t, e) {
  var i = Et(t);
  i.value === (i.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== xa) || (t.value = e ?? "");
}
function O(t, e, i, r) {
  var n = Et(t), s = n[e];
  s !== (n[e] = i) && (e === "loading" && (t[Jt] = i), i == null ? t.removeAttribute(e) : typeof i != "string" && Sa(t).has(e) ? t[e] = i : t.setAttribute(e, i));
}
function Et(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Xt] ??= {
      [ya]: t.nodeName.includes("-"),
      [wa]: t.namespaceURI === Qt
    }
  );
}
var dt = /* @__PURE__ */ new Map();
function Sa(t) {
  var e = t.getAttribute("is") || t.nodeName, i = dt.get(e);
  if (i) return i;
  dt.set(e, i = /* @__PURE__ */ new Set());
  for (var r, n = t, s = Element.prototype; s !== n; ) {
    r = Zt(n);
    for (var o in r)
      r[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && i.add(o);
    n = ht(n);
  }
  return i;
}
function Ea(t, e, i = e) {
  var r = /* @__PURE__ */ new WeakSet();
  ea(t, "input", async (n) => {
    var s = n ? t.defaultValue : t.value;
    if (s = Ve(t) ? We(s) : s, i(s), ke !== null && r.add(ke), await xt(), s !== (s = e())) {
      var o = t.selectionStart, c = t.selectionEnd, l = t.value.length;
      if (t.value = s ?? "", c !== null) {
        var d = t.value.length;
        o === c && c === l && d > l ? (t.selectionStart = d, t.selectionEnd = d) : (t.selectionStart = o, t.selectionEnd = Math.min(c, d));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  xe(e) == null && t.value && (i(Ve(t) ? We(t.value) : t.value), ke !== null && r.add(ke)), tt(() => {
    var n = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        ke
      );
      if (r.has(s))
        return;
    }
    Ve(t) && n === We(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function Ve(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function We(t) {
  return t === "" ? null : +t;
}
function Ke(t, e) {
  return t === e || t?.[na] === e;
}
function Xe(t = aa(), e, i, r) {
  var n = (
    /** @type {ComponentContext} */
    ta.r
  ), s = (
    /** @type {Effect} */
    Ze
  );
  return wt(() => {
    var o, c;
    return tt(() => {
      o = c, c = [], xe(() => {
        Ke(i(...c), t) || (e(t, ...c), o && Ke(i(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== n && l.parent !== null && l.parent.f & ra; )
        l = l.parent;
      const d = () => {
        c && Ke(i(...c), t) && e(null, ...c);
      }, u = l.teardown;
      l.teardown = () => {
        d(), u?.();
      };
    };
  }), t;
}
function Ta(t, e, i) {
  if (t == null)
    return e(void 0), ia;
  const r = xe(
    () => t.subscribe(
      e,
      // @ts-expect-error
      i
    )
  );
  return r.unsubscribe ? () => r.unsubscribe() : r;
}
function Aa(t) {
  let e;
  return Ta(t, (i) => e = i)(), e;
}
const Ca = {
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
function Ma(t, e, i) {
  return new Proxy({ props: t, exclude: e }, Ca);
}
const La = [
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
], ut = {
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
La.reduce((t, { color: e, primary: i, secondary: r }) => ({
  ...t,
  [e]: {
    primary: ut[e][i],
    secondary: ut[e][r]
  }
}), {});
function Ra(t) {
  let e;
  const i = oa((n) => {
    let s = !1;
    const o = t.subscribe((c) => {
      e = c, s && n();
    });
    return s = !0, o;
  });
  function r() {
    return sa() ? (i(), e) : Aa(t);
  }
  return "set" in t ? {
    get current() {
      return r();
    },
    set current(n) {
      t.set(n);
    }
  } : {
    get current() {
      return r();
    }
  };
}
const Ia = "__i18n__", Na = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Oa = [
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
function za(t) {
  return typeof t == "string" && t.includes(Ia);
}
class Ha {
  load_component;
  #t = ie(ot({}));
  get shared() {
    return a(this.#t);
  }
  set shared(e) {
    j(this.#t, e, !0);
  }
  #a = ie(ot({}));
  get props() {
    return a(this.#a);
  }
  set props(e) {
    j(this.#a, e, !0);
  }
  #e = ie((e) => e);
  get i18n() {
    return a(this.#e);
  }
  set i18n(e) {
    j(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Oa;
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
    for (const r in e.shared_props)
      this.shared[r] = e.shared_props[r];
    for (const r in e.props)
      r !== "i18n_store" && (this.props[r] = e.props[r]);
    if (i)
      for (const r in i)
        this.props[r] === void 0 && (this.props[r] = i[r]);
    this.i18n = this.props.i18n ?? ((r) => r), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? Ra(this.i18n_store) : void 0;
    for (const r of Na)
      this.shared[r] = this._translate_and_store(
        "shared",
        r,
        // @ts-ignore
        e.shared_props[r]
      ), this.props[r] = this._translate_and_store(
        "props",
        r,
        // @ts-ignore
        e.props[r]
      );
    this.load_component = this.shared.load_component, this.register_component = this.shared.register_component || (() => {
    }), this.unregister_component = this.shared.unregister_component || (() => {
    }), this.dispatcher = this.shared.dispatcher || (() => {
    }), this.set_data_callback = this.set_data.bind(this), this.get_data_callback = this.get_data.bind(this), this.register_component(
      this.shared.id,
      // @ts-ignore
      this.set_data_callback,
      this.get_data_callback
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, _e(() => {
      const r = e.shared_props.id;
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
      this.registered_id !== null && this.registered_id !== r && this.unregister_component(this.registered_id, this.set_data_callback), this.register_component(
        r,
        // @ts-ignore
        this.set_data_callback,
        this.get_data_callback
      ), this.registered_id = r, xe(() => {
        this.shared.id = r;
      });
    }), _e(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), _e(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [n, s] of Object.entries(this.translatable_props)) {
        const [o, c] = n.split("."), l = this.i18n(s);
        o === "shared" ? this.shared[c] = l : this.props[c] = l;
      }
    }) : void 0);
  }
  // check if props are translatable
  _is_i18n_managed(e, i) {
    const r = this.translatable_props[e];
    return r ? i === r ? !0 : (delete this.translatable_props[e], !1) : !1;
  }
  _translate_and_store(e, i, r) {
    if (typeof r != "string") return r;
    const n = this.i18n(r);
    return n !== r && (this.translatable_props[`${e}.${i}`] = r), n;
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
    return fa(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const i in e) {
      const r = e[i], n = za(r) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, r) : r;
      if (this.shared_props.includes(i)) {
        const s = i;
        this.shared[s] = n;
        continue;
      }
      this.props[i] = n;
    }
  }
  watch_for_change() {
    _e(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var qa = /* @__PURE__ */ C('<span class="kimi-versions" role="group"><button type="button" class="kimi-icon">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon">›</button></span>');
function Tt(t, e) {
  Re(e, !0);
  const i = De("say");
  let r = fe(() => e.message.versions ? e.message.versions[0] : 1), n = fe(() => e.message.versions ? e.message.versions[1] : 1);
  var s = Fe(), o = ue(s);
  {
    var c = (l) => {
      var d = qa(), u = P(d), w = R(u, 2), M = G(w), U = R(w, 2);
      H(
        (I, v, f) => {
          O(d, "aria-label", I), O(u, "aria-label", v), u.disabled = a(r) <= 1, B(M, `${a(r) ?? ""}/${a(n) ?? ""}`), O(U, "aria-label", f), U.disabled = a(r) >= a(n);
        },
        [
          () => i("versions"),
          () => i("previous"),
          () => i("next")
        ]
      ), $("click", u, () => e.act("version", { id: e.message.id, step: -1 })), $("click", U, () => e.act("version", { id: e.message.id, step: 1 })), b(l, d);
    };
    V(o, (l) => {
      a(n) > 1 && l(c);
    });
  }
  b(t, s), Ie();
}
Le(["click"]);
var Da = /* @__PURE__ */ Ne('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Fa = /* @__PURE__ */ Ne('<path d="M5 12l5 5L20 7"></path>'), Ba = /* @__PURE__ */ Ne('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ga = /* @__PURE__ */ Ne('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Pa = /* @__PURE__ */ Ne('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function at(t, e) {
  var i = Pa(), r = P(i);
  {
    var n = (l) => {
      var d = Da();
      b(l, d);
    }, s = (l) => {
      var d = Fa();
      b(l, d);
    }, o = (l) => {
      var d = Ba();
      b(l, d);
    }, c = (l) => {
      var d = Ga();
      b(l, d);
    };
    V(r, (l) => {
      e.name === "copy" ? l(n) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(c, 3);
    });
  }
  b(t, i);
}
var Ua = /* @__PURE__ */ C('<span class="kimi-copy"><button type="button" class="kimi-icon"><!></button> <span role="status" aria-live="polite"> </span></span>');
function At(t, e) {
  Re(e, !0);
  const i = De("say");
  var r = Ua(), n = P(r), s = P(n);
  {
    let d = fe(() => e.copied ? "done" : "copy");
    at(s, {
      get name() {
        return a(d);
      }
    });
  }
  var o = R(n, 2);
  let c;
  var l = G(o, !0);
  H(
    (d, u, w) => {
      O(n, "aria-label", d), O(n, "title", u), c = Me(o, 1, "kimi-copied", null, c, { shown: e.copied }), B(l, w);
    },
    [
      () => e.copied ? i("copied") : e.label,
      () => i("copy"),
      () => e.copied ? i("copied") : ""
    ]
  ), $("click", n, function(...d) {
    e.onclick?.apply(this, d);
  }), b(t, r), Ie();
}
Le(["click"]);
const vt = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Va(t, e) {
  const i = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!i.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const r = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of i) {
    const s = n.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(vt[l]));
    if (!o) continue;
    const c = s.slice(o.length, s.length - vt[o].length);
    n.dataset.tex = s;
    try {
      r.render(c, n, {
        displayMode: n.classList.contains("kimi-math-display"),
        throwOnError: !1,
        output: "htmlAndMathml"
      });
    } catch {
      n.textContent = s;
    }
  }
}
async function rt(t) {
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
function Qe(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Wa(t, e) {
  return t.map(
    (i) => i.role === "user" ? `**${e("you")}:**

${i.source || ""}` : `**${e("kimi")}:**

${Qe(i)}`
  ).join(`

---

`);
}
function Ka(t) {
  const e = t || {}, i = e.lang || "en";
  return (r, n = {}) => {
    const s = n.count;
    return ((typeof s == "number" ? e[`${r}.${s === 1 ? "one" : "other"}`] : void 0) ?? e[r] ?? r).replace(/\{(\w+)\}/g, (l, d) => {
      const u = n[d];
      return u == null ? l : typeof u == "number" ? u.toLocaleString(i) : String(u);
    });
  };
}
function Ye(t, e, i) {
  return t.toLocaleString(i, { minimumFractionDigits: e, maximumFractionDigits: e });
}
function Ya(t, e = "en") {
  return t == null ? "" : t < 1 ? `${Ye(t, 2, e)} ms` : t < 1e3 ? `${t < 10 ? Ye(t, 1, e) : Math.round(t)} ms` : `${Ye(t / 1e3, t < 1e4 ? 1 : 0, e)} s`;
}
function ja(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Ja = /* @__PURE__ */ C('<span class="kimi-spinner" aria-hidden="true"></span> ', 1), Xa = /* @__PURE__ */ C('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), Qa = /* @__PURE__ */ C('<span class="kimi-tool-args"> </span>'), Za = /* @__PURE__ */ C('<span class="kimi-tool-status"> </span>'), $a = /* @__PURE__ */ C('<span class="kimi-tool-ms"> </span>'), er = /* @__PURE__ */ C('<div class="kimi-tool-more"> </div>'), tr = /* @__PURE__ */ C('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), ar = /* @__PURE__ */ C('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!></div></details>'), rr = /* @__PURE__ */ C('<div class="kimi-text"></div>'), nr = /* @__PURE__ */ C('<span class="kimi-source-host"> </span>'), ir = /* @__PURE__ */ C('<li><a target="_blank" rel="noopener noreferrer nofollow"> </a> <!></li>'), sr = /* @__PURE__ */ C('<nav class="kimi-sources"><span class="kimi-sources-title"> </span> <ol></ol></nav>'), or = /* @__PURE__ */ C('<div><span aria-hidden="true"> </span> <div></div></div>'), lr = /* @__PURE__ */ C('<div class="kimi-waiting-detail"> </div>'), cr = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), fr = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), dr = /* @__PURE__ */ C('<span class="kimi-stats"> </span>'), ur = /* @__PURE__ */ C('<span class="kimi-context"><meter min="0" optimum="0"></meter> <span aria-hidden="true"> </span></span>'), vr = /* @__PURE__ */ C('<button type="button" class="kimi-icon"><!></button>'), _r = /* @__PURE__ */ C('<button type="button" class="kimi-button kimi-continue"> </button>'), hr = /* @__PURE__ */ C('<div class="kimi-footer"><!> <!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), mr = /* @__PURE__ */ C("<article><!> <!></article>");
function gr(t, e) {
  Re(e, !0);
  var i = this && this.__awaiter || function(I, v, f, p) {
    function Y(W) {
      return W instanceof f ? W : new f(function(q) {
        q(W);
      });
    }
    return new (f || (f = Promise))(function(W, q) {
      function K(A) {
        try {
          S(p.next(A));
        } catch (_) {
          q(_);
        }
      }
      function T(A) {
        try {
          S(p.throw(A));
        } catch (_) {
          q(_);
        }
      }
      function S(A) {
        A.done ? W(A.value) : Y(A.value).then(K, T);
      }
      S((p = p.apply(I, v || [])).next());
    });
  };
  let r = ie(!1);
  const n = De("say"), s = ["pending", "running", "error", "timeout", "cancelled"], o = (I) => s.includes(I) ? n("tool_" + I) : "";
  function c(I, v) {
    I.open = !!v;
    let f = !!v;
    return {
      update(p) {
        !!p !== f && (I.open = f = !!p);
      }
    };
  }
  function l() {
    return i(this, void 0, void 0, function* () {
      j(r, yield rt(Qe(e.message)), !0), setTimeout(() => j(r, !1), 1500);
    });
  }
  var d = mr();
  let u;
  var w = P(d);
  Ce(w, 17, () => e.message.parts || [], je, (I, v) => {
    var f = Fe(), p = ue(f);
    {
      var Y = (_) => {
        var m = Xa(), N = P(m), F = P(N);
        {
          var x = (g) => {
            var E = Ja(), J = R(ue(E), 1, !0);
            H((re) => B(J, re), [() => n("thinking")]), b(g, E);
          }, y = (g) => {
            var E = _a();
            H((J) => B(E, J), [
              () => a(v).seconds ? n("thought_for", { time: ja(a(v).seconds) }) : n("thought")
            ]), b(g, E);
          };
          V(F, (g) => {
            a(v).live ? g(x) : g(y, -1);
          });
        }
        var k = R(N, 2);
        Ue(k, () => a(v).html, !0), ba(m, (g, E) => c?.(g, E), () => a(v).live), b(_, m);
      }, W = (_) => {
        var m = ar(), N = P(m), F = P(N), x = G(F), y = R(F, 2);
        {
          var k = (z) => {
            var X = Qa(), Q = G(X, !0);
            H(() => B(Q, a(v).brief)), b(z, X);
          };
          V(y, (z) => {
            a(v).brief && z(k);
          });
        }
        var g = R(y, 2);
        {
          var E = (z) => {
            var X = Za(), Q = G(X, !0);
            H((ee) => B(Q, ee), [() => o(a(v).status)]), b(z, X);
          }, J = fe(() => o(a(v).status));
          V(g, (z) => {
            a(J) && z(E);
          });
        }
        var re = R(g, 2);
        {
          var se = (z) => {
            var X = $a(), Q = G(X, !0);
            H((ee) => B(Q, ee), [() => Ya(a(v).ms, n("lang"))]), b(z, X);
          };
          V(re, (z) => {
            a(v).ms !== null && a(v).ms !== void 0 && z(se);
          });
        }
        var Z = R(N, 2), oe = P(Z), te = G(oe, !0), pe = R(oe, 2), Se = P(pe), h = G(Se, !0), L = R(pe, 2);
        {
          var D = (z) => {
            var X = tr(), Q = ue(X), ee = G(Q, !0), we = R(Q, 2), le = P(we), ae = G(le, !0), ne = R(we, 2);
            {
              var ve = (be) => {
                var Oe = er(), he = G(Oe, !0);
                H((Be) => B(he, Be), [() => n("more", { count: a(v).more })]), b(be, Oe);
              };
              V(ne, (be) => {
                a(v).more && be(ve);
              });
            }
            H(
              (be) => {
                B(ee, be), B(ae, a(v).result);
              },
              [() => a(v).cut ? n("result_cut") : n("result")]
            ), b(z, X);
          };
          V(L, (z) => {
            a(v).result !== null && a(v).result !== void 0 && z(D);
          });
        }
        H(
          (z) => {
            O(m, "data-status", a(v).status), B(x, `🛠 ${a(v).name ?? ""}`), B(te, z), B(h, a(v).args || "{}");
          },
          [() => n("arguments")]
        ), b(_, m);
      }, q = (_) => {
        var m = rr();
        Ue(m, () => a(v).html, !0), b(_, m);
      }, K = (_) => {
        var m = sr(), N = P(m), F = G(N, !0), x = R(N, 2);
        Ce(x, 21, () => a(v).items || [], (y) => y.n, (y, k) => {
          var g = ir(), E = P(g), J = G(E, !0), re = R(E, 2);
          {
            var se = (Z) => {
              var oe = nr(), te = G(oe, !0);
              H(() => B(te, a(k).host)), b(Z, oe);
            };
            V(re, (Z) => {
              a(k).host !== a(k).title && Z(se);
            });
          }
          H(() => {
            O(E, "href", a(k).url), B(J, a(k).title);
          }), b(y, g);
        }), H(() => {
          O(m, "aria-label", a(v).title), B(F, a(v).title);
        }), b(_, m);
      }, T = (_) => {
        var m = or(), N = P(m), F = G(N, !0), x = R(N, 2);
        Ue(x, () => a(v).html, !0), H(() => {
          Me(m, 1, `kimi-notice kimi-notice-${a(v).kind ?? ""}`), O(m, "role", a(v).kind === "error" ? "alert" : null), B(F, a(v).kind === "error" ? "⚠️" : "ℹ️");
        }), b(_, m);
      }, S = (_) => {
        var m = cr(), N = R(P(m), 2), F = G(N, !0), x = R(N, 2);
        {
          var y = (k) => {
            var g = lr(), E = G(g, !0);
            H(() => B(E, a(v).detail)), b(k, g);
          };
          V(x, (k) => {
            a(v).detail && k(y);
          });
        }
        H(() => B(F, a(v).title)), b(_, m);
      }, A = (_) => {
        var m = fr(), N = P(m), F = G(N, !0), x = R(N, 2), y = R(x, 2), k = G(y);
        H(() => {
          B(F, a(v).title), O(x, "max", a(v).total || 1), ft(x, a(v).done || 0), O(x, "aria-label", a(v).title), B(k, `${a(v).done ?? ""}/${a(v).total ?? ""}`);
        }), b(_, m);
      };
      V(p, (_) => {
        a(v).type === "reasoning" ? _(Y) : a(v).type === "tool" ? _(W, 1) : a(v).type === "text" ? _(q, 2) : a(v).type === "sources" ? _(K, 3) : a(v).type === "notice" ? _(T, 4) : a(v).type === "waiting" ? _(S, 5) : a(v).type === "progress" && _(A, 6);
      });
    }
    b(I, f);
  });
  var M = R(w, 2);
  {
    var U = (I) => {
      var v = hr(), f = P(v);
      {
        var p = (x) => {
          var y = dr(), k = G(y, !0);
          H(() => B(k, e.message.stats)), b(x, y);
        };
        V(f, (x) => {
          e.message.stats && x(p);
        });
      }
      var Y = R(f, 2);
      {
        var W = (x) => {
          var y = ur(), k = P(y), g = R(k, 2), E = G(g, !0);
          H(() => {
            O(y, "title", e.message.context.label), O(k, "max", e.message.context.window), ft(k, e.message.context.used), O(k, "low", e.message.context.window * 0.7), O(k, "high", e.message.context.window * 0.9), O(k, "aria-label", e.message.context.label), B(E, e.message.context.short);
          }), b(x, y);
        };
        V(Y, (x) => {
          e.message.context && x(W);
        });
      }
      var q = R(Y, 2), K = P(q);
      {
        var T = (x) => {
          {
            let y = fe(() => n("copy_answer"));
            At(x, {
              get label() {
                return a(y);
              },
              get copied() {
                return a(r);
              },
              onclick: l
            });
          }
        }, S = fe(() => Qe(e.message));
        V(K, (x) => {
          a(S) && x(T);
        });
      }
      var A = R(K, 2);
      {
        var _ = (x) => {
          var y = vr(), k = P(y);
          at(k, { name: "retry" }), H(
            (g, E) => {
              O(y, "aria-label", g), O(y, "title", E);
            },
            [() => n("retry"), () => n("retry")]
          ), $("click", y, () => e.act("retry", { id: e.message.id })), b(x, y);
        };
        V(A, (x) => {
          e.message.can_retry && e.message.id && x(_);
        });
      }
      var m = R(A, 2);
      Tt(m, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var N = R(m, 2);
      {
        var F = (x) => {
          var y = _r(), k = G(y, !0);
          H((g) => B(k, g), [() => n("continue")]), $("click", y, () => e.act("resume", { id: e.message.id })), b(x, y);
        };
        V(N, (x) => {
          e.message.can_continue && x(F);
        });
      }
      b(I, v);
    };
    V(M, (I) => {
      e.message.live || I(U);
    });
  }
  H(
    (I) => {
      u = Me(d, 1, "kimi-msg kimi-answer", null, u, { "kimi-live": e.message.live }), O(d, "data-id", e.message.id), O(d, "aria-label", I);
    },
    [() => n("answer")]
  ), b(t, d), Ie();
}
Le(["click"]);
var pr = /* @__PURE__ */ C("<figcaption> </figcaption>"), br = /* @__PURE__ */ C('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), kr = /* @__PURE__ */ C('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), yr = /* @__PURE__ */ C('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), wr = /* @__PURE__ */ C('<div class="kimi-doc"> </div>'), xr = /* @__PURE__ */ C('<div class="kimi-files"></div>'), Sr = /* @__PURE__ */ C('<textarea class="kimi-edit-box" rows="4"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button"> </button> <button type="button" class="kimi-button kimi-primary"> </button></div>', 1), Er = /* @__PURE__ */ C('<div class="kimi-user-text"> </div>'), Tr = /* @__PURE__ */ C('<button type="button" class="kimi-icon"><!></button>'), Ar = /* @__PURE__ */ C("<!> <!>", 1), Cr = /* @__PURE__ */ C('<div class="kimi-msg-tools"><!> <!></div>'), Mr = /* @__PURE__ */ C('<article class="kimi-msg kimi-user"><div><!> <!></div> <!></article>');
function Lr(t, e) {
  Re(e, !0);
  var i = this && this.__awaiter || function(T, S, A, _) {
    function m(N) {
      return N instanceof A ? N : new A(function(F) {
        F(N);
      });
    }
    return new (A || (A = Promise))(function(N, F) {
      function x(g) {
        try {
          k(_.next(g));
        } catch (E) {
          F(E);
        }
      }
      function y(g) {
        try {
          k(_.throw(g));
        } catch (E) {
          F(E);
        }
      }
      function k(g) {
        g.done ? N(g.value) : m(g.value).then(x, y);
      }
      k((_ = _.apply(T, S || [])).next());
    });
  };
  const r = De("say");
  let n = ie(!1), s = ie(""), o = ie(!1), c = ie(void 0);
  function l() {
    return i(this, void 0, void 0, function* () {
      j(s, e.message.source || "", !0), j(n, !0), yield xt(), a(c) === null || a(c) === void 0 || a(c).focus();
    });
  }
  function d() {
    a(s).trim() && (j(n, !1), e.act("edit", { id: e.message.id, text: a(s) }));
  }
  function u(T) {
    T.key === "Escape" ? (T.preventDefault(), T.stopPropagation(), j(n, !1)) : T.key === "Enter" && !T.shiftKey && !T.isComposing && (T.preventDefault(), d());
  }
  function w() {
    return i(this, void 0, void 0, function* () {
      j(o, yield rt(e.message.source || ""), !0), setTimeout(() => j(o, !1), 1500);
    });
  }
  var M = Mr(), U = P(M);
  let I;
  var v = P(U);
  {
    var f = (T) => {
      var S = xr();
      Ce(S, 21, () => e.message.files, je, (A, _) => {
        var m = Fe(), N = ue(m);
        {
          var F = (k) => {
            var g = br(), E = P(g), J = G(E), re = R(E, 2);
            {
              var se = (Z) => {
                var oe = pr(), te = G(oe, !0);
                H(() => B(te, a(_).note)), b(Z, oe);
              };
              V(re, (Z) => {
                a(_).note && Z(se);
              });
            }
            H(
              (Z) => {
                O(E, "aria-label", Z), O(J, "src", a(_).url), O(J, "alt", a(_).name);
              },
              [() => r("enlarge", { name: a(_).name })]
            ), $("click", E, () => e.open_image(a(_))), b(k, g);
          }, x = (k) => {
            var g = yr(), E = P(g), J = G(E), re = R(E, 2);
            Ce(re, 21, () => a(_).frames || [], je, (se, Z) => {
              var oe = kr(), te = P(oe), pe = G(te), Se = R(te, 2), h = G(Se, !0);
              H(
                (L, D) => {
                  O(te, "aria-label", L), O(pe, "src", a(Z).url), O(pe, "alt", D), B(h, a(Z).at);
                },
                [
                  () => r("enlarge_frame", { at: a(Z).at }),
                  () => r("frame_at", { name: a(_).name, at: a(Z).at })
                ]
              ), $("click", te, () => e.open_image({
                url: a(Z).url,
                name: r("frame_at", { name: a(_).name, at: a(Z).at })
              })), b(se, oe);
            }), H(
              (se) => {
                B(J, `🎞 ${a(_).name ?? ""}`), O(re, "aria-label", se);
              },
              [() => r("frames", { name: a(_).name })]
            ), b(k, g);
          }, y = (k) => {
            var g = wr(), E = G(g);
            H(() => B(E, `📄 ${a(_).name ?? ""}${a(_).note ? " · " + a(_).note : ""}`)), b(k, g);
          };
          V(N, (k) => {
            a(_).kind === "image" ? k(F) : a(_).kind === "video" ? k(x, 1) : k(y, -1);
          });
        }
        b(A, m);
      }), b(T, S);
    };
    V(v, (T) => {
      e.message.files && e.message.files.length && T(f);
    });
  }
  var p = R(v, 2);
  {
    var Y = (T) => {
      var S = Sr(), A = ue(S);
      Xe(A, (y) => j(c, y), () => a(c));
      var _ = R(A, 2), m = P(_), N = G(m, !0), F = R(m, 2), x = G(F, !0);
      H(
        (y, k, g, E) => {
          O(A, "aria-label", y), B(N, k), F.disabled = g, B(x, E);
        },
        [
          () => r("edit_box"),
          () => r("cancel"),
          () => !a(s).trim(),
          () => r("send")
        ]
      ), $("keydown", A, u), Ea(A, () => a(s), (y) => j(s, y)), $("click", m, () => j(n, !1)), $("click", F, d), b(T, S);
    }, W = (T) => {
      var S = Er(), A = G(S, !0);
      H(() => B(A, e.message.source)), b(T, S);
    };
    V(p, (T) => {
      a(n) ? T(Y) : e.message.source && T(W, 1);
    });
  }
  var q = R(U, 2);
  {
    var K = (T) => {
      var S = Cr(), A = P(S);
      {
        var _ = (N) => {
          var F = Ar(), x = ue(F);
          {
            let g = fe(() => r("copy_message"));
            At(x, {
              get label() {
                return a(g);
              },
              get copied() {
                return a(o);
              },
              onclick: w
            });
          }
          var y = R(x, 2);
          {
            var k = (g) => {
              var E = Tr(), J = P(E);
              at(J, { name: "edit" }), H(
                (re, se) => {
                  O(E, "aria-label", re), O(E, "title", se);
                },
                [() => r("edit_message"), () => r("edit")]
              ), $("click", E, l), b(g, E);
            };
            V(y, (g) => {
              e.message.id && g(k);
            });
          }
          b(N, F);
        };
        V(A, (N) => {
          e.message.source && N(_);
        });
      }
      var m = R(A, 2);
      Tt(m, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), b(T, S);
    };
    V(q, (T) => {
      a(n) || T(K);
    });
  }
  H(
    (T) => {
      O(M, "data-id", e.message.id), O(M, "aria-label", T), I = Me(U, 1, "kimi-bubble", null, I, { "kimi-editing": a(n) });
    },
    [() => r("question")]
  ), b(t, M), Ie();
}
Le(["click", "keydown"]);
const Rr = (t) => requestAnimationFrame(() => setTimeout(t, 0)), Ir = (t) => !t.live || (t.parts || []).some((e) => e.type !== "waiting" && e.type !== "progress");
function Nr(t, e, i) {
  const r = window.kimiSide || {}, n = r[e];
  delete r[e];
  const s = n ? n.control : new AbortController();
  let o = n && n.painted;
  const c = () => {
    o && Rr(o), o = void 0;
  }, l = encodeURIComponent(document.documentElement.lang || "en"), d = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e) + "?lang=" + l;
  return (async () => {
    try {
      const u = await (n ? n.response : fetch(d, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!u.ok || !u.body) return c();
      const w = u.body.pipeThrough(new TextDecoderStream()).getReader();
      let M = "";
      for (; ; ) {
        const { done: U, value: I } = await w.read();
        if (U) return c();
        M += I;
        const v = M.lastIndexOf(`
`);
        if (v < 0) continue;
        const f = M.slice(0, v);
        M = M.slice(v + 1);
        const p = JSON.parse(f.slice(f.lastIndexOf(`
`) + 1));
        i(p), Ir(p) && c();
      }
    } catch {
      c();
    }
  })(), () => s.abort();
}
var Or = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), zr = /* @__PURE__ */ C('<p class="kimi-empty svelte-49zqag"> </p>'), Hr = /* @__PURE__ */ C('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), qr = /* @__PURE__ */ C('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), Dr = /* @__PURE__ */ C('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag"> </button>', 1), Fr = /* @__PURE__ */ C('<div><div class="kimi-scroll svelte-49zqag" role="log" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function Gr(t, e) {
  Re(e, !0);
  var i = this && this.__awaiter || function(h, L, D, z) {
    function X(Q) {
      return Q instanceof D ? Q : new D(function(ee) {
        ee(Q);
      });
    }
    return new (D || (D = Promise))(function(Q, ee) {
      function we(ne) {
        try {
          ae(z.next(ne));
        } catch (ve) {
          ee(ve);
        }
      }
      function le(ne) {
        try {
          ae(z.throw(ne));
        } catch (ve) {
          ee(ve);
        }
      }
      function ae(ne) {
        ne.done ? Q(ne.value) : X(ne.value).then(we, le);
      }
      ae((z = z.apply(h, L || [])).next());
    });
  };
  let r = /* @__PURE__ */ Ma(e, Or);
  const n = new Ha(r);
  let s = fe(() => Ka(n.props.words));
  const o = (h, L) => a(s)(h, L);
  la("say", o);
  let c = -1, l = { messages: [] }, d = ie(null);
  _e(() => {
    const h = (L) => {
      j(d, { base: xe(() => n.props.value), value: L.detail }, !0), p = !0;
    };
    return window.addEventListener("kimi-sending", h), () => window.removeEventListener("kimi-sending", h);
  });
  let u = fe(() => {
    const h = n.props.value, L = (a(d) && a(d).base === h ? a(d).value : h) || { messages: [] }, D = typeof L.opening == "number" ? L.opening : null;
    return D !== null && D < c ? l : (D !== null && (c = D), l = L, L);
  }), w = ie(null), M = "", U = () => {
  };
  _e(() => {
    const h = a(u).live_key;
    !h || h === M || (M = h, p = !0, U(), j(w, { key: h, opening: a(u).opening, item: null }, !0), U = Nr(n.shared.root || "", h, (L) => {
      a(w) && a(w).key === h && j(w, Object.assign(Object.assign({}, a(w)), { item: L }), !0);
    }));
  }), _e(() => {
    if (!a(w)) return;
    const h = a(u).messages || [], L = h[h.length - 1];
    (a(u).opening !== a(w).opening || !L || !L.live && a(u).live_key !== a(w).key) && (U(), j(
      w,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let I = fe(() => {
    const h = a(u).messages || [], L = h[h.length - 1];
    if (!a(w) || !a(w).item || !L || !L.live || a(u).opening !== a(w).opening) return h;
    const D = a(
      w
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ...h.slice(0, -1).filter((z) => D == null || z.id !== D),
      a(w).item
    ];
  }), v = fe(() => a(I).some((h) => h.live)), f = ie(void 0), p = !0, Y = null, W = null, q = ie(null), K = ie(void 0), T = ie(!1), S = null;
  function A(h, L) {
    if (h === "version" && a(f)) {
      const D = [...a(f).querySelectorAll(".kimi-msg")], z = D.findIndex((Q) => Q.getAttribute("data-id") === String(L.id)), X = z < 0 ? 0 : D[z].getBoundingClientRect().top - a(f).getBoundingClientRect().top;
      S = z < 0 ? null : {
        index: z,
        id: String(L.id),
        top: X,
        until: performance.now() + 5e3
      };
    }
    n.dispatch(h, L);
  }
  function _() {
    if (!S || !a(f) || performance.now() > S.until) return S = null, !1;
    const h = a(f).querySelectorAll(".kimi-msg")[S.index];
    return !h || h.getAttribute("data-id") === S.id ? !1 : (a(f).scrollTop += h.getBoundingClientRect().top - a(f).getBoundingClientRect().top - S.top, S = null, p = m(), !0);
  }
  function m() {
    return !!a(f) && a(f).scrollHeight - a(f).scrollTop - a(f).clientHeight < 80;
  }
  let N = -1 / 0;
  function F() {
    N = performance.now();
  }
  function x() {
    a(f) && (m() ? p = !0 : performance.now() - N < 1500 && (p = !1));
  }
  let y = 0;
  _e(() => {
    a(
      I
      // what the frame below reads: run again when they change
    ), a(u).focus, a(v), !y && (y = requestAnimationFrame(() => {
      var h;
      if (y = 0, !a(f)) return;
      const L = a(I).length ? String((h = a(I)[0].id) !== null && h !== void 0 ? h : "") + ":" + a(I).length : "", D = a(u).focus || null, z = a(v), X = a(f).querySelectorAll(".kimi-msg");
      Va(z && X.length ? X[X.length - 1] : a(f), n.shared.root || "");
      const Q = L.split(":")[0] !== (Y || "").split(":")[0];
      if (Y = L, !_()) {
        if (D && D !== W) {
          W = D;
          const ee = a(f).querySelector(`[data-id="${CSS.escape(D)}"]`);
          if (ee) {
            ee.scrollIntoView({ block: "center" }), ee.classList.add("kimi-flash"), setTimeout(() => ee.classList.remove("kimi-flash"), 2500), p = !1;
            return;
          }
        }
        D || (W = null), (p || Q) && (a(f).scrollTop = a(f).scrollHeight, p = !0);
      }
    }));
  }), _e(() => {
    a(K) && (a(q) && !a(K).open && a(K).showModal(), !a(q) && a(K).open && a(K).close());
  });
  function k() {
    return i(this, void 0, void 0, function* () {
      j(T, yield rt(Wa(a(I), o)), !0), setTimeout(() => j(T, !1), 1500);
    });
  }
  var g = Fr();
  let E;
  var J = P(g), re = P(J), se = P(re);
  {
    var Z = (h) => {
      var L = zr(), D = G(L, !0);
      H(() => B(D, n.props.placeholder || "")), b(h, L);
    }, oe = (h) => {
      var L = qr(), D = ue(L), z = P(D);
      {
        var X = (le) => {
          var ae = Hr(), ne = G(ae, !0);
          H((ve) => B(ne, ve), [() => o("earlier", { count: a(u).earlier })]), $("click", ae, () => A("earlier", {})), b(le, ae);
        };
        V(z, (le) => {
          a(u).earlier && le(X);
        });
      }
      var Q = R(z, 2), ee = G(Q, !0), we = R(D, 2);
      Ce(we, 19, () => a(I), (le, ae) => le.id ?? "at-" + ae, (le, ae) => {
        var ne = Fe(), ve = ue(ne);
        {
          var be = (he) => {
            Lr(he, {
              get message() {
                return a(ae);
              },
              act: A,
              open_image: (Be) => j(q, Be, !0)
            });
          }, Oe = (he) => {
            gr(he, {
              get message() {
                return a(ae);
              },
              act: A
            });
          };
          V(ve, (he) => {
            a(ae).role === "user" ? he(be) : he(Oe, -1);
          });
        }
        b(le, ne);
      }), H((le) => B(ee, le), [() => a(T) ? o("copied") : o("copy_all")]), $("click", Q, k), b(h, L);
    };
    V(se, (h) => {
      a(I).length === 0 ? h(Z) : h(oe, -1);
    });
  }
  Xe(J, (h) => j(f, h), () => a(f));
  var te = R(J, 2), pe = P(te);
  {
    var Se = (h) => {
      var L = Dr(), D = ue(L), z = R(D, 2), X = G(z, !0);
      H(
        (Q) => {
          O(D, "src", a(q).url), O(D, "alt", a(q).name), B(X, Q);
        },
        [() => o("close")]
      ), $("click", z, () => j(q, null)), b(h, L);
    };
    V(pe, (h) => {
      a(q) && h(Se);
    });
  }
  Xe(te, (h) => j(K, h), () => a(K)), H(
    (h, L, D) => {
      O(g, "id", n.shared.elem_id), E = Me(g, 1, `kimi-chat ${h ?? ""}`, "svelte-49zqag", E, { hidden: n.shared.visible === !1 }), O(J, "aria-label", L), O(J, "aria-busy", a(v)), O(te, "aria-label", D);
    },
    [
      () => (n.shared.elem_classes || []).join(" "),
      () => o("conversation"),
      () => a(q) ? a(q).name : o("image")
    ]
  ), Pe("scroll", J, x), Pe("wheel", J, F), $("touchstart", J, F), $("pointerdown", J, F), $("keydown", J, F), Pe("close", te, () => j(q, null)), $("click", te, (h) => {
    h.target === a(K) && j(q, null);
  }), b(t, g), Ie();
}
Le(["touchstart", "pointerdown", "keydown", "click"]);
export {
  Gr as default
};
