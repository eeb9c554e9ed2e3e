import { i as vt, g as _t, o as Ct, c as ht, a as le, b as Mt, T as mt, d as Lt, e as Qe, f as be, r as ze, h as Ne, p as Ze, j as Te, k as pe, m as gt, s as pt, l as bt, E as Rt, n, q as rt, t as It, u as Nt, v as Ot, w as nt, x as zt, y as Ht, z as qt, A as $e, B as de, D as Dt, I as Be, C as Ft, F as Bt, G as Gt, H as Pt, J as kt, K as Ut, L as q, M as Vt, N as Wt, O as Kt, P as yt, Q as ye, R as et, S as Yt, U as jt, V as it, W as Jt, X as Xt, Y as Qt, Z as Zt, _ as $t, $ as ea, a0 as wt, a1 as ta, a2 as aa, a3 as ra, a4 as na, a5 as ia, a6 as sa, a7 as oa, a8 as ne, a9 as st, aa as j, ab as _e, ac as Ce, ad as Me, ae as qe, af as ue, ag as Le, ah as ce, ai as R, aj as D, ak as Z, al as B, am as F, an as la, ao as Ge } from "./render-CI0bvj47.js";
const ca = [];
function fa(t, e = !1, i = !1) {
  return Oe(t, /* @__PURE__ */ new Map(), "", ca, null, i);
}
function Oe(t, e, i, a, r = null, s = !1) {
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
    if (vt(t)) {
      var c = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, c), r !== null && e.set(r, c);
      for (var l = 0; l < t.length; l += 1) {
        var d = t[l];
        l in t && (c[l] = Oe(d, e, i, a, null, s));
      }
      return c;
    }
    if (_t(t) === Ct) {
      c = {}, e.set(t, c), r !== null && e.set(r, c);
      for (var u of Object.keys(t))
        c[u] = Oe(
          // @ts-expect-error
          t[u],
          e,
          i,
          a,
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
      return Oe(
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
function xt(t) {
  var e = ht("template");
  return e.innerHTML = ua(t.replaceAll("<!>", "<!---->")), e.content;
}
function ge(t, e) {
  var i = (
    /** @type {Effect} */
    Qe
  );
  i.nodes === null && (i.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function I(t, e) {
  var i = (e & mt) !== 0, a = (e & Lt) !== 0, r, s = !t.startsWith("<!>");
  return () => {
    r === void 0 && (r = xt(s ? t : "<!>" + t), i || (r = /** @type {TemplateNode} */
    le(r)));
    var o = (
      /** @type {TemplateNode} */
      a || Mt ? document.importNode(r, !0) : r.cloneNode(!0)
    );
    if (i) {
      var c = (
        /** @type {TemplateNode} */
        le(o)
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
  var a = !t.startsWith("<!>"), r = (e & mt) !== 0, s = `<${i}>${a ? t : "<!>" + t}</${i}>`, o;
  return () => {
    if (!o) {
      var c = (
        /** @type {DocumentFragment} */
        xt(s)
      ), l = (
        /** @type {Element} */
        le(c)
      );
      if (r)
        for (o = document.createDocumentFragment(); le(l); )
          o.appendChild(
            /** @type {TemplateNode} */
            le(l)
          );
      else
        o = /** @type {Element} */
        le(l);
    }
    var d = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (r) {
      var u = (
        /** @type {TemplateNode} */
        le(d)
      ), x = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      ge(u, x);
    } else
      ge(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function Re(t, e) {
  return /* @__PURE__ */ va(t, e, "svg");
}
function _a(t = "") {
  {
    var e = be(t + "");
    return ge(e, e), e;
  }
}
function De() {
  var t = document.createDocumentFragment(), e = document.createComment(""), i = be();
  return t.append(e, i), ge(e, i), t;
}
function k(t, e) {
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
      ), a = this.#a.get(i);
      if (a)
        ze(a), this.#r.delete(i);
      else {
        var r = this.#e.get(i);
        r && (ze(r.effect), this.#a.set(i, r.effect), this.#e.delete(i), r.fragment.lastChild.remove(), this.anchor.before(r.fragment), a = r.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const c = this.#e.get(o);
        c && (Ne(c.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === i || this.#r.has(s)) continue;
        const c = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var d = document.createDocumentFragment();
            gt(o, d), d.append(be()), this.#e.set(s, { effect: o, fragment: d });
          } else
            Ne(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#n || !a ? (this.#r.add(s), Ze(o, c, !1)) : c();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const i = Array.from(this.#t.values());
    for (const [a, r] of this.#e)
      i.includes(a) || (Ne(r.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, i) {
    var a = (
      /** @type {Batch} */
      pe
    ), r = pt();
    if (i && !this.#a.has(e) && !this.#e.has(e))
      if (r) {
        var s = document.createDocumentFragment(), o = be();
        s.append(o), this.#e.set(e, {
          effect: Te(() => i(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          Te(() => i(this.anchor))
        );
    if (this.#t.set(a, e), r) {
      for (const [c, l] of this.#a)
        c === e ? a.unskip_effect(l) : a.skip_effect(l);
      for (const [c, l] of this.#e)
        c === e ? a.unskip_effect(l.effect) : a.skip_effect(l.effect);
      a.oncommit(this.#i), a.ondiscard(this.#s);
    } else
      this.#i(a);
  }
}
function K(t, e, i = !1) {
  var a = new ha(t), r = i ? Rt : 0;
  function s(o, c) {
    a.ensure(o, c);
  }
  bt(() => {
    var o = !1;
    e((c, l = 0) => {
      o = !0, s(l, c);
    }), o || s(-1, null);
  }, r);
}
function Ye(t, e) {
  return e;
}
function ma(t, e, i) {
  for (var a = [], r = e.length, s, o = e.length, c = 0; c < r; c++) {
    let x = e[c];
    Ze(
      x,
      () => {
        if (s) {
          if (s.pending.delete(x), s.done.add(x), s.pending.size === 0) {
            var A = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            je(t, $e(s.done)), A.delete(s), A.size === 0 && (t.outrogroups = null);
          }
        } else
          o -= 1;
      },
      !1
    );
  }
  if (o === 0) {
    var l = a.length === 0 && i !== null && t.pending.size === 0;
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
    je(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function je(t, e, i = !0) {
  var a;
  if (t.pending.size > 0) {
    a = /* @__PURE__ */ new Set();
    for (const o of t.pending.values())
      for (const c of o)
        a.add(
          /** @type {EachItem} */
          t.items.get(c).e
        );
  }
  for (var r = 0; r < e.length; r++) {
    var s = e[r];
    if (a?.has(s)) {
      s.f |= de;
      const o = document.createDocumentFragment();
      gt(s, o);
    } else
      Ne(e[r], i);
  }
}
var ot;
function He(t, e, i, a, r, s = null) {
  var o = t, c = /* @__PURE__ */ new Map(), l = (e & kt) !== 0;
  if (l) {
    var d = (
      /** @type {Element} */
      t
    );
    o = d.appendChild(be());
  }
  var u = null, x = Nt(() => {
    var Y = i();
    return (
      /** @type {V[]} */
      vt(Y) ? Y : Y == null ? [] : $e(Y)
    );
  }), A = /* @__PURE__ */ new Map(), G = !0;
  function M(Y) {
    if ((p.effect.f & Dt) === 0) {
      p.pending.delete(Y);
      var V = n(x);
      p.fallback = u, ga(p, V, o, e, a), u !== null && (V.length === 0 ? (u.f & de) === 0 ? ze(u) : (u.f ^= de, Ee(u, null, o)) : Ze(u, () => {
        u = null;
      }));
    }
  }
  function v(Y) {
    p.pending.delete(Y);
  }
  var f = bt(() => {
    for (var Y = (
      /** @type {V[]} */
      n(x)
    ), V = Y.length, N = /* @__PURE__ */ new Set(), W = (
      /** @type {Batch} */
      pe
    ), T = pt(), S = 0; S < V; S += 1) {
      var m = Y[S], _ = a(m, S), b = G ? null : c.get(_);
      b ? (b.v && rt(b.v, m), b.i && rt(b.i, S), T && W.unskip_effect(b.e)) : (b = pa(
        c,
        G ? o : ot ??= be(),
        m,
        _,
        S,
        r,
        e,
        i
      ), G || (b.e.f |= de), c.set(_, b)), N.add(_);
    }
    if (V === 0 && s && !u && (G ? u = Te(() => s(o)) : (u = Te(() => s(ot ??= be())), u.f |= de)), V > N.size && It(), !G)
      if (A.set(W, N), T) {
        for (const [P, z] of c)
          N.has(P) || W.skip_effect(z.e);
        W.oncommit(M), W.ondiscard(v);
      } else
        M(W);
    n(x);
  }), p = { effect: f, items: c, pending: A, outrogroups: null, fallback: u };
  G = !1;
}
function Se(t) {
  for (; t !== null && (t.f & Ft) === 0; )
    t = t.next;
  return t;
}
function ga(t, e, i, a, r) {
  var s = (a & Ut) !== 0, o = e.length, c = t.items, l = Se(t.effect.first), d, u = null, x, A = [], G = [], M, v, f, p;
  if (s)
    for (p = 0; p < o; p += 1)
      M = e[p], v = r(M, p), f = /** @type {EachItem} */
      c.get(v).e, (f.f & de) === 0 && (f.nodes?.a?.measure(), (x ??= /* @__PURE__ */ new Set()).add(f));
  for (p = 0; p < o; p += 1) {
    if (M = e[p], v = r(M, p), f = /** @type {EachItem} */
    c.get(v).e, t.outrogroups !== null)
      for (const b of t.outrogroups)
        b.pending.delete(f), b.done.delete(f);
    if ((f.f & Be) !== 0 && (ze(f), s && (f.nodes?.a?.unfix(), (x ??= /* @__PURE__ */ new Set()).delete(f))), (f.f & de) !== 0)
      if (f.f ^= de, f === l)
        Ee(f, null, i);
      else {
        var Y = u ? u.next : l;
        f === t.effect.last && (t.effect.last = f.prev), f.prev && (f.prev.next = f.next), f.next && (f.next.prev = f.prev), me(t, u, f), me(t, f, Y), Ee(f, Y, i), u = f, A = [], G = [], l = Se(u.next);
        continue;
      }
    if (f !== l) {
      if (d !== void 0 && d.has(f)) {
        if (A.length < G.length) {
          var V = G[0], N;
          u = V.prev;
          var W = A[0], T = A[A.length - 1];
          for (N = 0; N < A.length; N += 1)
            Ee(A[N], V, i);
          for (N = 0; N < G.length; N += 1)
            d.delete(G[N]);
          me(t, W.prev, T.next), me(t, u, W), me(t, T, V), l = V, u = T, p -= 1, A = [], G = [];
        } else
          d.delete(f), Ee(f, l, i), me(t, f.prev, f.next), me(t, f, u === null ? t.effect.first : u.next), me(t, u, f), u = f;
        continue;
      }
      for (A = [], G = []; l !== null && l !== f; )
        (d ??= /* @__PURE__ */ new Set()).add(l), G.push(l), l = Se(l.next);
      if (l === null)
        continue;
    }
    (f.f & de) === 0 && A.push(f), u = f, l = Se(f.next);
  }
  if (t.outrogroups !== null) {
    for (const b of t.outrogroups)
      b.pending.size === 0 && (je(t, $e(b.done)), t.outrogroups?.delete(b));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || d !== void 0) {
    var S = [];
    if (d !== void 0)
      for (f of d)
        (f.f & Be) === 0 && S.push(f);
    for (; l !== null; )
      (l.f & Be) === 0 && l !== t.fallback && S.push(l), l = Se(l.next);
    var m = S.length;
    if (m > 0) {
      var _ = (a & kt) !== 0 && o === 0 ? i : null;
      if (s) {
        for (p = 0; p < m; p += 1)
          S[p].nodes?.a?.measure();
        for (p = 0; p < m; p += 1)
          S[p].nodes?.a?.fix();
      }
      ma(t, S, _);
    }
  }
  s && Gt(() => {
    if (x !== void 0)
      for (f of x)
        f.nodes?.a?.apply();
  });
}
function pa(t, e, i, a, r, s, o, c) {
  var l = (o & zt) !== 0 ? (o & Ht) === 0 ? qt(i, !1, !1) : nt(i) : null, d = (o & Ot) !== 0 ? nt(r) : null;
  return {
    v: l,
    i: d,
    e: Te(() => (s(e, l ?? i, d ?? r, c), () => {
      t.delete(a);
    }))
  };
}
function Ee(t, e, i) {
  if (t.nodes)
    for (var a = t.nodes.start, r = t.nodes.end, s = e && (e.f & de) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : i; a !== null; ) {
      var o = (
        /** @type {TemplateNode} */
        Pt(a)
      );
      if (s.before(a), a === r)
        return;
      a = o;
    }
}
function me(t, e, i) {
  e === null ? t.effect.first = i : e.next = i, i === null ? t.effect.last = e : i.prev = e;
}
function Pe(t, e, i = !1, a = !1, r = !1, s = !1) {
  var o = t, c = "";
  if (i)
    var l = (
      /** @type {Element} */
      t
    );
  q(() => {
    var d = (
      /** @type {Effect} */
      Qe
    );
    if (c !== (c = e() ?? "")) {
      if (i) {
        d.nodes = null, l.innerHTML = /** @type {string} */
        c, c !== "" && ge(
          /** @type {TemplateNode} */
          le(l),
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
        var u = a ? Wt : r ? Kt : void 0, x = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          ht(a ? "svg" : r ? "math" : "template", u)
        );
        x.innerHTML = /** @type {any} */
        c;
        var A = a || r ? x : (
          /** @type {HTMLTemplateElement} */
          x.content
        );
        if (ge(
          /** @type {TemplateNode} */
          le(A),
          /** @type {TemplateNode} */
          A.lastChild
        ), a || r)
          for (; le(A); )
            o.before(
              /** @type {TemplateNode} */
              le(A)
            );
        else
          o.before(A);
      }
    }
  });
}
function ba(t, e, i) {
  yt(() => {
    var a = ye(() => e(t, i?.()) || {});
    if (i && a?.update) {
      var r = !1, s = (
        /** @type {any} */
        {}
      );
      et(() => {
        var o = i();
        Yt(o), r && jt(s, o) && (s = o, a.update(o));
      }), r = !0;
    }
    if (a?.destroy)
      return () => (
        /** @type {Function} */
        a.destroy()
      );
  });
}
const lt = [...` 	
\r\f \v\uFEFF`];
function ka(t, e, i) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), i) {
    for (var r of Object.keys(i))
      if (i[r])
        a = a ? a + " " + r : r;
      else if (a.length)
        for (var s = r.length, o = 0; (o = a.indexOf(r, o)) >= 0; ) {
          var c = o + s;
          (o === 0 || lt.includes(a[o - 1])) && (c === a.length || lt.includes(a[c])) ? a = (o === 0 ? "" : a.substring(0, o)) + a.substring(c + 1) : o = c;
        }
  }
  return a === "" ? null : a;
}
function Ae(t, e, i, a, r, s) {
  var o = (
    /** @type {any} */
    t[it]
  );
  if (o !== i || o === void 0) {
    var c = ka(i, a, s);
    c == null ? t.removeAttribute("class") : t.className = c, t[it] = i;
  } else if (s && r !== s)
    for (var l in s) {
      var d = !!s[l];
      (r == null || d !== !!r[l]) && t.classList.toggle(l, d);
    }
  return s;
}
const ya = /* @__PURE__ */ Symbol("is custom element"), wa = /* @__PURE__ */ Symbol("is html"), xa = $t ? "progress" : "PROGRESS";
function ct(t, e) {
  var i = St(t);
  i.value === (i.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== xa) || (t.value = e ?? "");
}
function O(t, e, i, a) {
  var r = St(t), s = r[e];
  s !== (r[e] = i) && (e === "loading" && (t[Jt] = i), i == null ? t.removeAttribute(e) : typeof i != "string" && Sa(t).has(e) ? t[e] = i : t.setAttribute(e, i));
}
function St(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Xt] ??= {
      [ya]: t.nodeName.includes("-"),
      [wa]: t.namespaceURI === Qt
    }
  );
}
var ft = /* @__PURE__ */ new Map();
function Sa(t) {
  var e = t.getAttribute("is") || t.nodeName, i = ft.get(e);
  if (i) return i;
  ft.set(e, i = /* @__PURE__ */ new Set());
  for (var a, r = t, s = Element.prototype; s !== r; ) {
    a = Zt(r);
    for (var o in a)
      a[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && i.add(o);
    r = _t(r);
  }
  return i;
}
function Ea(t, e, i = e) {
  var a = /* @__PURE__ */ new WeakSet();
  ea(t, "input", async (r) => {
    var s = r ? t.defaultValue : t.value;
    if (s = Ue(t) ? Ve(s) : s, i(s), pe !== null && a.add(pe), await wt(), s !== (s = e())) {
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
  ye(e) == null && t.value && (i(Ue(t) ? Ve(t.value) : t.value), pe !== null && a.add(pe)), et(() => {
    var r = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        pe
      );
      if (a.has(s))
        return;
    }
    Ue(t) && r === Ve(t.value) || t.type === "date" && !r && !t.value || r !== t.value && (t.value = r ?? "");
  });
}
function Ue(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Ve(t) {
  return t === "" ? null : +t;
}
function We(t, e) {
  return t === e || t?.[na] === e;
}
function Je(t = aa(), e, i, a) {
  var r = (
    /** @type {ComponentContext} */
    ta.r
  ), s = (
    /** @type {Effect} */
    Qe
  );
  return yt(() => {
    var o, c;
    return et(() => {
      o = c, c = [], ye(() => {
        We(i(...c), t) || (e(t, ...c), o && We(i(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== r && l.parent !== null && l.parent.f & ra; )
        l = l.parent;
      const d = () => {
        c && We(i(...c), t) && e(null, ...c);
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
  const a = ye(
    () => t.subscribe(
      e,
      // @ts-expect-error
      i
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
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
], dt = {
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
La.reduce((t, { color: e, primary: i, secondary: a }) => ({
  ...t,
  [e]: {
    primary: dt[e][i],
    secondary: dt[e][a]
  }
}), {});
function Ra(t) {
  let e;
  const i = oa((r) => {
    let s = !1;
    const o = t.subscribe((c) => {
      e = c, s && r();
    });
    return s = !0, o;
  });
  function a() {
    return sa() ? (i(), e) : Aa(t);
  }
  return "set" in t ? {
    get current() {
      return a();
    },
    set current(r) {
      t.set(r);
    }
  } : {
    get current() {
      return a();
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
  #t = ne(st({}));
  get shared() {
    return n(this.#t);
  }
  set shared(e) {
    j(this.#t, e, !0);
  }
  #a = ne(st({}));
  get props() {
    return n(this.#a);
  }
  set props(e) {
    j(this.#a, e, !0);
  }
  #e = ne((e) => e);
  get i18n() {
    return n(this.#e);
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
    for (const a in e.shared_props)
      this.shared[a] = e.shared_props[a];
    for (const a in e.props)
      a !== "i18n_store" && (this.props[a] = e.props[a]);
    if (i)
      for (const a in i)
        this.props[a] === void 0 && (this.props[a] = i[a]);
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? Ra(this.i18n_store) : void 0;
    for (const a of Na)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, _e(() => {
      const a = e.shared_props.id;
      if (this.last_shared_props !== e.shared_props) {
        for (const r in e.shared_props) {
          const s = e.shared_props[r];
          s !== void 0 && (this._is_i18n_managed(`shared.${r}`, s) || (this.shared[r] = s));
        }
        this.last_shared_props = e.shared_props;
      }
      if (this.last_props !== e.props) {
        for (const r in e.props) {
          if (r === "i18n_store") continue;
          const s = e.props[r];
          s !== void 0 && (this._is_i18n_managed(`props.${r}`, s) || (this.props[r] = s));
        }
        this.last_props = e.props;
      }
      this.registered_id !== null && this.registered_id !== a && this.unregister_component(this.registered_id, this.set_data_callback), this.register_component(
        a,
        // @ts-ignore
        this.set_data_callback,
        this.get_data_callback
      ), this.registered_id = a, ye(() => {
        this.shared.id = a;
      });
    }), _e(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), _e(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [r, s] of Object.entries(this.translatable_props)) {
        const [o, c] = r.split("."), l = this.i18n(s);
        o === "shared" ? this.shared[c] = l : this.props[c] = l;
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
    const r = this.i18n(a);
    return r !== a && (this.translatable_props[`${e}.${i}`] = a), r;
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
      const a = e[i], r = za(a) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, a) : a;
      if (this.shared_props.includes(i)) {
        const s = i;
        this.shared[s] = r;
        continue;
      }
      this.props[i] = r;
    }
  }
  watch_for_change() {
    _e(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var qa = /* @__PURE__ */ I('<span class="kimi-versions" role="group"><button type="button" class="kimi-icon">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon">›</button></span>');
function Et(t, e) {
  Me(e, !0);
  const i = qe("say");
  let a = ce(() => e.message.versions ? e.message.versions[0] : 1), r = ce(() => e.message.versions ? e.message.versions[1] : 1);
  var s = De(), o = ue(s);
  {
    var c = (l) => {
      var d = qa(), u = B(d), x = R(u, 2), A = F(x), G = R(x, 2);
      q(
        (M, v, f) => {
          O(d, "aria-label", M), O(u, "aria-label", v), u.disabled = n(a) <= 1, D(A, `${n(a) ?? ""}/${n(r) ?? ""}`), O(G, "aria-label", f), G.disabled = n(a) >= n(r);
        },
        [
          () => i("versions"),
          () => i("previous"),
          () => i("next")
        ]
      ), Z("click", u, () => e.act("version", { id: e.message.id, step: -1 })), Z("click", G, () => e.act("version", { id: e.message.id, step: 1 })), k(l, d);
    };
    K(o, (l) => {
      n(r) > 1 && l(c);
    });
  }
  k(t, s), Le();
}
Ce(["click"]);
var Da = /* @__PURE__ */ Re('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Fa = /* @__PURE__ */ Re('<path d="M5 12l5 5L20 7"></path>'), Ba = /* @__PURE__ */ Re('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ga = /* @__PURE__ */ Re('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Pa = /* @__PURE__ */ Re('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function tt(t, e) {
  var i = Pa(), a = B(i);
  {
    var r = (l) => {
      var d = Da();
      k(l, d);
    }, s = (l) => {
      var d = Fa();
      k(l, d);
    }, o = (l) => {
      var d = Ba();
      k(l, d);
    }, c = (l) => {
      var d = Ga();
      k(l, d);
    };
    K(a, (l) => {
      e.name === "copy" ? l(r) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(c, 3);
    });
  }
  k(t, i);
}
var Ua = /* @__PURE__ */ I('<span class="kimi-copy"><button type="button" class="kimi-icon"><!></button> <span role="status" aria-live="polite"> </span></span>');
function Tt(t, e) {
  Me(e, !0);
  const i = qe("say");
  var a = Ua(), r = B(a), s = B(r);
  {
    let d = ce(() => e.copied ? "done" : "copy");
    tt(s, {
      get name() {
        return n(d);
      }
    });
  }
  var o = R(r, 2);
  let c;
  var l = F(o, !0);
  q(
    (d, u, x) => {
      O(r, "aria-label", d), O(r, "title", u), c = Ae(o, 1, "kimi-copied", null, c, { shown: e.copied }), D(l, x);
    },
    [
      () => e.copied ? i("copied") : e.label,
      () => i("copy"),
      () => e.copied ? i("copied") : ""
    ]
  ), Z("click", r, function(...d) {
    e.onclick?.apply(this, d);
  }), k(t, a), Le();
}
Ce(["click"]);
const ut = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Va(t, e) {
  const i = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!i.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const r = document.createElement("link");
    r.id = "kimi-katex-css", r.rel = "stylesheet", r.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(r);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const r of i) {
    const s = r.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(ut[l]));
    if (!o) continue;
    const c = s.slice(o.length, s.length - ut[o].length);
    r.dataset.tex = s;
    try {
      a.render(c, r, {
        displayMode: r.classList.contains("kimi-math-display"),
        throwOnError: !1,
        output: "htmlAndMathml"
      });
    } catch {
      r.textContent = s;
    }
  }
}
async function at(t) {
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
function Xe(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Wa(t, e) {
  return t.map(
    (i) => i.role === "user" ? `**${e("you")}:**

${i.source || ""}` : `**${e("kimi")}:**

${Xe(i)}`
  ).join(`

---

`);
}
function Ka(t) {
  const e = t || {}, i = e.lang || "en";
  return (a, r = {}) => {
    const s = r.count;
    return ((typeof s == "number" ? e[`${a}.${s === 1 ? "one" : "other"}`] : void 0) ?? e[a] ?? a).replace(/\{(\w+)\}/g, (l, d) => {
      const u = r[d];
      return u == null ? l : typeof u == "number" ? u.toLocaleString(i) : String(u);
    });
  };
}
function Ke(t, e, i) {
  return t.toLocaleString(i, { minimumFractionDigits: e, maximumFractionDigits: e });
}
function Ya(t, e = "en") {
  return t == null ? "" : t < 1 ? `${Ke(t, 2, e)} ms` : t < 1e3 ? `${t < 10 ? Ke(t, 1, e) : Math.round(t)} ms` : `${Ke(t / 1e3, t < 1e4 ? 1 : 0, e)} s`;
}
function ja(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Ja = /* @__PURE__ */ I('<span class="kimi-spinner" aria-hidden="true"></span> ', 1), Xa = /* @__PURE__ */ I('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), Qa = /* @__PURE__ */ I('<span class="kimi-tool-args"> </span>'), Za = /* @__PURE__ */ I('<span class="kimi-tool-status"> </span>'), $a = /* @__PURE__ */ I('<span class="kimi-tool-ms"> </span>'), er = /* @__PURE__ */ I('<div class="kimi-tool-more"> </div>'), tr = /* @__PURE__ */ I('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), ar = /* @__PURE__ */ I('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!></div></details>'), rr = /* @__PURE__ */ I('<div class="kimi-text"></div>'), nr = /* @__PURE__ */ I('<div><span aria-hidden="true"> </span> <div></div></div>'), ir = /* @__PURE__ */ I('<div class="kimi-waiting-detail"> </div>'), sr = /* @__PURE__ */ I('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), or = /* @__PURE__ */ I('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), lr = /* @__PURE__ */ I('<span class="kimi-stats"> </span>'), cr = /* @__PURE__ */ I('<span class="kimi-context"><meter min="0" optimum="0"></meter> <span aria-hidden="true"> </span></span>'), fr = /* @__PURE__ */ I('<button type="button" class="kimi-icon"><!></button>'), dr = /* @__PURE__ */ I('<button type="button" class="kimi-button kimi-continue"> </button>'), ur = /* @__PURE__ */ I('<div class="kimi-footer"><!> <!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), vr = /* @__PURE__ */ I("<article><!> <!></article>");
function _r(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(M, v, f, p) {
    function Y(V) {
      return V instanceof f ? V : new f(function(N) {
        N(V);
      });
    }
    return new (f || (f = Promise))(function(V, N) {
      function W(m) {
        try {
          S(p.next(m));
        } catch (_) {
          N(_);
        }
      }
      function T(m) {
        try {
          S(p.throw(m));
        } catch (_) {
          N(_);
        }
      }
      function S(m) {
        m.done ? V(m.value) : Y(m.value).then(W, T);
      }
      S((p = p.apply(M, v || [])).next());
    });
  };
  let a = ne(!1);
  const r = qe("say"), s = ["pending", "running", "error", "timeout", "cancelled"], o = (M) => s.includes(M) ? r("tool_" + M) : "";
  function c(M, v) {
    M.open = !!v;
    let f = !!v;
    return {
      update(p) {
        !!p !== f && (M.open = f = !!p);
      }
    };
  }
  function l() {
    return i(this, void 0, void 0, function* () {
      j(a, yield at(Xe(e.message)), !0), setTimeout(() => j(a, !1), 1500);
    });
  }
  var d = vr();
  let u;
  var x = B(d);
  He(x, 17, () => e.message.parts || [], Ye, (M, v) => {
    var f = De(), p = ue(f);
    {
      var Y = (m) => {
        var _ = Xa(), b = B(_), P = B(b);
        {
          var z = (y) => {
            var w = Ja(), H = R(ue(w), 1, !0);
            q((J) => D(H, J), [() => r("thinking")]), k(y, w);
          }, L = (y) => {
            var w = _a();
            q((H) => D(w, H), [
              () => n(v).seconds ? r("thought_for", { time: ja(n(v).seconds) }) : r("thought")
            ]), k(y, w);
          };
          K(P, (y) => {
            n(v).live ? y(z) : y(L, -1);
          });
        }
        var E = R(b, 2);
        Pe(E, () => n(v).html, !0), ba(_, (y, w) => c?.(y, w), () => n(v).live), k(m, _);
      }, V = (m) => {
        var _ = ar(), b = B(_), P = B(b), z = F(P), L = R(P, 2);
        {
          var E = (g) => {
            var U = Qa(), X = F(U, !0);
            q(() => D(X, n(v).brief)), k(g, U);
          };
          K(L, (g) => {
            n(v).brief && g(E);
          });
        }
        var y = R(L, 2);
        {
          var w = (g) => {
            var U = Za(), X = F(U, !0);
            q((Q) => D(X, Q), [() => o(n(v).status)]), k(g, U);
          }, H = ce(() => o(n(v).status));
          K(y, (g) => {
            n(H) && g(w);
          });
        }
        var J = R(y, 2);
        {
          var fe = (g) => {
            var U = $a(), X = F(U, !0);
            q((Q) => D(X, Q), [() => Ya(n(v).ms, r("lang"))]), k(g, U);
          };
          K(J, (g) => {
            n(v).ms !== null && n(v).ms !== void 0 && g(fe);
          });
        }
        var oe = R(b, 2), $ = B(oe), ve = F($, !0), ee = R($, 2), ke = B(ee), we = F(ke, !0), h = R(ee, 2);
        {
          var C = (g) => {
            var U = tr(), X = ue(U), Q = F(X, !0), ae = R(X, 2), xe = B(ae), ie = F(xe, !0), te = R(ae, 2);
            {
              var re = (se) => {
                var Ie = er(), Fe = F(Ie, !0);
                q((he) => D(Fe, he), [() => r("more", { count: n(v).more })]), k(se, Ie);
              };
              K(te, (se) => {
                n(v).more && se(re);
              });
            }
            q(
              (se) => {
                D(Q, se), D(ie, n(v).result);
              },
              [() => n(v).cut ? r("result_cut") : r("result")]
            ), k(g, U);
          };
          K(h, (g) => {
            n(v).result !== null && n(v).result !== void 0 && g(C);
          });
        }
        q(
          (g) => {
            O(_, "data-status", n(v).status), D(z, `🛠 ${n(v).name ?? ""}`), D(ve, g), D(we, n(v).args || "{}");
          },
          [() => r("arguments")]
        ), k(m, _);
      }, N = (m) => {
        var _ = rr();
        Pe(_, () => n(v).html, !0), k(m, _);
      }, W = (m) => {
        var _ = nr(), b = B(_), P = F(b, !0), z = R(b, 2);
        Pe(z, () => n(v).html, !0), q(() => {
          Ae(_, 1, `kimi-notice kimi-notice-${n(v).kind ?? ""}`), O(_, "role", n(v).kind === "error" ? "alert" : null), D(P, n(v).kind === "error" ? "⚠️" : "ℹ️");
        }), k(m, _);
      }, T = (m) => {
        var _ = sr(), b = R(B(_), 2), P = F(b, !0), z = R(b, 2);
        {
          var L = (E) => {
            var y = ir(), w = F(y, !0);
            q(() => D(w, n(v).detail)), k(E, y);
          };
          K(z, (E) => {
            n(v).detail && E(L);
          });
        }
        q(() => D(P, n(v).title)), k(m, _);
      }, S = (m) => {
        var _ = or(), b = B(_), P = F(b, !0), z = R(b, 2), L = R(z, 2), E = F(L);
        q(() => {
          D(P, n(v).title), O(z, "max", n(v).total || 1), ct(z, n(v).done || 0), O(z, "aria-label", n(v).title), D(E, `${n(v).done ?? ""}/${n(v).total ?? ""}`);
        }), k(m, _);
      };
      K(p, (m) => {
        n(v).type === "reasoning" ? m(Y) : n(v).type === "tool" ? m(V, 1) : n(v).type === "text" ? m(N, 2) : n(v).type === "notice" ? m(W, 3) : n(v).type === "waiting" ? m(T, 4) : n(v).type === "progress" && m(S, 5);
      });
    }
    k(M, f);
  });
  var A = R(x, 2);
  {
    var G = (M) => {
      var v = ur(), f = B(v);
      {
        var p = (L) => {
          var E = lr(), y = F(E, !0);
          q(() => D(y, e.message.stats)), k(L, E);
        };
        K(f, (L) => {
          e.message.stats && L(p);
        });
      }
      var Y = R(f, 2);
      {
        var V = (L) => {
          var E = cr(), y = B(E), w = R(y, 2), H = F(w, !0);
          q(() => {
            O(E, "title", e.message.context.label), O(y, "max", e.message.context.window), ct(y, e.message.context.used), O(y, "low", e.message.context.window * 0.7), O(y, "high", e.message.context.window * 0.9), O(y, "aria-label", e.message.context.label), D(H, e.message.context.short);
          }), k(L, E);
        };
        K(Y, (L) => {
          e.message.context && L(V);
        });
      }
      var N = R(Y, 2), W = B(N);
      {
        var T = (L) => {
          {
            let E = ce(() => r("copy_answer"));
            Tt(L, {
              get label() {
                return n(E);
              },
              get copied() {
                return n(a);
              },
              onclick: l
            });
          }
        }, S = ce(() => Xe(e.message));
        K(W, (L) => {
          n(S) && L(T);
        });
      }
      var m = R(W, 2);
      {
        var _ = (L) => {
          var E = fr(), y = B(E);
          tt(y, { name: "retry" }), q(
            (w, H) => {
              O(E, "aria-label", w), O(E, "title", H);
            },
            [() => r("retry"), () => r("retry")]
          ), Z("click", E, () => e.act("retry", { id: e.message.id })), k(L, E);
        };
        K(m, (L) => {
          e.message.can_retry && e.message.id && L(_);
        });
      }
      var b = R(m, 2);
      Et(b, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var P = R(b, 2);
      {
        var z = (L) => {
          var E = dr(), y = F(E, !0);
          q((w) => D(y, w), [() => r("continue")]), Z("click", E, () => e.act("resume", { id: e.message.id })), k(L, E);
        };
        K(P, (L) => {
          e.message.can_continue && L(z);
        });
      }
      k(M, v);
    };
    K(A, (M) => {
      e.message.live || M(G);
    });
  }
  q(
    (M) => {
      u = Ae(d, 1, "kimi-msg kimi-answer", null, u, { "kimi-live": e.message.live }), O(d, "data-id", e.message.id), O(d, "aria-label", M);
    },
    [() => r("answer")]
  ), k(t, d), Le();
}
Ce(["click"]);
var hr = /* @__PURE__ */ I("<figcaption> </figcaption>"), mr = /* @__PURE__ */ I('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), gr = /* @__PURE__ */ I('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), pr = /* @__PURE__ */ I('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), br = /* @__PURE__ */ I('<div class="kimi-doc"> </div>'), kr = /* @__PURE__ */ I('<div class="kimi-files"></div>'), yr = /* @__PURE__ */ I('<textarea class="kimi-edit-box" rows="4"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button"> </button> <button type="button" class="kimi-button kimi-primary"> </button></div>', 1), wr = /* @__PURE__ */ I('<div class="kimi-user-text"> </div>'), xr = /* @__PURE__ */ I('<button type="button" class="kimi-icon"><!></button>'), Sr = /* @__PURE__ */ I("<!> <!>", 1), Er = /* @__PURE__ */ I('<div class="kimi-msg-tools"><!> <!></div>'), Tr = /* @__PURE__ */ I('<article class="kimi-msg kimi-user"><div><!> <!></div> <!></article>');
function Ar(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(T, S, m, _) {
    function b(P) {
      return P instanceof m ? P : new m(function(z) {
        z(P);
      });
    }
    return new (m || (m = Promise))(function(P, z) {
      function L(w) {
        try {
          y(_.next(w));
        } catch (H) {
          z(H);
        }
      }
      function E(w) {
        try {
          y(_.throw(w));
        } catch (H) {
          z(H);
        }
      }
      function y(w) {
        w.done ? P(w.value) : b(w.value).then(L, E);
      }
      y((_ = _.apply(T, S || [])).next());
    });
  };
  const a = qe("say");
  let r = ne(!1), s = ne(""), o = ne(!1), c = ne(void 0);
  function l() {
    return i(this, void 0, void 0, function* () {
      j(s, e.message.source || "", !0), j(r, !0), yield wt(), n(c) === null || n(c) === void 0 || n(c).focus();
    });
  }
  function d() {
    n(s).trim() && (j(r, !1), e.act("edit", { id: e.message.id, text: n(s) }));
  }
  function u(T) {
    T.key === "Escape" ? (T.preventDefault(), T.stopPropagation(), j(r, !1)) : T.key === "Enter" && !T.shiftKey && !T.isComposing && (T.preventDefault(), d());
  }
  function x() {
    return i(this, void 0, void 0, function* () {
      j(o, yield at(e.message.source || ""), !0), setTimeout(() => j(o, !1), 1500);
    });
  }
  var A = Tr(), G = B(A);
  let M;
  var v = B(G);
  {
    var f = (T) => {
      var S = kr();
      He(S, 21, () => e.message.files, Ye, (m, _) => {
        var b = De(), P = ue(b);
        {
          var z = (y) => {
            var w = mr(), H = B(w), J = F(H), fe = R(H, 2);
            {
              var oe = ($) => {
                var ve = hr(), ee = F(ve, !0);
                q(() => D(ee, n(_).note)), k($, ve);
              };
              K(fe, ($) => {
                n(_).note && $(oe);
              });
            }
            q(
              ($) => {
                O(H, "aria-label", $), O(J, "src", n(_).url), O(J, "alt", n(_).name);
              },
              [() => a("enlarge", { name: n(_).name })]
            ), Z("click", H, () => e.open_image(n(_))), k(y, w);
          }, L = (y) => {
            var w = pr(), H = B(w), J = F(H), fe = R(H, 2);
            He(fe, 21, () => n(_).frames || [], Ye, (oe, $) => {
              var ve = gr(), ee = B(ve), ke = F(ee), we = R(ee, 2), h = F(we, !0);
              q(
                (C, g) => {
                  O(ee, "aria-label", C), O(ke, "src", n($).url), O(ke, "alt", g), D(h, n($).at);
                },
                [
                  () => a("enlarge_frame", { at: n($).at }),
                  () => a("frame_at", { name: n(_).name, at: n($).at })
                ]
              ), Z("click", ee, () => e.open_image({
                url: n($).url,
                name: a("frame_at", { name: n(_).name, at: n($).at })
              })), k(oe, ve);
            }), q(
              (oe) => {
                D(J, `🎞 ${n(_).name ?? ""}`), O(fe, "aria-label", oe);
              },
              [() => a("frames", { name: n(_).name })]
            ), k(y, w);
          }, E = (y) => {
            var w = br(), H = F(w);
            q(() => D(H, `📄 ${n(_).name ?? ""}${n(_).note ? " · " + n(_).note : ""}`)), k(y, w);
          };
          K(P, (y) => {
            n(_).kind === "image" ? y(z) : n(_).kind === "video" ? y(L, 1) : y(E, -1);
          });
        }
        k(m, b);
      }), k(T, S);
    };
    K(v, (T) => {
      e.message.files && e.message.files.length && T(f);
    });
  }
  var p = R(v, 2);
  {
    var Y = (T) => {
      var S = yr(), m = ue(S);
      Je(m, (E) => j(c, E), () => n(c));
      var _ = R(m, 2), b = B(_), P = F(b, !0), z = R(b, 2), L = F(z, !0);
      q(
        (E, y, w, H) => {
          O(m, "aria-label", E), D(P, y), z.disabled = w, D(L, H);
        },
        [
          () => a("edit_box"),
          () => a("cancel"),
          () => !n(s).trim(),
          () => a("send")
        ]
      ), Z("keydown", m, u), Ea(m, () => n(s), (E) => j(s, E)), Z("click", b, () => j(r, !1)), Z("click", z, d), k(T, S);
    }, V = (T) => {
      var S = wr(), m = F(S, !0);
      q(() => D(m, e.message.source)), k(T, S);
    };
    K(p, (T) => {
      n(r) ? T(Y) : e.message.source && T(V, 1);
    });
  }
  var N = R(G, 2);
  {
    var W = (T) => {
      var S = Er(), m = B(S);
      {
        var _ = (P) => {
          var z = Sr(), L = ue(z);
          {
            let w = ce(() => a("copy_message"));
            Tt(L, {
              get label() {
                return n(w);
              },
              get copied() {
                return n(o);
              },
              onclick: x
            });
          }
          var E = R(L, 2);
          {
            var y = (w) => {
              var H = xr(), J = B(H);
              tt(J, { name: "edit" }), q(
                (fe, oe) => {
                  O(H, "aria-label", fe), O(H, "title", oe);
                },
                [() => a("edit_message"), () => a("edit")]
              ), Z("click", H, l), k(w, H);
            };
            K(E, (w) => {
              e.message.id && w(y);
            });
          }
          k(P, z);
        };
        K(m, (P) => {
          e.message.source && P(_);
        });
      }
      var b = R(m, 2);
      Et(b, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), k(T, S);
    };
    K(N, (T) => {
      n(r) || T(W);
    });
  }
  q(
    (T) => {
      O(A, "data-id", e.message.id), O(A, "aria-label", T), M = Ae(G, 1, "kimi-bubble", null, M, { "kimi-editing": n(r) });
    },
    [() => a("question")]
  ), k(t, A), Le();
}
Ce(["click", "keydown"]);
const Cr = (t) => requestAnimationFrame(() => setTimeout(t, 0)), Mr = (t) => !t.live || (t.parts || []).some((e) => e.type !== "waiting" && e.type !== "progress");
function Lr(t, e, i) {
  const a = window.kimiSide || {}, r = a[e];
  delete a[e];
  const s = r ? r.control : new AbortController();
  let o = r && r.painted;
  const c = () => {
    o && Cr(o), o = void 0;
  }, l = encodeURIComponent(document.documentElement.lang || "en"), d = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e) + "?lang=" + l;
  return (async () => {
    try {
      const u = await (r ? r.response : fetch(d, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!u.ok || !u.body) return c();
      const x = u.body.pipeThrough(new TextDecoderStream()).getReader();
      let A = "";
      for (; ; ) {
        const { done: G, value: M } = await x.read();
        if (G) return c();
        A += M;
        const v = A.lastIndexOf(`
`);
        if (v < 0) continue;
        const f = A.slice(0, v);
        A = A.slice(v + 1);
        const p = JSON.parse(f.slice(f.lastIndexOf(`
`) + 1));
        i(p), Mr(p) && c();
      }
    } catch {
      c();
    }
  })(), () => s.abort();
}
var Rr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), Ir = /* @__PURE__ */ I('<p class="kimi-empty svelte-49zqag"> </p>'), Nr = /* @__PURE__ */ I('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), Or = /* @__PURE__ */ I('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), zr = /* @__PURE__ */ I('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag"> </button>', 1), Hr = /* @__PURE__ */ I('<div><div class="kimi-scroll svelte-49zqag" role="log" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function Dr(t, e) {
  Me(e, !0);
  var i = this && this.__awaiter || function(h, C, g, U) {
    function X(Q) {
      return Q instanceof g ? Q : new g(function(ae) {
        ae(Q);
      });
    }
    return new (g || (g = Promise))(function(Q, ae) {
      function xe(re) {
        try {
          te(U.next(re));
        } catch (se) {
          ae(se);
        }
      }
      function ie(re) {
        try {
          te(U.throw(re));
        } catch (se) {
          ae(se);
        }
      }
      function te(re) {
        re.done ? Q(re.value) : X(re.value).then(xe, ie);
      }
      te((U = U.apply(h, C || [])).next());
    });
  };
  let a = /* @__PURE__ */ Ma(e, Rr);
  const r = new Ha(a);
  let s = ce(() => Ka(r.props.words));
  const o = (h, C) => n(s)(h, C);
  la("say", o);
  let c = -1, l = { messages: [] }, d = ne(null);
  _e(() => {
    const h = (C) => {
      j(d, { base: ye(() => r.props.value), value: C.detail }, !0), p = !0;
    };
    return window.addEventListener("kimi-sending", h), () => window.removeEventListener("kimi-sending", h);
  });
  let u = ce(() => {
    const h = r.props.value, C = (n(d) && n(d).base === h ? n(d).value : h) || { messages: [] }, g = typeof C.opening == "number" ? C.opening : null;
    return g !== null && g < c ? l : (g !== null && (c = g), l = C, C);
  }), x = ne(null), A = "", G = () => {
  };
  _e(() => {
    const h = n(u).live_key;
    !h || h === A || (A = h, p = !0, G(), j(x, { key: h, opening: n(u).opening, item: null }, !0), G = Lr(r.shared.root || "", h, (C) => {
      n(x) && n(x).key === h && j(x, Object.assign(Object.assign({}, n(x)), { item: C }), !0);
    }));
  }), _e(() => {
    if (!n(x)) return;
    const h = n(u).messages || [], C = h[h.length - 1];
    (n(u).opening !== n(x).opening || !C || !C.live && n(u).live_key !== n(x).key) && (G(), j(
      x,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let M = ce(() => {
    const h = n(u).messages || [], C = h[h.length - 1];
    if (!n(x) || !n(x).item || !C || !C.live || n(u).opening !== n(x).opening) return h;
    const g = n(
      x
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ...h.slice(0, -1).filter((U) => g == null || U.id !== g),
      n(x).item
    ];
  }), v = ce(() => n(M).some((h) => h.live)), f = ne(void 0), p = !0, Y = null, V = null, N = ne(null), W = ne(void 0), T = ne(!1), S = null;
  function m(h, C) {
    if (h === "version" && n(f)) {
      const g = [...n(f).querySelectorAll(".kimi-msg")], U = g.findIndex((Q) => Q.getAttribute("data-id") === String(C.id)), X = U < 0 ? 0 : g[U].getBoundingClientRect().top - n(f).getBoundingClientRect().top;
      S = U < 0 ? null : {
        index: U,
        id: String(C.id),
        top: X,
        until: performance.now() + 5e3
      };
    }
    r.dispatch(h, C);
  }
  function _() {
    if (!S || !n(f) || performance.now() > S.until) return S = null, !1;
    const h = n(f).querySelectorAll(".kimi-msg")[S.index];
    return !h || h.getAttribute("data-id") === S.id ? !1 : (n(f).scrollTop += h.getBoundingClientRect().top - n(f).getBoundingClientRect().top - S.top, S = null, p = b(), !0);
  }
  function b() {
    return !!n(f) && n(f).scrollHeight - n(f).scrollTop - n(f).clientHeight < 80;
  }
  let P = -1 / 0;
  function z() {
    P = performance.now();
  }
  function L() {
    n(f) && (b() ? p = !0 : performance.now() - P < 1500 && (p = !1));
  }
  let E = 0;
  _e(() => {
    n(
      M
      // what the frame below reads: run again when they change
    ), n(u).focus, n(v), !E && (E = requestAnimationFrame(() => {
      var h;
      if (E = 0, !n(f)) return;
      const C = n(M).length ? String((h = n(M)[0].id) !== null && h !== void 0 ? h : "") + ":" + n(M).length : "", g = n(u).focus || null, U = n(v), X = n(f).querySelectorAll(".kimi-msg");
      Va(U && X.length ? X[X.length - 1] : n(f), r.shared.root || "");
      const Q = C.split(":")[0] !== (Y || "").split(":")[0];
      if (Y = C, !_()) {
        if (g && g !== V) {
          V = g;
          const ae = n(f).querySelector(`[data-id="${CSS.escape(g)}"]`);
          if (ae) {
            ae.scrollIntoView({ block: "center" }), ae.classList.add("kimi-flash"), setTimeout(() => ae.classList.remove("kimi-flash"), 2500), p = !1;
            return;
          }
        }
        g || (V = null), (p || Q) && (n(f).scrollTop = n(f).scrollHeight, p = !0);
      }
    }));
  }), _e(() => {
    n(W) && (n(N) && !n(W).open && n(W).showModal(), !n(N) && n(W).open && n(W).close());
  });
  function y() {
    return i(this, void 0, void 0, function* () {
      j(T, yield at(Wa(n(M), o)), !0), setTimeout(() => j(T, !1), 1500);
    });
  }
  var w = Hr();
  let H;
  var J = B(w), fe = B(J), oe = B(fe);
  {
    var $ = (h) => {
      var C = Ir(), g = F(C, !0);
      q(() => D(g, r.props.placeholder || "")), k(h, C);
    }, ve = (h) => {
      var C = Or(), g = ue(C), U = B(g);
      {
        var X = (ie) => {
          var te = Nr(), re = F(te, !0);
          q((se) => D(re, se), [() => o("earlier", { count: n(u).earlier })]), Z("click", te, () => m("earlier", {})), k(ie, te);
        };
        K(U, (ie) => {
          n(u).earlier && ie(X);
        });
      }
      var Q = R(U, 2), ae = F(Q, !0), xe = R(g, 2);
      He(xe, 19, () => n(M), (ie, te) => ie.id ?? "at-" + te, (ie, te) => {
        var re = De(), se = ue(re);
        {
          var Ie = (he) => {
            Ar(he, {
              get message() {
                return n(te);
              },
              act: m,
              open_image: (At) => j(N, At, !0)
            });
          }, Fe = (he) => {
            _r(he, {
              get message() {
                return n(te);
              },
              act: m
            });
          };
          K(se, (he) => {
            n(te).role === "user" ? he(Ie) : he(Fe, -1);
          });
        }
        k(ie, re);
      }), q((ie) => D(ae, ie), [() => n(T) ? o("copied") : o("copy_all")]), Z("click", Q, y), k(h, C);
    };
    K(oe, (h) => {
      n(M).length === 0 ? h($) : h(ve, -1);
    });
  }
  Je(J, (h) => j(f, h), () => n(f));
  var ee = R(J, 2), ke = B(ee);
  {
    var we = (h) => {
      var C = zr(), g = ue(C), U = R(g, 2), X = F(U, !0);
      q(
        (Q) => {
          O(g, "src", n(N).url), O(g, "alt", n(N).name), D(X, Q);
        },
        [() => o("close")]
      ), Z("click", U, () => j(N, null)), k(h, C);
    };
    K(ke, (h) => {
      n(N) && h(we);
    });
  }
  Je(ee, (h) => j(W, h), () => n(W)), q(
    (h, C, g) => {
      O(w, "id", r.shared.elem_id), H = Ae(w, 1, `kimi-chat ${h ?? ""}`, "svelte-49zqag", H, { hidden: r.shared.visible === !1 }), O(J, "aria-label", C), O(J, "aria-busy", n(v)), O(ee, "aria-label", g);
    },
    [
      () => (r.shared.elem_classes || []).join(" "),
      () => o("conversation"),
      () => n(N) ? n(N).name : o("image")
    ]
  ), Ge("scroll", J, L), Ge("wheel", J, z), Z("touchstart", J, z), Z("pointerdown", J, z), Z("keydown", J, z), Ge("close", ee, () => j(N, null)), Z("click", ee, (h) => {
    h.target === n(W) && j(N, null);
  }), k(t, w), Le();
}
Ce(["touchstart", "pointerdown", "keydown", "click"]);
export {
  Dr as default
};
