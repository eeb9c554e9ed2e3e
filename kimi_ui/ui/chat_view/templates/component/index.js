import { i as ft, g as dt, o as Tt, c as ut, a as le, b as At, T as vt, d as Ct, e as Ye, f as be, r as Re, h as Me, p as je, j as we, k as pe, m as _t, s as ht, l as mt, E as Mt, n as i, q as et, t as Lt, u as Rt, v as Nt, w as tt, x as It, y as Ot, z as zt, A as Je, B as fe, D as Ht, I as qe, C as qt, F as Dt, G as Ft, H as Bt, J as gt, K as Gt, L as z, M as Pt, N as Ut, O as Vt, P as pt, Q as Se, R as Xe, S as Wt, U as Kt, V as at, W as Yt, X as jt, Y as Jt, Z as Xt, _ as Qt, $ as Zt, a0 as bt, a1 as $t, a2 as ea, a3 as ta, a4 as aa, a5 as ra, a6 as ia, a7 as na, a8 as ne, a9 as rt, aa as Y, ab as he, ac as Ee, ad as Te, ae as Ie, af as de, ag as Ae, ah as ce, ai as R, aj as F, ak as re, al as G, am as B, an as sa, ao as it } from "./render-CI0bvj47.js";
const oa = [];
function la(t, e = !1, n = !1) {
  return Le(t, /* @__PURE__ */ new Map(), "", oa, null, n);
}
function Le(t, e, n, a, r = null, s = !1) {
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
    if (ft(t)) {
      var c = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, c), r !== null && e.set(r, c);
      for (var l = 0; l < t.length; l += 1) {
        var f = t[l];
        l in t && (c[l] = Le(f, e, n, a, null, s));
      }
      return c;
    }
    if (dt(t) === Tt) {
      c = {}, e.set(t, c), r !== null && e.set(r, c);
      for (var u of Object.keys(t))
        c[u] = Le(
          // @ts-expect-error
          t[u],
          e,
          n,
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
      return Le(
        /** @type {T & { toJSON(): any } } */
        t.toJSON(),
        e,
        n,
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
const ca = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function fa(t) {
  return (
    /** @type {string} */
    ca?.createHTML(t) ?? t
  );
}
function kt(t) {
  var e = ut("template");
  return e.innerHTML = fa(t.replaceAll("<!>", "<!---->")), e.content;
}
function me(t, e) {
  var n = (
    /** @type {Effect} */
    Ye
  );
  n.nodes === null && (n.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function C(t, e) {
  var n = (e & vt) !== 0, a = (e & Ct) !== 0, r, s = !t.startsWith("<!>");
  return () => {
    r === void 0 && (r = kt(s ? t : "<!>" + t), n || (r = /** @type {TemplateNode} */
    le(r)));
    var o = (
      /** @type {TemplateNode} */
      a || At ? document.importNode(r, !0) : r.cloneNode(!0)
    );
    if (n) {
      var c = (
        /** @type {TemplateNode} */
        le(o)
      ), l = (
        /** @type {TemplateNode} */
        o.lastChild
      );
      me(c, l);
    } else
      me(o, o);
    return o;
  };
}
// @__NO_SIDE_EFFECTS__
function da(t, e, n = "svg") {
  var a = !t.startsWith("<!>"), r = (e & vt) !== 0, s = `<${n}>${a ? t : "<!>" + t}</${n}>`, o;
  return () => {
    if (!o) {
      var c = (
        /** @type {DocumentFragment} */
        kt(s)
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
    var f = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (r) {
      var u = (
        /** @type {TemplateNode} */
        le(f)
      ), I = (
        /** @type {TemplateNode} */
        f.lastChild
      );
      me(u, I);
    } else
      me(f, f);
    return f;
  };
}
// @__NO_SIDE_EFFECTS__
function Ce(t, e) {
  return /* @__PURE__ */ da(t, e, "svg");
}
function ua(t = "") {
  {
    var e = be(t + "");
    return me(e, e), e;
  }
}
function Oe() {
  var t = document.createDocumentFragment(), e = document.createComment(""), n = be();
  return t.append(e, n), me(e, n), t;
}
function k(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class va {
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
  constructor(e, n = !0) {
    this.anchor = e, this.#i = n;
  }
  /**
   * @param {Batch} batch
   */
  #n = (e) => {
    if (this.#t.has(e)) {
      var n = (
        /** @type {Key} */
        this.#t.get(e)
      ), a = this.#a.get(n);
      if (a)
        Re(a), this.#r.delete(n);
      else {
        var r = this.#e.get(n);
        r && (Re(r.effect), this.#a.set(n, r.effect), this.#e.delete(n), r.fragment.lastChild.remove(), this.anchor.before(r.fragment), a = r.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const c = this.#e.get(o);
        c && (Me(c.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === n || this.#r.has(s)) continue;
        const c = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var f = document.createDocumentFragment();
            _t(o, f), f.append(be()), this.#e.set(s, { effect: o, fragment: f });
          } else
            Me(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !a ? (this.#r.add(s), je(o, c, !1)) : c();
      }
    }
  };
  /**
   * @param {Batch} batch
   */
  #s = (e) => {
    this.#t.delete(e);
    const n = Array.from(this.#t.values());
    for (const [a, r] of this.#e)
      n.includes(a) || (Me(r.effect), this.#e.delete(a));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, n) {
    var a = (
      /** @type {Batch} */
      pe
    ), r = ht();
    if (n && !this.#a.has(e) && !this.#e.has(e))
      if (r) {
        var s = document.createDocumentFragment(), o = be();
        s.append(o), this.#e.set(e, {
          effect: we(() => n(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          we(() => n(this.anchor))
        );
    if (this.#t.set(a, e), r) {
      for (const [c, l] of this.#a)
        c === e ? a.unskip_effect(l) : a.skip_effect(l);
      for (const [c, l] of this.#e)
        c === e ? a.unskip_effect(l.effect) : a.skip_effect(l.effect);
      a.oncommit(this.#n), a.ondiscard(this.#s);
    } else
      this.#n(a);
  }
}
function K(t, e, n = !1) {
  var a = new va(t), r = n ? Mt : 0;
  function s(o, c) {
    a.ensure(o, c);
  }
  mt(() => {
    var o = !1;
    e((c, l = 0) => {
      o = !0, s(l, c);
    }), o || s(-1, null);
  }, r);
}
function Ue(t, e) {
  return e;
}
function _a(t, e, n) {
  for (var a = [], r = e.length, s, o = e.length, c = 0; c < r; c++) {
    let I = e[c];
    je(
      I,
      () => {
        if (s) {
          if (s.pending.delete(I), s.done.add(I), s.pending.size === 0) {
            var A = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            Ve(t, Je(s.done)), A.delete(s), A.size === 0 && (t.outrogroups = null);
          }
        } else
          o -= 1;
      },
      !1
    );
  }
  if (o === 0) {
    var l = a.length === 0 && n !== null && t.pending.size === 0;
    if (l) {
      var f = (
        /** @type {Element} */
        n
      ), u = (
        /** @type {Element} */
        f.parentNode
      );
      Dt(u), u.append(f), t.items.clear();
    }
    Ve(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function Ve(t, e, n = !0) {
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
      s.f |= fe;
      const o = document.createDocumentFragment();
      _t(s, o);
    } else
      Me(e[r], n);
  }
}
var nt;
function Ne(t, e, n, a, r, s = null) {
  var o = t, c = /* @__PURE__ */ new Map(), l = (e & gt) !== 0;
  if (l) {
    var f = (
      /** @type {Element} */
      t
    );
    o = f.appendChild(be());
  }
  var u = null, I = Rt(() => {
    var V = n();
    return (
      /** @type {V[]} */
      ft(V) ? V : V == null ? [] : Je(V)
    );
  }), A = /* @__PURE__ */ new Map(), E = !0;
  function N(V) {
    if ((x.effect.f & Ht) === 0) {
      x.pending.delete(V);
      var M = i(I);
      x.fallback = u, ha(x, M, o, e, a), u !== null && (M.length === 0 ? (u.f & fe) === 0 ? Re(u) : (u.f ^= fe, ye(u, null, o)) : je(u, () => {
        u = null;
      }));
    }
  }
  function d(V) {
    x.pending.delete(V);
  }
  var v = mt(() => {
    for (var V = (
      /** @type {V[]} */
      i(I)
    ), M = V.length, O = /* @__PURE__ */ new Set(), J = (
      /** @type {Batch} */
      pe
    ), g = ht(), S = 0; S < M; S += 1) {
      var m = V[S], _ = a(m, S), p = E ? null : c.get(_);
      p ? (p.v && et(p.v, m), p.i && et(p.i, S), g && J.unskip_effect(p.e)) : (p = ma(
        c,
        E ? o : nt ??= be(),
        m,
        _,
        S,
        r,
        e,
        n
      ), E || (p.e.f |= fe), c.set(_, p)), O.add(_);
    }
    if (M === 0 && s && !u && (E ? u = we(() => s(o)) : (u = we(() => s(nt ??= be())), u.f |= fe)), M > O.size && Lt(), !E)
      if (A.set(J, O), g) {
        for (const [y, b] of c)
          O.has(y) || J.skip_effect(b.e);
        J.oncommit(N), J.ondiscard(d);
      } else
        N(J);
    i(I);
  }), x = { effect: v, items: c, pending: A, outrogroups: null, fallback: u };
  E = !1;
}
function ke(t) {
  for (; t !== null && (t.f & qt) === 0; )
    t = t.next;
  return t;
}
function ha(t, e, n, a, r) {
  var s = (a & Gt) !== 0, o = e.length, c = t.items, l = ke(t.effect.first), f, u = null, I, A = [], E = [], N, d, v, x;
  if (s)
    for (x = 0; x < o; x += 1)
      N = e[x], d = r(N, x), v = /** @type {EachItem} */
      c.get(d).e, (v.f & fe) === 0 && (v.nodes?.a?.measure(), (I ??= /* @__PURE__ */ new Set()).add(v));
  for (x = 0; x < o; x += 1) {
    if (N = e[x], d = r(N, x), v = /** @type {EachItem} */
    c.get(d).e, t.outrogroups !== null)
      for (const p of t.outrogroups)
        p.pending.delete(v), p.done.delete(v);
    if ((v.f & qe) !== 0 && (Re(v), s && (v.nodes?.a?.unfix(), (I ??= /* @__PURE__ */ new Set()).delete(v))), (v.f & fe) !== 0)
      if (v.f ^= fe, v === l)
        ye(v, null, n);
      else {
        var V = u ? u.next : l;
        v === t.effect.last && (t.effect.last = v.prev), v.prev && (v.prev.next = v.next), v.next && (v.next.prev = v.prev), _e(t, u, v), _e(t, v, V), ye(v, V, n), u = v, A = [], E = [], l = ke(u.next);
        continue;
      }
    if (v !== l) {
      if (f !== void 0 && f.has(v)) {
        if (A.length < E.length) {
          var M = E[0], O;
          u = M.prev;
          var J = A[0], g = A[A.length - 1];
          for (O = 0; O < A.length; O += 1)
            ye(A[O], M, n);
          for (O = 0; O < E.length; O += 1)
            f.delete(E[O]);
          _e(t, J.prev, g.next), _e(t, u, J), _e(t, g, M), l = M, u = g, x -= 1, A = [], E = [];
        } else
          f.delete(v), ye(v, l, n), _e(t, v.prev, v.next), _e(t, v, u === null ? t.effect.first : u.next), _e(t, u, v), u = v;
        continue;
      }
      for (A = [], E = []; l !== null && l !== v; )
        (f ??= /* @__PURE__ */ new Set()).add(l), E.push(l), l = ke(l.next);
      if (l === null)
        continue;
    }
    (v.f & fe) === 0 && A.push(v), u = v, l = ke(v.next);
  }
  if (t.outrogroups !== null) {
    for (const p of t.outrogroups)
      p.pending.size === 0 && (Ve(t, Je(p.done)), t.outrogroups?.delete(p));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || f !== void 0) {
    var S = [];
    if (f !== void 0)
      for (v of f)
        (v.f & qe) === 0 && S.push(v);
    for (; l !== null; )
      (l.f & qe) === 0 && l !== t.fallback && S.push(l), l = ke(l.next);
    var m = S.length;
    if (m > 0) {
      var _ = (a & gt) !== 0 && o === 0 ? n : null;
      if (s) {
        for (x = 0; x < m; x += 1)
          S[x].nodes?.a?.measure();
        for (x = 0; x < m; x += 1)
          S[x].nodes?.a?.fix();
      }
      _a(t, S, _);
    }
  }
  s && Ft(() => {
    if (I !== void 0)
      for (v of I)
        v.nodes?.a?.apply();
  });
}
function ma(t, e, n, a, r, s, o, c) {
  var l = (o & It) !== 0 ? (o & Ot) === 0 ? zt(n, !1, !1) : tt(n) : null, f = (o & Nt) !== 0 ? tt(r) : null;
  return {
    v: l,
    i: f,
    e: we(() => (s(e, l ?? n, f ?? r, c), () => {
      t.delete(a);
    }))
  };
}
function ye(t, e, n) {
  if (t.nodes)
    for (var a = t.nodes.start, r = t.nodes.end, s = e && (e.f & fe) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : n; a !== null; ) {
      var o = (
        /** @type {TemplateNode} */
        Bt(a)
      );
      if (s.before(a), a === r)
        return;
      a = o;
    }
}
function _e(t, e, n) {
  e === null ? t.effect.first = n : e.next = n, n === null ? t.effect.last = e : n.prev = e;
}
function De(t, e, n = !1, a = !1, r = !1, s = !1) {
  var o = t, c = "";
  if (n)
    var l = (
      /** @type {Element} */
      t
    );
  z(() => {
    var f = (
      /** @type {Effect} */
      Ye
    );
    if (c !== (c = e() ?? "")) {
      if (n) {
        f.nodes = null, l.innerHTML = /** @type {string} */
        c, c !== "" && me(
          /** @type {TemplateNode} */
          le(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (f.nodes !== null && (Pt(
        f.nodes.start,
        /** @type {TemplateNode} */
        f.nodes.end
      ), f.nodes = null), c !== "") {
        var u = a ? Ut : r ? Vt : void 0, I = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          ut(a ? "svg" : r ? "math" : "template", u)
        );
        I.innerHTML = /** @type {any} */
        c;
        var A = a || r ? I : (
          /** @type {HTMLTemplateElement} */
          I.content
        );
        if (me(
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
function ga(t, e, n) {
  pt(() => {
    var a = Se(() => e(t, n?.()) || {});
    if (n && a?.update) {
      var r = !1, s = (
        /** @type {any} */
        {}
      );
      Xe(() => {
        var o = n();
        Wt(o), r && Kt(s, o) && (s = o, a.update(o));
      }), r = !0;
    }
    if (a?.destroy)
      return () => (
        /** @type {Function} */
        a.destroy()
      );
  });
}
const st = [...` 	
\r\f \v\uFEFF`];
function pa(t, e, n) {
  var a = t == null ? "" : "" + t;
  if (e && (a = a ? a + " " + e : e), n) {
    for (var r of Object.keys(n))
      if (n[r])
        a = a ? a + " " + r : r;
      else if (a.length)
        for (var s = r.length, o = 0; (o = a.indexOf(r, o)) >= 0; ) {
          var c = o + s;
          (o === 0 || st.includes(a[o - 1])) && (c === a.length || st.includes(a[c])) ? a = (o === 0 ? "" : a.substring(0, o)) + a.substring(c + 1) : o = c;
        }
  }
  return a === "" ? null : a;
}
function xe(t, e, n, a, r, s) {
  var o = (
    /** @type {any} */
    t[at]
  );
  if (o !== n || o === void 0) {
    var c = pa(n, a, s);
    c == null ? t.removeAttribute("class") : t.className = c, t[at] = n;
  } else if (s && r !== s)
    for (var l in s) {
      var f = !!s[l];
      (r == null || f !== !!r[l]) && t.classList.toggle(l, f);
    }
  return s;
}
const ba = /* @__PURE__ */ Symbol("is custom element"), ka = /* @__PURE__ */ Symbol("is html"), ya = Qt ? "progress" : "PROGRESS";
function wa(t, e) {
  var n = yt(t);
  n.value === (n.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== ya) || (t.value = e ?? "");
}
function P(t, e, n, a) {
  var r = yt(t), s = r[e];
  s !== (r[e] = n) && (e === "loading" && (t[Yt] = n), n == null ? t.removeAttribute(e) : typeof n != "string" && xa(t).has(e) ? t[e] = n : t.setAttribute(e, n));
}
function yt(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[jt] ??= {
      [ba]: t.nodeName.includes("-"),
      [ka]: t.namespaceURI === Jt
    }
  );
}
var ot = /* @__PURE__ */ new Map();
function xa(t) {
  var e = t.getAttribute("is") || t.nodeName, n = ot.get(e);
  if (n) return n;
  ot.set(e, n = /* @__PURE__ */ new Set());
  for (var a, r = t, s = Element.prototype; s !== r; ) {
    a = Xt(r);
    for (var o in a)
      a[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && n.add(o);
    r = dt(r);
  }
  return n;
}
function Sa(t, e, n = e) {
  var a = /* @__PURE__ */ new WeakSet();
  Zt(t, "input", async (r) => {
    var s = r ? t.defaultValue : t.value;
    if (s = Fe(t) ? Be(s) : s, n(s), pe !== null && a.add(pe), await bt(), s !== (s = e())) {
      var o = t.selectionStart, c = t.selectionEnd, l = t.value.length;
      if (t.value = s ?? "", c !== null) {
        var f = t.value.length;
        o === c && c === l && f > l ? (t.selectionStart = f, t.selectionEnd = f) : (t.selectionStart = o, t.selectionEnd = Math.min(c, f));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  Se(e) == null && t.value && (n(Fe(t) ? Be(t.value) : t.value), pe !== null && a.add(pe)), Xe(() => {
    var r = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        pe
      );
      if (a.has(s))
        return;
    }
    Fe(t) && r === Be(t.value) || t.type === "date" && !r && !t.value || r !== t.value && (t.value = r ?? "");
  });
}
function Fe(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Be(t) {
  return t === "" ? null : +t;
}
function Ge(t, e) {
  return t === e || t?.[aa] === e;
}
function We(t = ea(), e, n, a) {
  var r = (
    /** @type {ComponentContext} */
    $t.r
  ), s = (
    /** @type {Effect} */
    Ye
  );
  return pt(() => {
    var o, c;
    return Xe(() => {
      o = c, c = [], Se(() => {
        Ge(n(...c), t) || (e(t, ...c), o && Ge(n(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== r && l.parent !== null && l.parent.f & ta; )
        l = l.parent;
      const f = () => {
        c && Ge(n(...c), t) && e(null, ...c);
      }, u = l.teardown;
      l.teardown = () => {
        f(), u?.();
      };
    };
  }), t;
}
function Ea(t, e, n) {
  if (t == null)
    return e(void 0), ra;
  const a = Se(
    () => t.subscribe(
      e,
      // @ts-expect-error
      n
    )
  );
  return a.unsubscribe ? () => a.unsubscribe() : a;
}
function Ta(t) {
  let e;
  return Ea(t, (n) => e = n)(), e;
}
const Aa = {
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
function Ca(t, e, n) {
  return new Proxy({ props: t, exclude: e }, Aa);
}
const Ma = [
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
], lt = {
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
Ma.reduce((t, { color: e, primary: n, secondary: a }) => ({
  ...t,
  [e]: {
    primary: lt[e][n],
    secondary: lt[e][a]
  }
}), {});
function La(t) {
  let e;
  const n = na((r) => {
    let s = !1;
    const o = t.subscribe((c) => {
      e = c, s && r();
    });
    return s = !0, o;
  });
  function a() {
    return ia() ? (n(), e) : Ta(t);
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
const Ra = "__i18n__", Na = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Ia = [
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
function Oa(t) {
  return typeof t == "string" && t.includes(Ra);
}
class za {
  load_component;
  #t = ne(rt({}));
  get shared() {
    return i(this.#t);
  }
  set shared(e) {
    Y(this.#t, e, !0);
  }
  #a = ne(rt({}));
  get props() {
    return i(this.#a);
  }
  set props(e) {
    Y(this.#a, e, !0);
  }
  #e = ne((e) => e);
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
  shared_props = Ia;
  mounted = !1;
  old_value;
  register_component;
  unregister_component;
  set_data_callback;
  get_data_callback;
  registered_id = null;
  last_shared_props;
  last_props;
  constructor(e, n) {
    for (const a in e.shared_props)
      this.shared[a] = e.shared_props[a];
    for (const a in e.props)
      a !== "i18n_store" && (this.props[a] = e.props[a]);
    if (n)
      for (const a in n)
        this.props[a] === void 0 && (this.props[a] = n[a]);
    this.i18n = this.props.i18n ?? ((a) => a), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? La(this.i18n_store) : void 0;
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
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, he(() => {
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
      ), this.registered_id = a, Se(() => {
        this.shared.id = a;
      });
    }), he(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), he(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [r, s] of Object.entries(this.translatable_props)) {
        const [o, c] = r.split("."), l = this.i18n(s);
        o === "shared" ? this.shared[c] = l : this.props[c] = l;
      }
    }) : void 0);
  }
  // check if props are translatable
  _is_i18n_managed(e, n) {
    const a = this.translatable_props[e];
    return a ? n === a ? !0 : (delete this.translatable_props[e], !1) : !1;
  }
  _translate_and_store(e, n, a) {
    if (typeof a != "string") return a;
    const r = this.i18n(a);
    return r !== a && (this.translatable_props[`${e}.${n}`] = a), r;
  }
  // Reactive variant of `i18n`. Reading it inside a derived or template
  // subscribes to the live locale store (via Svelte's createSubscriber), so
  // the caller re-runs when the locale changes at runtime. The store is only
  // the reactivity trigger; translation always goes through `this.i18n` so a
  // custom formatter passed via props keeps taking effect.
  live_i18n = (e) => (this._i18n_from_store?.current, this.i18n(e));
  dispatch(e, n) {
    this.dispatcher(this.shared.id, e, n);
  }
  async get_data() {
    return la(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const n in e) {
      const a = e[n], r = Oa(a) ? this._translate_and_store(this.shared_props.includes(n) ? "shared" : "props", n, a) : a;
      if (this.shared_props.includes(n)) {
        const s = n;
        this.shared[s] = r;
        continue;
      }
      this.props[n] = r;
    }
  }
  watch_for_change() {
    he(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Ha = /* @__PURE__ */ C('<span class="kimi-versions" role="group"><button type="button" class="kimi-icon">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon">›</button></span>');
function wt(t, e) {
  Te(e, !0);
  const n = Ie("say");
  let a = ce(() => e.message.versions ? e.message.versions[0] : 1), r = ce(() => e.message.versions ? e.message.versions[1] : 1);
  var s = Oe(), o = de(s);
  {
    var c = (l) => {
      var f = Ha(), u = G(f), I = R(u, 2), A = B(I), E = R(I, 2);
      z(
        (N, d, v) => {
          P(f, "aria-label", N), P(u, "aria-label", d), u.disabled = i(a) <= 1, F(A, `${i(a) ?? ""}/${i(r) ?? ""}`), P(E, "aria-label", v), E.disabled = i(a) >= i(r);
        },
        [
          () => n("versions"),
          () => n("previous"),
          () => n("next")
        ]
      ), re("click", u, () => e.act("version", { id: e.message.id, step: -1 })), re("click", E, () => e.act("version", { id: e.message.id, step: 1 })), k(l, f);
    };
    K(o, (l) => {
      i(r) > 1 && l(c);
    });
  }
  k(t, s), Ae();
}
Ee(["click"]);
var qa = /* @__PURE__ */ Ce('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Da = /* @__PURE__ */ Ce('<path d="M5 12l5 5L20 7"></path>'), Fa = /* @__PURE__ */ Ce('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ba = /* @__PURE__ */ Ce('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Ga = /* @__PURE__ */ Ce('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function Qe(t, e) {
  var n = Ga(), a = G(n);
  {
    var r = (l) => {
      var f = qa();
      k(l, f);
    }, s = (l) => {
      var f = Da();
      k(l, f);
    }, o = (l) => {
      var f = Fa();
      k(l, f);
    }, c = (l) => {
      var f = Ba();
      k(l, f);
    };
    K(a, (l) => {
      e.name === "copy" ? l(r) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(c, 3);
    });
  }
  k(t, n);
}
var Pa = /* @__PURE__ */ C('<span class="kimi-copy"><button type="button" class="kimi-icon"><!></button> <span role="status" aria-live="polite"> </span></span>');
function xt(t, e) {
  Te(e, !0);
  const n = Ie("say");
  var a = Pa(), r = G(a), s = G(r);
  {
    let f = ce(() => e.copied ? "done" : "copy");
    Qe(s, {
      get name() {
        return i(f);
      }
    });
  }
  var o = R(r, 2);
  let c;
  var l = B(o, !0);
  z(
    (f, u, I) => {
      P(r, "aria-label", f), P(r, "title", u), c = xe(o, 1, "kimi-copied", null, c, { shown: e.copied }), F(l, I);
    },
    [
      () => e.copied ? n("copied") : e.label,
      () => n("copy"),
      () => e.copied ? n("copied") : ""
    ]
  ), re("click", r, function(...f) {
    e.onclick?.apply(this, f);
  }), k(t, a), Ae();
}
Ee(["click"]);
const ct = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Ua(t, e) {
  const n = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!n.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const r = document.createElement("link");
    r.id = "kimi-katex-css", r.rel = "stylesheet", r.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(r);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const r of n) {
    const s = r.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(ct[l]));
    if (!o) continue;
    const c = s.slice(o.length, s.length - ct[o].length);
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
async function Ze(t) {
  if (navigator.clipboard && window.isSecureContext)
    try {
      return await navigator.clipboard.writeText(t), !0;
    } catch {
    }
  const e = document.createElement("textarea");
  e.value = t, e.setAttribute("readonly", ""), e.style.position = "fixed", e.style.opacity = "0", document.body.appendChild(e), e.select();
  let n = !1;
  try {
    n = document.execCommand("copy");
  } catch {
    n = !1;
  }
  return e.remove(), n;
}
function Ke(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Va(t, e) {
  return t.map(
    (n) => n.role === "user" ? `**${e("you")}:**

${n.source || ""}` : `**${e("kimi")}:**

${Ke(n)}`
  ).join(`

---

`);
}
function Wa(t) {
  const e = t || {}, n = e.lang || "en";
  return (a, r = {}) => {
    const s = r.count;
    return ((typeof s == "number" ? e[`${a}.${s === 1 ? "one" : "other"}`] : void 0) ?? e[a] ?? a).replace(/\{(\w+)\}/g, (l, f) => {
      const u = r[f];
      return u == null ? l : typeof u == "number" ? u.toLocaleString(n) : String(u);
    });
  };
}
function Pe(t, e, n) {
  return t.toLocaleString(n, { minimumFractionDigits: e, maximumFractionDigits: e });
}
function Ka(t, e = "en") {
  return t == null ? "" : t < 1 ? `${Pe(t, 2, e)} ms` : t < 1e3 ? `${t < 10 ? Pe(t, 1, e) : Math.round(t)} ms` : `${Pe(t / 1e3, t < 1e4 ? 1 : 0, e)} s`;
}
function Ya(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var ja = /* @__PURE__ */ C('<span class="kimi-spinner" aria-hidden="true"></span> ', 1), Ja = /* @__PURE__ */ C('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), Xa = /* @__PURE__ */ C('<span class="kimi-tool-args"> </span>'), Qa = /* @__PURE__ */ C('<span class="kimi-tool-status"> </span>'), Za = /* @__PURE__ */ C('<span class="kimi-tool-ms"> </span>'), $a = /* @__PURE__ */ C('<div class="kimi-tool-more"> </div>'), er = /* @__PURE__ */ C('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), tr = /* @__PURE__ */ C('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!></div></details>'), ar = /* @__PURE__ */ C('<div class="kimi-text"></div>'), rr = /* @__PURE__ */ C('<div><span aria-hidden="true"> </span> <div></div></div>'), ir = /* @__PURE__ */ C('<div class="kimi-waiting-detail"> </div>'), nr = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), sr = /* @__PURE__ */ C('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), or = /* @__PURE__ */ C('<span class="kimi-stats"> </span>'), lr = /* @__PURE__ */ C('<button type="button" class="kimi-icon"><!></button>'), cr = /* @__PURE__ */ C('<button type="button" class="kimi-button kimi-continue"> </button>'), fr = /* @__PURE__ */ C('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), dr = /* @__PURE__ */ C("<article><!> <!></article>");
function ur(t, e) {
  Te(e, !0);
  var n = this && this.__awaiter || function(N, d, v, x) {
    function V(M) {
      return M instanceof v ? M : new v(function(O) {
        O(M);
      });
    }
    return new (v || (v = Promise))(function(M, O) {
      function J(m) {
        try {
          S(x.next(m));
        } catch (_) {
          O(_);
        }
      }
      function g(m) {
        try {
          S(x.throw(m));
        } catch (_) {
          O(_);
        }
      }
      function S(m) {
        m.done ? M(m.value) : V(m.value).then(J, g);
      }
      S((x = x.apply(N, d || [])).next());
    });
  };
  let a = ne(!1);
  const r = Ie("say"), s = ["pending", "running", "error", "timeout", "cancelled"], o = (N) => s.includes(N) ? r("tool_" + N) : "";
  function c(N, d) {
    N.open = !!d;
    let v = !!d;
    return {
      update(x) {
        !!x !== v && (N.open = v = !!x);
      }
    };
  }
  function l() {
    return n(this, void 0, void 0, function* () {
      Y(a, yield Ze(Ke(e.message)), !0), setTimeout(() => Y(a, !1), 1500);
    });
  }
  var f = dr();
  let u;
  var I = G(f);
  Ne(I, 17, () => e.message.parts || [], Ue, (N, d) => {
    var v = Oe(), x = de(v);
    {
      var V = (m) => {
        var _ = Ja(), p = G(_), y = G(p);
        {
          var b = (L) => {
            var T = ja(), U = R(de(T), 1, !0);
            z((se) => F(U, se), [() => r("thinking")]), k(L, T);
          }, W = (L) => {
            var T = ua();
            z((U) => F(T, U), [
              () => i(d).seconds ? r("thought_for", { time: Ya(i(d).seconds) }) : r("thought")
            ]), k(L, T);
          };
          K(y, (L) => {
            i(d).live ? L(b) : L(W, -1);
          });
        }
        var H = R(p, 2);
        De(H, () => i(d).html, !0), ga(_, (L, T) => c?.(L, T), () => i(d).live), k(m, _);
      }, M = (m) => {
        var _ = tr(), p = G(_), y = G(p), b = B(y), W = R(y, 2);
        {
          var H = (D) => {
            var te = Xa(), X = B(te, !0);
            z(() => F(X, i(d).brief)), k(D, te);
          };
          K(W, (D) => {
            i(d).brief && D(H);
          });
        }
        var L = R(W, 2);
        {
          var T = (D) => {
            var te = Qa(), X = B(te, !0);
            z((Q) => F(X, Q), [() => o(i(d).status)]), k(D, te);
          }, U = ce(() => o(i(d).status));
          K(L, (D) => {
            i(U) && D(T);
          });
        }
        var se = R(L, 2);
        {
          var ie = (D) => {
            var te = Za(), X = B(te, !0);
            z((Q) => F(X, Q), [() => Ka(i(d).ms, r("lang"))]), k(D, te);
          };
          K(se, (D) => {
            i(d).ms !== null && i(d).ms !== void 0 && D(ie);
          });
        }
        var oe = R(p, 2), $ = G(oe), h = B($, !0), w = R($, 2), q = G(w), j = B(q, !0), ee = R(w, 2);
        {
          var Z = (D) => {
            var te = er(), X = de(te), Q = B(X, !0), ae = R(X, 2), ue = G(ae), ze = B(ue, !0), He = R(ae, 2);
            {
              var ve = (ge) => {
                var $e = $a(), St = B($e, !0);
                z((Et) => F(St, Et), [() => r("more", { count: i(d).more })]), k(ge, $e);
              };
              K(He, (ge) => {
                i(d).more && ge(ve);
              });
            }
            z(
              (ge) => {
                F(Q, ge), F(ze, i(d).result);
              },
              [() => i(d).cut ? r("result_cut") : r("result")]
            ), k(D, te);
          };
          K(ee, (D) => {
            i(d).result !== null && i(d).result !== void 0 && D(Z);
          });
        }
        z(
          (D) => {
            P(_, "data-status", i(d).status), F(b, `🛠 ${i(d).name ?? ""}`), F(h, D), F(j, i(d).args || "{}");
          },
          [() => r("arguments")]
        ), k(m, _);
      }, O = (m) => {
        var _ = ar();
        De(_, () => i(d).html, !0), k(m, _);
      }, J = (m) => {
        var _ = rr(), p = G(_), y = B(p, !0), b = R(p, 2);
        De(b, () => i(d).html, !0), z(() => {
          xe(_, 1, `kimi-notice kimi-notice-${i(d).kind ?? ""}`), P(_, "role", i(d).kind === "error" ? "alert" : null), F(y, i(d).kind === "error" ? "⚠️" : "ℹ️");
        }), k(m, _);
      }, g = (m) => {
        var _ = nr(), p = R(G(_), 2), y = B(p, !0), b = R(p, 2);
        {
          var W = (H) => {
            var L = ir(), T = B(L, !0);
            z(() => F(T, i(d).detail)), k(H, L);
          };
          K(b, (H) => {
            i(d).detail && H(W);
          });
        }
        z(() => F(y, i(d).title)), k(m, _);
      }, S = (m) => {
        var _ = sr(), p = G(_), y = B(p, !0), b = R(p, 2), W = R(b, 2), H = B(W);
        z(() => {
          F(y, i(d).title), P(b, "max", i(d).total || 1), wa(b, i(d).done || 0), P(b, "aria-label", i(d).title), F(H, `${i(d).done ?? ""}/${i(d).total ?? ""}`);
        }), k(m, _);
      };
      K(x, (m) => {
        i(d).type === "reasoning" ? m(V) : i(d).type === "tool" ? m(M, 1) : i(d).type === "text" ? m(O, 2) : i(d).type === "notice" ? m(J, 3) : i(d).type === "waiting" ? m(g, 4) : i(d).type === "progress" && m(S, 5);
      });
    }
    k(N, v);
  });
  var A = R(I, 2);
  {
    var E = (N) => {
      var d = fr(), v = G(d);
      {
        var x = (y) => {
          var b = or(), W = B(b, !0);
          z(() => F(W, e.message.stats)), k(y, b);
        };
        K(v, (y) => {
          e.message.stats && y(x);
        });
      }
      var V = R(v, 2), M = G(V);
      {
        var O = (y) => {
          {
            let b = ce(() => r("copy_answer"));
            xt(y, {
              get label() {
                return i(b);
              },
              get copied() {
                return i(a);
              },
              onclick: l
            });
          }
        }, J = ce(() => Ke(e.message));
        K(M, (y) => {
          i(J) && y(O);
        });
      }
      var g = R(M, 2);
      {
        var S = (y) => {
          var b = lr(), W = G(b);
          Qe(W, { name: "retry" }), z(
            (H, L) => {
              P(b, "aria-label", H), P(b, "title", L);
            },
            [() => r("retry"), () => r("retry")]
          ), re("click", b, () => e.act("retry", { id: e.message.id })), k(y, b);
        };
        K(g, (y) => {
          e.message.can_retry && e.message.id && y(S);
        });
      }
      var m = R(g, 2);
      wt(m, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var _ = R(m, 2);
      {
        var p = (y) => {
          var b = cr(), W = B(b, !0);
          z((H) => F(W, H), [() => r("continue")]), re("click", b, () => e.act("resume", { id: e.message.id })), k(y, b);
        };
        K(_, (y) => {
          e.message.can_continue && y(p);
        });
      }
      k(N, d);
    };
    K(A, (N) => {
      e.message.live || N(E);
    });
  }
  z(
    (N) => {
      u = xe(f, 1, "kimi-msg kimi-answer", null, u, { "kimi-live": e.message.live }), P(f, "data-id", e.message.id), P(f, "aria-label", N);
    },
    [() => r("answer")]
  ), k(t, f), Ae();
}
Ee(["click"]);
var vr = /* @__PURE__ */ C("<figcaption> </figcaption>"), _r = /* @__PURE__ */ C('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), hr = /* @__PURE__ */ C('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), mr = /* @__PURE__ */ C('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), gr = /* @__PURE__ */ C('<div class="kimi-doc"> </div>'), pr = /* @__PURE__ */ C('<div class="kimi-files"></div>'), br = /* @__PURE__ */ C('<textarea class="kimi-edit-box" rows="4"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button"> </button> <button type="button" class="kimi-button kimi-primary"> </button></div>', 1), kr = /* @__PURE__ */ C('<div class="kimi-user-text"> </div>'), yr = /* @__PURE__ */ C('<button type="button" class="kimi-icon"><!></button>'), wr = /* @__PURE__ */ C("<!> <!>", 1), xr = /* @__PURE__ */ C('<div class="kimi-msg-tools"><!> <!></div>'), Sr = /* @__PURE__ */ C('<article class="kimi-msg kimi-user"><div><!> <!></div> <!></article>');
function Er(t, e) {
  Te(e, !0);
  var n = this && this.__awaiter || function(g, S, m, _) {
    function p(y) {
      return y instanceof m ? y : new m(function(b) {
        b(y);
      });
    }
    return new (m || (m = Promise))(function(y, b) {
      function W(T) {
        try {
          L(_.next(T));
        } catch (U) {
          b(U);
        }
      }
      function H(T) {
        try {
          L(_.throw(T));
        } catch (U) {
          b(U);
        }
      }
      function L(T) {
        T.done ? y(T.value) : p(T.value).then(W, H);
      }
      L((_ = _.apply(g, S || [])).next());
    });
  };
  const a = Ie("say");
  let r = ne(!1), s = ne(""), o = ne(!1), c = ne(void 0);
  function l() {
    return n(this, void 0, void 0, function* () {
      Y(s, e.message.source || "", !0), Y(r, !0), yield bt(), i(c) === null || i(c) === void 0 || i(c).focus();
    });
  }
  function f() {
    i(s).trim() && (Y(r, !1), e.act("edit", { id: e.message.id, text: i(s) }));
  }
  function u(g) {
    g.key === "Escape" ? (g.preventDefault(), g.stopPropagation(), Y(r, !1)) : g.key === "Enter" && !g.shiftKey && !g.isComposing && (g.preventDefault(), f());
  }
  function I() {
    return n(this, void 0, void 0, function* () {
      Y(o, yield Ze(e.message.source || ""), !0), setTimeout(() => Y(o, !1), 1500);
    });
  }
  var A = Sr(), E = G(A);
  let N;
  var d = G(E);
  {
    var v = (g) => {
      var S = pr();
      Ne(S, 21, () => e.message.files, Ue, (m, _) => {
        var p = Oe(), y = de(p);
        {
          var b = (L) => {
            var T = _r(), U = G(T), se = B(U), ie = R(U, 2);
            {
              var oe = ($) => {
                var h = vr(), w = B(h, !0);
                z(() => F(w, i(_).note)), k($, h);
              };
              K(ie, ($) => {
                i(_).note && $(oe);
              });
            }
            z(
              ($) => {
                P(U, "aria-label", $), P(se, "src", i(_).url), P(se, "alt", i(_).name);
              },
              [() => a("enlarge", { name: i(_).name })]
            ), re("click", U, () => e.open_image(i(_))), k(L, T);
          }, W = (L) => {
            var T = mr(), U = G(T), se = B(U), ie = R(U, 2);
            Ne(ie, 21, () => i(_).frames || [], Ue, (oe, $) => {
              var h = hr(), w = G(h), q = B(w), j = R(w, 2), ee = B(j, !0);
              z(
                (Z, D) => {
                  P(w, "aria-label", Z), P(q, "src", i($).url), P(q, "alt", D), F(ee, i($).at);
                },
                [
                  () => a("enlarge_frame", { at: i($).at }),
                  () => a("frame_at", { name: i(_).name, at: i($).at })
                ]
              ), re("click", w, () => e.open_image({
                url: i($).url,
                name: a("frame_at", { name: i(_).name, at: i($).at })
              })), k(oe, h);
            }), z(
              (oe) => {
                F(se, `🎞 ${i(_).name ?? ""}`), P(ie, "aria-label", oe);
              },
              [() => a("frames", { name: i(_).name })]
            ), k(L, T);
          }, H = (L) => {
            var T = gr(), U = B(T);
            z(() => F(U, `📄 ${i(_).name ?? ""}${i(_).note ? " · " + i(_).note : ""}`)), k(L, T);
          };
          K(y, (L) => {
            i(_).kind === "image" ? L(b) : i(_).kind === "video" ? L(W, 1) : L(H, -1);
          });
        }
        k(m, p);
      }), k(g, S);
    };
    K(d, (g) => {
      e.message.files && e.message.files.length && g(v);
    });
  }
  var x = R(d, 2);
  {
    var V = (g) => {
      var S = br(), m = de(S);
      We(m, (H) => Y(c, H), () => i(c));
      var _ = R(m, 2), p = G(_), y = B(p, !0), b = R(p, 2), W = B(b, !0);
      z(
        (H, L, T, U) => {
          P(m, "aria-label", H), F(y, L), b.disabled = T, F(W, U);
        },
        [
          () => a("edit_box"),
          () => a("cancel"),
          () => !i(s).trim(),
          () => a("send")
        ]
      ), re("keydown", m, u), Sa(m, () => i(s), (H) => Y(s, H)), re("click", p, () => Y(r, !1)), re("click", b, f), k(g, S);
    }, M = (g) => {
      var S = kr(), m = B(S, !0);
      z(() => F(m, e.message.source)), k(g, S);
    };
    K(x, (g) => {
      i(r) ? g(V) : e.message.source && g(M, 1);
    });
  }
  var O = R(E, 2);
  {
    var J = (g) => {
      var S = xr(), m = G(S);
      {
        var _ = (y) => {
          var b = wr(), W = de(b);
          {
            let T = ce(() => a("copy_message"));
            xt(W, {
              get label() {
                return i(T);
              },
              get copied() {
                return i(o);
              },
              onclick: I
            });
          }
          var H = R(W, 2);
          {
            var L = (T) => {
              var U = yr(), se = G(U);
              Qe(se, { name: "edit" }), z(
                (ie, oe) => {
                  P(U, "aria-label", ie), P(U, "title", oe);
                },
                [() => a("edit_message"), () => a("edit")]
              ), re("click", U, l), k(T, U);
            };
            K(H, (T) => {
              e.message.id && T(L);
            });
          }
          k(y, b);
        };
        K(m, (y) => {
          e.message.source && y(_);
        });
      }
      var p = R(m, 2);
      wt(p, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), k(g, S);
    };
    K(O, (g) => {
      i(r) || g(J);
    });
  }
  z(
    (g) => {
      P(A, "data-id", e.message.id), P(A, "aria-label", g), N = xe(E, 1, "kimi-bubble", null, N, { "kimi-editing": i(r) });
    },
    [() => a("question")]
  ), k(t, A), Ae();
}
Ee(["click", "keydown"]);
function Tr(t, e, n) {
  const a = window.kimiSide || {}, r = a[e];
  delete a[e];
  const s = r ? r.control : new AbortController(), o = encodeURIComponent(document.documentElement.lang || "en"), c = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e) + "?lang=" + o;
  return (async () => {
    try {
      const l = await (r ? r.response : fetch(c, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!l.ok || !l.body) return;
      const f = l.body.pipeThrough(new TextDecoderStream()).getReader();
      let u = "";
      for (; ; ) {
        const { done: I, value: A } = await f.read();
        if (I) return;
        u += A;
        const E = u.lastIndexOf(`
`);
        if (E < 0) continue;
        const N = u.slice(0, E);
        u = u.slice(E + 1), n(JSON.parse(N.slice(N.lastIndexOf(`
`) + 1)));
      }
    } catch {
    }
  })(), () => s.abort();
}
var Ar = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), Cr = /* @__PURE__ */ C('<p class="kimi-empty svelte-49zqag"> </p>'), Mr = /* @__PURE__ */ C('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), Lr = /* @__PURE__ */ C('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), Rr = /* @__PURE__ */ C('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag"> </button>', 1), Nr = /* @__PURE__ */ C('<div><div class="kimi-scroll svelte-49zqag" role="log" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function Or(t, e) {
  Te(e, !0);
  var n = this && this.__awaiter || function(h, w, q, j) {
    function ee(Z) {
      return Z instanceof q ? Z : new q(function(D) {
        D(Z);
      });
    }
    return new (q || (q = Promise))(function(Z, D) {
      function te(ae) {
        try {
          Q(j.next(ae));
        } catch (ue) {
          D(ue);
        }
      }
      function X(ae) {
        try {
          Q(j.throw(ae));
        } catch (ue) {
          D(ue);
        }
      }
      function Q(ae) {
        ae.done ? Z(ae.value) : ee(ae.value).then(te, X);
      }
      Q((j = j.apply(h, w || [])).next());
    });
  };
  let a = /* @__PURE__ */ Ca(e, Ar);
  const r = new za(a);
  let s = ce(() => Wa(r.props.words));
  const o = (h, w) => i(s)(h, w);
  sa("say", o);
  let c = -1, l = { messages: [] }, f = ce(() => {
    const h = r.props.value || { messages: [] }, w = typeof h.opening == "number" ? h.opening : null;
    return w !== null && w < c ? l : (w !== null && (c = w), l = h, h);
  }), u = ne(null), I = "", A = () => {
  };
  he(() => {
    const h = i(f).live_key;
    !h || h === I || (I = h, A(), Y(u, { key: h, opening: i(f).opening, item: null }, !0), A = Tr(r.shared.root || "", h, (w) => {
      i(u) && i(u).key === h && Y(u, Object.assign(Object.assign({}, i(u)), { item: w }), !0);
    }));
  }), he(() => {
    if (!i(u)) return;
    const h = i(f).messages || [], w = h[h.length - 1];
    (i(f).opening !== i(u).opening || !w || !w.live && i(f).live_key !== i(u).key) && (A(), Y(
      u,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let E = ce(() => {
    const h = i(f).messages || [], w = h[h.length - 1];
    if (!i(u) || !i(u).item || !w || !w.live || i(f).opening !== i(u).opening) return h;
    const q = i(
      u
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ...h.slice(0, -1).filter((j) => q == null || j.id !== q),
      i(u).item
    ];
  }), N = ce(() => i(E).some((h) => h.live)), d = ne(void 0), v = !0, x = null, V = null, M = ne(null), O = ne(void 0), J = ne(!1), g = null;
  function S(h, w) {
    if (h === "version" && i(d)) {
      const q = [...i(d).querySelectorAll(".kimi-msg")], j = q.findIndex((Z) => Z.getAttribute("data-id") === String(w.id)), ee = j < 0 ? 0 : q[j].getBoundingClientRect().top - i(d).getBoundingClientRect().top;
      g = j < 0 ? null : {
        index: j,
        id: String(w.id),
        top: ee,
        until: performance.now() + 5e3
      };
    }
    r.dispatch(h, w);
  }
  function m() {
    if (!g || !i(d) || performance.now() > g.until) return g = null, !1;
    const h = i(d).querySelectorAll(".kimi-msg")[g.index];
    return !h || h.getAttribute("data-id") === g.id ? !1 : (i(d).scrollTop += h.getBoundingClientRect().top - i(d).getBoundingClientRect().top - g.top, g = null, _(), !0);
  }
  function _() {
    i(d) && (v = i(d).scrollHeight - i(d).scrollTop - i(d).clientHeight < 80);
  }
  let p = 0;
  he(() => {
    i(
      E
      // what the frame below reads: run again when they change
    ), i(f).focus, i(N), !p && (p = requestAnimationFrame(() => {
      var h;
      if (p = 0, !i(d)) return;
      const w = i(E).length ? String((h = i(E)[0].id) !== null && h !== void 0 ? h : "") + ":" + i(E).length : "", q = i(f).focus || null, j = i(N), ee = i(d).querySelectorAll(".kimi-msg");
      Ua(j && ee.length ? ee[ee.length - 1] : i(d), r.shared.root || "");
      const Z = w.split(":")[0] !== (x || "").split(":")[0];
      if (x = w, !m()) {
        if (q && q !== V) {
          V = q;
          const D = i(d).querySelector(`[data-id="${CSS.escape(q)}"]`);
          if (D) {
            D.scrollIntoView({ block: "center" }), D.classList.add("kimi-flash"), setTimeout(() => D.classList.remove("kimi-flash"), 2500), v = !1;
            return;
          }
        }
        q || (V = null), (v || Z) && (i(d).scrollTop = i(d).scrollHeight, v = !0);
      }
    }));
  }), he(() => {
    i(O) && (i(M) && !i(O).open && i(O).showModal(), !i(M) && i(O).open && i(O).close());
  });
  function y() {
    return n(this, void 0, void 0, function* () {
      Y(J, yield Ze(Va(i(E), o)), !0), setTimeout(() => Y(J, !1), 1500);
    });
  }
  var b = Nr();
  let W;
  var H = G(b), L = G(H), T = G(L);
  {
    var U = (h) => {
      var w = Cr(), q = B(w, !0);
      z(() => F(q, r.props.placeholder || "")), k(h, w);
    }, se = (h) => {
      var w = Lr(), q = de(w), j = G(q);
      {
        var ee = (X) => {
          var Q = Mr(), ae = B(Q, !0);
          z((ue) => F(ae, ue), [() => o("earlier", { count: i(f).earlier })]), re("click", Q, () => S("earlier", {})), k(X, Q);
        };
        K(j, (X) => {
          i(f).earlier && X(ee);
        });
      }
      var Z = R(j, 2), D = B(Z, !0), te = R(q, 2);
      Ne(te, 19, () => i(E), (X, Q) => X.id ?? "at-" + Q, (X, Q) => {
        var ae = Oe(), ue = de(ae);
        {
          var ze = (ve) => {
            Er(ve, {
              get message() {
                return i(Q);
              },
              act: S,
              open_image: (ge) => Y(M, ge, !0)
            });
          }, He = (ve) => {
            ur(ve, {
              get message() {
                return i(Q);
              },
              act: S
            });
          };
          K(ue, (ve) => {
            i(Q).role === "user" ? ve(ze) : ve(He, -1);
          });
        }
        k(X, ae);
      }), z((X) => F(D, X), [() => i(J) ? o("copied") : o("copy_all")]), re("click", Z, y), k(h, w);
    };
    K(T, (h) => {
      i(E).length === 0 ? h(U) : h(se, -1);
    });
  }
  We(H, (h) => Y(d, h), () => i(d));
  var ie = R(H, 2), oe = G(ie);
  {
    var $ = (h) => {
      var w = Rr(), q = de(w), j = R(q, 2), ee = B(j, !0);
      z(
        (Z) => {
          P(q, "src", i(M).url), P(q, "alt", i(M).name), F(ee, Z);
        },
        [() => o("close")]
      ), re("click", j, () => Y(M, null)), k(h, w);
    };
    K(oe, (h) => {
      i(M) && h($);
    });
  }
  We(ie, (h) => Y(O, h), () => i(O)), z(
    (h, w, q) => {
      P(b, "id", r.shared.elem_id), W = xe(b, 1, `kimi-chat ${h ?? ""}`, "svelte-49zqag", W, { hidden: r.shared.visible === !1 }), P(H, "aria-label", w), P(H, "aria-busy", i(N)), P(ie, "aria-label", q);
    },
    [
      () => (r.shared.elem_classes || []).join(" "),
      () => o("conversation"),
      () => i(M) ? i(M).name : o("image")
    ]
  ), it("scroll", H, _), it("close", ie, () => Y(M, null)), re("click", ie, (h) => {
    h.target === i(O) && Y(M, null);
  }), k(t, b), Ae();
}
Ee(["click"]);
export {
  Or as default
};
