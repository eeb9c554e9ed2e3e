import { i as ft, g as dt, o as Tt, c as ut, a as le, b as At, T as vt, d as Ct, e as je, f as be, r as Ne, h as Le, p as Je, j as xe, k as pe, m as _t, s as ht, l as mt, E as Mt, n as i, q as et, t as Lt, u as Rt, v as Nt, w as tt, x as It, y as Ot, z as zt, A as Xe, B as de, D as Ht, I as De, C as qt, F as Dt, G as Ft, H as Bt, J as gt, K as Gt, L as z, M as Pt, N as Ut, O as Vt, P as pt, Q as ke, R as Qe, S as Wt, U as Kt, V as at, W as Yt, X as jt, Y as Jt, Z as Xt, _ as Qt, $ as Zt, a0 as bt, a1 as $t, a2 as ea, a3 as ta, a4 as aa, a5 as ra, a6 as ia, a7 as na, a8 as ie, a9 as rt, aa as Y, ab as he, ac as Ee, ad as Te, ae as Oe, af as ue, ag as Ae, ah as ce, ai as I, aj as q, ak as ae, al as F, am as D, an as sa, ao as it } from "./render-CI0bvj47.js";
const oa = [];
function la(t, e = !1, n = !1) {
  return Re(t, /* @__PURE__ */ new Map(), "", oa, null, n);
}
function Re(t, e, n, a, r = null, s = !1) {
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
        var d = t[l];
        l in t && (c[l] = Re(d, e, n, a, null, s));
      }
      return c;
    }
    if (dt(t) === Tt) {
      c = {}, e.set(t, c), r !== null && e.set(r, c);
      for (var u of Object.keys(t))
        c[u] = Re(
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
      return Re(
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
function ge(t, e) {
  var n = (
    /** @type {Effect} */
    je
  );
  n.nodes === null && (n.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function L(t, e) {
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
      ge(c, l);
    } else
      ge(o, o);
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
    var d = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (r) {
      var u = (
        /** @type {TemplateNode} */
        le(d)
      ), k = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      ge(u, k);
    } else
      ge(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function Ce(t, e) {
  return /* @__PURE__ */ da(t, e, "svg");
}
function ua(t = "") {
  {
    var e = be(t + "");
    return ge(e, e), e;
  }
}
function ze() {
  var t = document.createDocumentFragment(), e = document.createComment(""), n = be();
  return t.append(e, n), ge(e, n), t;
}
function b(t, e) {
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
        Ne(a), this.#r.delete(n);
      else {
        var r = this.#e.get(n);
        r && (Ne(r.effect), this.#a.set(n, r.effect), this.#e.delete(n), r.fragment.lastChild.remove(), this.anchor.before(r.fragment), a = r.effect);
      }
      for (const [s, o] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const c = this.#e.get(o);
        c && (Le(c.effect), this.#e.delete(o));
      }
      for (const [s, o] of this.#a) {
        if (s === n || this.#r.has(s)) continue;
        const c = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var d = document.createDocumentFragment();
            _t(o, d), d.append(be()), this.#e.set(s, { effect: o, fragment: d });
          } else
            Le(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !a ? (this.#r.add(s), Je(o, c, !1)) : c();
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
      n.includes(a) || (Le(r.effect), this.#e.delete(a));
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
          effect: xe(() => n(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          xe(() => n(this.anchor))
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
function Ve(t, e) {
  return e;
}
function _a(t, e, n) {
  for (var a = [], r = e.length, s, o = e.length, c = 0; c < r; c++) {
    let k = e[c];
    Je(
      k,
      () => {
        if (s) {
          if (s.pending.delete(k), s.done.add(k), s.pending.size === 0) {
            var A = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            We(t, Xe(s.done)), A.delete(s), A.size === 0 && (t.outrogroups = null);
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
      var d = (
        /** @type {Element} */
        n
      ), u = (
        /** @type {Element} */
        d.parentNode
      );
      Dt(u), u.append(d), t.items.clear();
    }
    We(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function We(t, e, n = !0) {
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
      _t(s, o);
    } else
      Le(e[r], n);
  }
}
var nt;
function Ie(t, e, n, a, r, s = null) {
  var o = t, c = /* @__PURE__ */ new Map(), l = (e & gt) !== 0;
  if (l) {
    var d = (
      /** @type {Element} */
      t
    );
    o = d.appendChild(be());
  }
  var u = null, k = Rt(() => {
    var j = n();
    return (
      /** @type {V[]} */
      ft(j) ? j : j == null ? [] : Xe(j)
    );
  }), A = /* @__PURE__ */ new Map(), H = !0;
  function C(j) {
    if ((g.effect.f & Ht) === 0) {
      g.pending.delete(j);
      var P = i(k);
      g.fallback = u, ha(g, P, o, e, a), u !== null && (P.length === 0 ? (u.f & de) === 0 ? Ne(u) : (u.f ^= de, we(u, null, o)) : Je(u, () => {
        u = null;
      }));
    }
  }
  function v(j) {
    g.pending.delete(j);
  }
  var f = mt(() => {
    for (var j = (
      /** @type {V[]} */
      i(k)
    ), P = j.length, R = /* @__PURE__ */ new Set(), W = (
      /** @type {Batch} */
      pe
    ), x = ht(), S = 0; S < P; S += 1) {
      var m = j[S], h = a(m, S), p = H ? null : c.get(h);
      p ? (p.v && et(p.v, m), p.i && et(p.i, S), x && W.unskip_effect(p.e)) : (p = ma(
        c,
        H ? o : nt ??= be(),
        m,
        h,
        S,
        r,
        e,
        n
      ), H || (p.e.f |= de), c.set(h, p)), R.add(h);
    }
    if (P === 0 && s && !u && (H ? u = xe(() => s(o)) : (u = xe(() => s(nt ??= be())), u.f |= de)), P > R.size && Lt(), !H)
      if (A.set(W, R), x) {
        for (const [y, w] of c)
          R.has(y) || W.skip_effect(w.e);
        W.oncommit(C), W.ondiscard(v);
      } else
        C(W);
    i(k);
  }), g = { effect: f, items: c, pending: A, outrogroups: null, fallback: u };
  H = !1;
}
function ye(t) {
  for (; t !== null && (t.f & qt) === 0; )
    t = t.next;
  return t;
}
function ha(t, e, n, a, r) {
  var s = (a & Gt) !== 0, o = e.length, c = t.items, l = ye(t.effect.first), d, u = null, k, A = [], H = [], C, v, f, g;
  if (s)
    for (g = 0; g < o; g += 1)
      C = e[g], v = r(C, g), f = /** @type {EachItem} */
      c.get(v).e, (f.f & de) === 0 && (f.nodes?.a?.measure(), (k ??= /* @__PURE__ */ new Set()).add(f));
  for (g = 0; g < o; g += 1) {
    if (C = e[g], v = r(C, g), f = /** @type {EachItem} */
    c.get(v).e, t.outrogroups !== null)
      for (const p of t.outrogroups)
        p.pending.delete(f), p.done.delete(f);
    if ((f.f & De) !== 0 && (Ne(f), s && (f.nodes?.a?.unfix(), (k ??= /* @__PURE__ */ new Set()).delete(f))), (f.f & de) !== 0)
      if (f.f ^= de, f === l)
        we(f, null, n);
      else {
        var j = u ? u.next : l;
        f === t.effect.last && (t.effect.last = f.prev), f.prev && (f.prev.next = f.next), f.next && (f.next.prev = f.prev), me(t, u, f), me(t, f, j), we(f, j, n), u = f, A = [], H = [], l = ye(u.next);
        continue;
      }
    if (f !== l) {
      if (d !== void 0 && d.has(f)) {
        if (A.length < H.length) {
          var P = H[0], R;
          u = P.prev;
          var W = A[0], x = A[A.length - 1];
          for (R = 0; R < A.length; R += 1)
            we(A[R], P, n);
          for (R = 0; R < H.length; R += 1)
            d.delete(H[R]);
          me(t, W.prev, x.next), me(t, u, W), me(t, x, P), l = P, u = x, g -= 1, A = [], H = [];
        } else
          d.delete(f), we(f, l, n), me(t, f.prev, f.next), me(t, f, u === null ? t.effect.first : u.next), me(t, u, f), u = f;
        continue;
      }
      for (A = [], H = []; l !== null && l !== f; )
        (d ??= /* @__PURE__ */ new Set()).add(l), H.push(l), l = ye(l.next);
      if (l === null)
        continue;
    }
    (f.f & de) === 0 && A.push(f), u = f, l = ye(f.next);
  }
  if (t.outrogroups !== null) {
    for (const p of t.outrogroups)
      p.pending.size === 0 && (We(t, Xe(p.done)), t.outrogroups?.delete(p));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || d !== void 0) {
    var S = [];
    if (d !== void 0)
      for (f of d)
        (f.f & De) === 0 && S.push(f);
    for (; l !== null; )
      (l.f & De) === 0 && l !== t.fallback && S.push(l), l = ye(l.next);
    var m = S.length;
    if (m > 0) {
      var h = (a & gt) !== 0 && o === 0 ? n : null;
      if (s) {
        for (g = 0; g < m; g += 1)
          S[g].nodes?.a?.measure();
        for (g = 0; g < m; g += 1)
          S[g].nodes?.a?.fix();
      }
      _a(t, S, h);
    }
  }
  s && Ft(() => {
    if (k !== void 0)
      for (f of k)
        f.nodes?.a?.apply();
  });
}
function ma(t, e, n, a, r, s, o, c) {
  var l = (o & It) !== 0 ? (o & Ot) === 0 ? zt(n, !1, !1) : tt(n) : null, d = (o & Nt) !== 0 ? tt(r) : null;
  return {
    v: l,
    i: d,
    e: xe(() => (s(e, l ?? n, d ?? r, c), () => {
      t.delete(a);
    }))
  };
}
function we(t, e, n) {
  if (t.nodes)
    for (var a = t.nodes.start, r = t.nodes.end, s = e && (e.f & de) === 0 ? (
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
function me(t, e, n) {
  e === null ? t.effect.first = n : e.next = n, n === null ? t.effect.last = e : n.prev = e;
}
function Fe(t, e, n = !1, a = !1, r = !1, s = !1) {
  var o = t, c = "";
  if (n)
    var l = (
      /** @type {Element} */
      t
    );
  z(() => {
    var d = (
      /** @type {Effect} */
      je
    );
    if (c !== (c = e() ?? "")) {
      if (n) {
        d.nodes = null, l.innerHTML = /** @type {string} */
        c, c !== "" && ge(
          /** @type {TemplateNode} */
          le(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (d.nodes !== null && (Pt(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), c !== "") {
        var u = a ? Ut : r ? Vt : void 0, k = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          ut(a ? "svg" : r ? "math" : "template", u)
        );
        k.innerHTML = /** @type {any} */
        c;
        var A = a || r ? k : (
          /** @type {HTMLTemplateElement} */
          k.content
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
function ga(t, e, n) {
  pt(() => {
    var a = ke(() => e(t, n?.()) || {});
    if (n && a?.update) {
      var r = !1, s = (
        /** @type {any} */
        {}
      );
      Qe(() => {
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
function Se(t, e, n, a, r, s) {
  var o = (
    /** @type {any} */
    t[at]
  );
  if (o !== n || o === void 0) {
    var c = pa(n, a, s);
    c == null ? t.removeAttribute("class") : t.className = c, t[at] = n;
  } else if (s && r !== s)
    for (var l in s) {
      var d = !!s[l];
      (r == null || d !== !!r[l]) && t.classList.toggle(l, d);
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
function B(t, e, n, a) {
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
    if (s = Be(t) ? Ge(s) : s, n(s), pe !== null && a.add(pe), await bt(), s !== (s = e())) {
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
  ke(e) == null && t.value && (n(Be(t) ? Ge(t.value) : t.value), pe !== null && a.add(pe)), Qe(() => {
    var r = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        pe
      );
      if (a.has(s))
        return;
    }
    Be(t) && r === Ge(t.value) || t.type === "date" && !r && !t.value || r !== t.value && (t.value = r ?? "");
  });
}
function Be(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Ge(t) {
  return t === "" ? null : +t;
}
function Pe(t, e) {
  return t === e || t?.[aa] === e;
}
function Ke(t = ea(), e, n, a) {
  var r = (
    /** @type {ComponentContext} */
    $t.r
  ), s = (
    /** @type {Effect} */
    je
  );
  return pt(() => {
    var o, c;
    return Qe(() => {
      o = c, c = [], ke(() => {
        Pe(n(...c), t) || (e(t, ...c), o && Pe(n(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== r && l.parent !== null && l.parent.f & ta; )
        l = l.parent;
      const d = () => {
        c && Pe(n(...c), t) && e(null, ...c);
      }, u = l.teardown;
      l.teardown = () => {
        d(), u?.();
      };
    };
  }), t;
}
function Ea(t, e, n) {
  if (t == null)
    return e(void 0), ra;
  const a = ke(
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
  #t = ie(rt({}));
  get shared() {
    return i(this.#t);
  }
  set shared(e) {
    Y(this.#t, e, !0);
  }
  #a = ie(rt({}));
  get props() {
    return i(this.#a);
  }
  set props(e) {
    Y(this.#a, e, !0);
  }
  #e = ie((e) => e);
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
      ), this.registered_id = a, ke(() => {
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
var Ha = /* @__PURE__ */ L('<span class="kimi-versions" role="group"><button type="button" class="kimi-icon">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon">›</button></span>');
function wt(t, e) {
  Te(e, !0);
  const n = Oe("say");
  let a = ce(() => e.message.versions ? e.message.versions[0] : 1), r = ce(() => e.message.versions ? e.message.versions[1] : 1);
  var s = ze(), o = ue(s);
  {
    var c = (l) => {
      var d = Ha(), u = F(d), k = I(u, 2), A = D(k), H = I(k, 2);
      z(
        (C, v, f) => {
          B(d, "aria-label", C), B(u, "aria-label", v), u.disabled = i(a) <= 1, q(A, `${i(a) ?? ""}/${i(r) ?? ""}`), B(H, "aria-label", f), H.disabled = i(a) >= i(r);
        },
        [
          () => n("versions"),
          () => n("previous"),
          () => n("next")
        ]
      ), ae("click", u, () => e.act("version", { id: e.message.id, step: -1 })), ae("click", H, () => e.act("version", { id: e.message.id, step: 1 })), b(l, d);
    };
    K(o, (l) => {
      i(r) > 1 && l(c);
    });
  }
  b(t, s), Ae();
}
Ee(["click"]);
var qa = /* @__PURE__ */ Ce('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Da = /* @__PURE__ */ Ce('<path d="M5 12l5 5L20 7"></path>'), Fa = /* @__PURE__ */ Ce('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ba = /* @__PURE__ */ Ce('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Ga = /* @__PURE__ */ Ce('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function Ze(t, e) {
  var n = Ga(), a = F(n);
  {
    var r = (l) => {
      var d = qa();
      b(l, d);
    }, s = (l) => {
      var d = Da();
      b(l, d);
    }, o = (l) => {
      var d = Fa();
      b(l, d);
    }, c = (l) => {
      var d = Ba();
      b(l, d);
    };
    K(a, (l) => {
      e.name === "copy" ? l(r) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(c, 3);
    });
  }
  b(t, n);
}
var Pa = /* @__PURE__ */ L('<span class="kimi-copy"><button type="button" class="kimi-icon"><!></button> <span role="status" aria-live="polite"> </span></span>');
function xt(t, e) {
  Te(e, !0);
  const n = Oe("say");
  var a = Pa(), r = F(a), s = F(r);
  {
    let d = ce(() => e.copied ? "done" : "copy");
    Ze(s, {
      get name() {
        return i(d);
      }
    });
  }
  var o = I(r, 2);
  let c;
  var l = D(o, !0);
  z(
    (d, u, k) => {
      B(r, "aria-label", d), B(r, "title", u), c = Se(o, 1, "kimi-copied", null, c, { shown: e.copied }), q(l, k);
    },
    [
      () => e.copied ? n("copied") : e.label,
      () => n("copy"),
      () => e.copied ? n("copied") : ""
    ]
  ), ae("click", r, function(...d) {
    e.onclick?.apply(this, d);
  }), b(t, a), Ae();
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
async function $e(t) {
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
function Ye(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Va(t, e) {
  return t.map(
    (n) => n.role === "user" ? `**${e("you")}:**

${n.source || ""}` : `**${e("kimi")}:**

${Ye(n)}`
  ).join(`

---

`);
}
function Wa(t) {
  const e = t || {}, n = e.lang || "en";
  return (a, r = {}) => {
    const s = r.count;
    return ((typeof s == "number" ? e[`${a}.${s === 1 ? "one" : "other"}`] : void 0) ?? e[a] ?? a).replace(/\{(\w+)\}/g, (l, d) => {
      const u = r[d];
      return u == null ? l : typeof u == "number" ? u.toLocaleString(n) : String(u);
    });
  };
}
function Ue(t, e, n) {
  return t.toLocaleString(n, { minimumFractionDigits: e, maximumFractionDigits: e });
}
function Ka(t, e = "en") {
  return t == null ? "" : t < 1 ? `${Ue(t, 2, e)} ms` : t < 1e3 ? `${t < 10 ? Ue(t, 1, e) : Math.round(t)} ms` : `${Ue(t / 1e3, t < 1e4 ? 1 : 0, e)} s`;
}
function Ya(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var ja = /* @__PURE__ */ L('<span class="kimi-spinner" aria-hidden="true"></span> ', 1), Ja = /* @__PURE__ */ L('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), Xa = /* @__PURE__ */ L('<span class="kimi-tool-args"> </span>'), Qa = /* @__PURE__ */ L('<span class="kimi-tool-status"> </span>'), Za = /* @__PURE__ */ L('<span class="kimi-tool-ms"> </span>'), $a = /* @__PURE__ */ L('<div class="kimi-tool-more"> </div>'), er = /* @__PURE__ */ L('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), tr = /* @__PURE__ */ L('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!></div></details>'), ar = /* @__PURE__ */ L('<div class="kimi-text"></div>'), rr = /* @__PURE__ */ L('<div><span aria-hidden="true"> </span> <div></div></div>'), ir = /* @__PURE__ */ L('<div class="kimi-waiting-detail"> </div>'), nr = /* @__PURE__ */ L('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), sr = /* @__PURE__ */ L('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), or = /* @__PURE__ */ L('<span class="kimi-stats"> </span>'), lr = /* @__PURE__ */ L('<button type="button" class="kimi-icon"><!></button>'), cr = /* @__PURE__ */ L('<button type="button" class="kimi-button kimi-continue"> </button>'), fr = /* @__PURE__ */ L('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), dr = /* @__PURE__ */ L("<article><!> <!></article>");
function ur(t, e) {
  Te(e, !0);
  var n = this && this.__awaiter || function(C, v, f, g) {
    function j(P) {
      return P instanceof f ? P : new f(function(R) {
        R(P);
      });
    }
    return new (f || (f = Promise))(function(P, R) {
      function W(m) {
        try {
          S(g.next(m));
        } catch (h) {
          R(h);
        }
      }
      function x(m) {
        try {
          S(g.throw(m));
        } catch (h) {
          R(h);
        }
      }
      function S(m) {
        m.done ? P(m.value) : j(m.value).then(W, x);
      }
      S((g = g.apply(C, v || [])).next());
    });
  };
  let a = ie(!1);
  const r = Oe("say"), s = ["pending", "running", "error", "timeout", "cancelled"], o = (C) => s.includes(C) ? r("tool_" + C) : "";
  function c(C, v) {
    C.open = !!v;
    let f = !!v;
    return {
      update(g) {
        !!g !== f && (C.open = f = !!g);
      }
    };
  }
  function l() {
    return n(this, void 0, void 0, function* () {
      Y(a, yield $e(Ye(e.message)), !0), setTimeout(() => Y(a, !1), 1500);
    });
  }
  var d = dr();
  let u;
  var k = F(d);
  Ie(k, 17, () => e.message.parts || [], Ve, (C, v) => {
    var f = ze(), g = ue(f);
    {
      var j = (m) => {
        var h = Ja(), p = F(h), y = F(p);
        {
          var w = (E) => {
            var M = ja(), G = I(ue(M), 1, !0);
            z((ne) => q(G, ne), [() => r("thinking")]), b(E, M);
          }, U = (E) => {
            var M = ua();
            z((G) => q(M, G), [
              () => i(v).seconds ? r("thought_for", { time: Ya(i(v).seconds) }) : r("thought")
            ]), b(E, M);
          };
          K(y, (E) => {
            i(v).live ? E(w) : E(U, -1);
          });
        }
        var V = I(p, 2);
        Fe(V, () => i(v).html, !0), ga(h, (E, M) => c?.(E, M), () => i(v).live), b(m, h);
      }, P = (m) => {
        var h = tr(), p = F(h), y = F(p), w = D(y), U = I(y, 2);
        {
          var V = (O) => {
            var X = Xa(), se = D(X, !0);
            z(() => q(se, i(v).brief)), b(O, X);
          };
          K(U, (O) => {
            i(v).brief && O(V);
          });
        }
        var E = I(U, 2);
        {
          var M = (O) => {
            var X = Qa(), se = D(X, !0);
            z((Z) => q(se, Z), [() => o(i(v).status)]), b(O, X);
          }, G = ce(() => o(i(v).status));
          K(E, (O) => {
            i(G) && O(M);
          });
        }
        var ne = I(E, 2);
        {
          var fe = (O) => {
            var X = Za(), se = D(X, !0);
            z((Z) => q(se, Z), [() => Ka(i(v).ms, r("lang"))]), b(O, X);
          };
          K(ne, (O) => {
            i(v).ms !== null && i(v).ms !== void 0 && O(fe);
          });
        }
        var ee = I(p, 2), Q = F(ee), ve = D(Q, !0), _ = I(Q, 2), T = F(_), N = D(T, !0), J = I(_, 2);
        {
          var te = (O) => {
            var X = er(), se = ue(X), Z = D(se, !0), $ = I(se, 2), re = F($), _e = D(re, !0), He = I($, 2);
            {
              var qe = (oe) => {
                var Me = $a(), St = D(Me, !0);
                z((Et) => q(St, Et), [() => r("more", { count: i(v).more })]), b(oe, Me);
              };
              K(He, (oe) => {
                i(v).more && oe(qe);
              });
            }
            z(
              (oe) => {
                q(Z, oe), q(_e, i(v).result);
              },
              [() => i(v).cut ? r("result_cut") : r("result")]
            ), b(O, X);
          };
          K(J, (O) => {
            i(v).result !== null && i(v).result !== void 0 && O(te);
          });
        }
        z(
          (O) => {
            B(h, "data-status", i(v).status), q(w, `🛠 ${i(v).name ?? ""}`), q(ve, O), q(N, i(v).args || "{}");
          },
          [() => r("arguments")]
        ), b(m, h);
      }, R = (m) => {
        var h = ar();
        Fe(h, () => i(v).html, !0), b(m, h);
      }, W = (m) => {
        var h = rr(), p = F(h), y = D(p, !0), w = I(p, 2);
        Fe(w, () => i(v).html, !0), z(() => {
          Se(h, 1, `kimi-notice kimi-notice-${i(v).kind ?? ""}`), B(h, "role", i(v).kind === "error" ? "alert" : null), q(y, i(v).kind === "error" ? "⚠️" : "ℹ️");
        }), b(m, h);
      }, x = (m) => {
        var h = nr(), p = I(F(h), 2), y = D(p, !0), w = I(p, 2);
        {
          var U = (V) => {
            var E = ir(), M = D(E, !0);
            z(() => q(M, i(v).detail)), b(V, E);
          };
          K(w, (V) => {
            i(v).detail && V(U);
          });
        }
        z(() => q(y, i(v).title)), b(m, h);
      }, S = (m) => {
        var h = sr(), p = F(h), y = D(p, !0), w = I(p, 2), U = I(w, 2), V = D(U);
        z(() => {
          q(y, i(v).title), B(w, "max", i(v).total || 1), wa(w, i(v).done || 0), B(w, "aria-label", i(v).title), q(V, `${i(v).done ?? ""}/${i(v).total ?? ""}`);
        }), b(m, h);
      };
      K(g, (m) => {
        i(v).type === "reasoning" ? m(j) : i(v).type === "tool" ? m(P, 1) : i(v).type === "text" ? m(R, 2) : i(v).type === "notice" ? m(W, 3) : i(v).type === "waiting" ? m(x, 4) : i(v).type === "progress" && m(S, 5);
      });
    }
    b(C, f);
  });
  var A = I(k, 2);
  {
    var H = (C) => {
      var v = fr(), f = F(v);
      {
        var g = (y) => {
          var w = or(), U = D(w, !0);
          z(() => q(U, e.message.stats)), b(y, w);
        };
        K(f, (y) => {
          e.message.stats && y(g);
        });
      }
      var j = I(f, 2), P = F(j);
      {
        var R = (y) => {
          {
            let w = ce(() => r("copy_answer"));
            xt(y, {
              get label() {
                return i(w);
              },
              get copied() {
                return i(a);
              },
              onclick: l
            });
          }
        }, W = ce(() => Ye(e.message));
        K(P, (y) => {
          i(W) && y(R);
        });
      }
      var x = I(P, 2);
      {
        var S = (y) => {
          var w = lr(), U = F(w);
          Ze(U, { name: "retry" }), z(
            (V, E) => {
              B(w, "aria-label", V), B(w, "title", E);
            },
            [() => r("retry"), () => r("retry")]
          ), ae("click", w, () => e.act("retry", { id: e.message.id })), b(y, w);
        };
        K(x, (y) => {
          e.message.can_retry && e.message.id && y(S);
        });
      }
      var m = I(x, 2);
      wt(m, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var h = I(m, 2);
      {
        var p = (y) => {
          var w = cr(), U = D(w, !0);
          z((V) => q(U, V), [() => r("continue")]), ae("click", w, () => e.act("resume", { id: e.message.id })), b(y, w);
        };
        K(h, (y) => {
          e.message.can_continue && y(p);
        });
      }
      b(C, v);
    };
    K(A, (C) => {
      e.message.live || C(H);
    });
  }
  z(
    (C) => {
      u = Se(d, 1, "kimi-msg kimi-answer", null, u, { "kimi-live": e.message.live }), B(d, "data-id", e.message.id), B(d, "aria-label", C);
    },
    [() => r("answer")]
  ), b(t, d), Ae();
}
Ee(["click"]);
var vr = /* @__PURE__ */ L("<figcaption> </figcaption>"), _r = /* @__PURE__ */ L('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), hr = /* @__PURE__ */ L('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), mr = /* @__PURE__ */ L('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), gr = /* @__PURE__ */ L('<div class="kimi-doc"> </div>'), pr = /* @__PURE__ */ L('<div class="kimi-files"></div>'), br = /* @__PURE__ */ L('<textarea class="kimi-edit-box" rows="4"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button"> </button> <button type="button" class="kimi-button kimi-primary"> </button></div>', 1), kr = /* @__PURE__ */ L('<div class="kimi-user-text"> </div>'), yr = /* @__PURE__ */ L('<button type="button" class="kimi-icon"><!></button>'), wr = /* @__PURE__ */ L("<!> <!>", 1), xr = /* @__PURE__ */ L('<div class="kimi-msg-tools"><!> <!></div>'), Sr = /* @__PURE__ */ L('<article class="kimi-msg kimi-user"><div><!> <!></div> <!></article>');
function Er(t, e) {
  Te(e, !0);
  var n = this && this.__awaiter || function(x, S, m, h) {
    function p(y) {
      return y instanceof m ? y : new m(function(w) {
        w(y);
      });
    }
    return new (m || (m = Promise))(function(y, w) {
      function U(M) {
        try {
          E(h.next(M));
        } catch (G) {
          w(G);
        }
      }
      function V(M) {
        try {
          E(h.throw(M));
        } catch (G) {
          w(G);
        }
      }
      function E(M) {
        M.done ? y(M.value) : p(M.value).then(U, V);
      }
      E((h = h.apply(x, S || [])).next());
    });
  };
  const a = Oe("say");
  let r = ie(!1), s = ie(""), o = ie(!1), c = ie(void 0);
  function l() {
    return n(this, void 0, void 0, function* () {
      Y(s, e.message.source || "", !0), Y(r, !0), yield bt(), i(c) === null || i(c) === void 0 || i(c).focus();
    });
  }
  function d() {
    i(s).trim() && (Y(r, !1), e.act("edit", { id: e.message.id, text: i(s) }));
  }
  function u(x) {
    x.key === "Escape" ? (x.preventDefault(), x.stopPropagation(), Y(r, !1)) : x.key === "Enter" && !x.shiftKey && !x.isComposing && (x.preventDefault(), d());
  }
  function k() {
    return n(this, void 0, void 0, function* () {
      Y(o, yield $e(e.message.source || ""), !0), setTimeout(() => Y(o, !1), 1500);
    });
  }
  var A = Sr(), H = F(A);
  let C;
  var v = F(H);
  {
    var f = (x) => {
      var S = pr();
      Ie(S, 21, () => e.message.files, Ve, (m, h) => {
        var p = ze(), y = ue(p);
        {
          var w = (E) => {
            var M = _r(), G = F(M), ne = D(G), fe = I(G, 2);
            {
              var ee = (Q) => {
                var ve = vr(), _ = D(ve, !0);
                z(() => q(_, i(h).note)), b(Q, ve);
              };
              K(fe, (Q) => {
                i(h).note && Q(ee);
              });
            }
            z(
              (Q) => {
                B(G, "aria-label", Q), B(ne, "src", i(h).url), B(ne, "alt", i(h).name);
              },
              [() => a("enlarge", { name: i(h).name })]
            ), ae("click", G, () => e.open_image(i(h))), b(E, M);
          }, U = (E) => {
            var M = mr(), G = F(M), ne = D(G), fe = I(G, 2);
            Ie(fe, 21, () => i(h).frames || [], Ve, (ee, Q) => {
              var ve = hr(), _ = F(ve), T = D(_), N = I(_, 2), J = D(N, !0);
              z(
                (te, O) => {
                  B(_, "aria-label", te), B(T, "src", i(Q).url), B(T, "alt", O), q(J, i(Q).at);
                },
                [
                  () => a("enlarge_frame", { at: i(Q).at }),
                  () => a("frame_at", { name: i(h).name, at: i(Q).at })
                ]
              ), ae("click", _, () => e.open_image({
                url: i(Q).url,
                name: a("frame_at", { name: i(h).name, at: i(Q).at })
              })), b(ee, ve);
            }), z(
              (ee) => {
                q(ne, `🎞 ${i(h).name ?? ""}`), B(fe, "aria-label", ee);
              },
              [() => a("frames", { name: i(h).name })]
            ), b(E, M);
          }, V = (E) => {
            var M = gr(), G = D(M);
            z(() => q(G, `📄 ${i(h).name ?? ""}${i(h).note ? " · " + i(h).note : ""}`)), b(E, M);
          };
          K(y, (E) => {
            i(h).kind === "image" ? E(w) : i(h).kind === "video" ? E(U, 1) : E(V, -1);
          });
        }
        b(m, p);
      }), b(x, S);
    };
    K(v, (x) => {
      e.message.files && e.message.files.length && x(f);
    });
  }
  var g = I(v, 2);
  {
    var j = (x) => {
      var S = br(), m = ue(S);
      Ke(m, (V) => Y(c, V), () => i(c));
      var h = I(m, 2), p = F(h), y = D(p, !0), w = I(p, 2), U = D(w, !0);
      z(
        (V, E, M, G) => {
          B(m, "aria-label", V), q(y, E), w.disabled = M, q(U, G);
        },
        [
          () => a("edit_box"),
          () => a("cancel"),
          () => !i(s).trim(),
          () => a("send")
        ]
      ), ae("keydown", m, u), Sa(m, () => i(s), (V) => Y(s, V)), ae("click", p, () => Y(r, !1)), ae("click", w, d), b(x, S);
    }, P = (x) => {
      var S = kr(), m = D(S, !0);
      z(() => q(m, e.message.source)), b(x, S);
    };
    K(g, (x) => {
      i(r) ? x(j) : e.message.source && x(P, 1);
    });
  }
  var R = I(H, 2);
  {
    var W = (x) => {
      var S = xr(), m = F(S);
      {
        var h = (y) => {
          var w = wr(), U = ue(w);
          {
            let M = ce(() => a("copy_message"));
            xt(U, {
              get label() {
                return i(M);
              },
              get copied() {
                return i(o);
              },
              onclick: k
            });
          }
          var V = I(U, 2);
          {
            var E = (M) => {
              var G = yr(), ne = F(G);
              Ze(ne, { name: "edit" }), z(
                (fe, ee) => {
                  B(G, "aria-label", fe), B(G, "title", ee);
                },
                [() => a("edit_message"), () => a("edit")]
              ), ae("click", G, l), b(M, G);
            };
            K(V, (M) => {
              e.message.id && M(E);
            });
          }
          b(y, w);
        };
        K(m, (y) => {
          e.message.source && y(h);
        });
      }
      var p = I(m, 2);
      wt(p, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), b(x, S);
    };
    K(R, (x) => {
      i(r) || x(W);
    });
  }
  z(
    (x) => {
      B(A, "data-id", e.message.id), B(A, "aria-label", x), C = Se(H, 1, "kimi-bubble", null, C, { "kimi-editing": i(r) });
    },
    [() => a("question")]
  ), b(t, A), Ae();
}
Ee(["click", "keydown"]);
const Tr = (t) => requestAnimationFrame(() => setTimeout(t, 0)), Ar = (t) => !t.live || (t.parts || []).some((e) => e.type !== "waiting" && e.type !== "progress");
function Cr(t, e, n) {
  const a = window.kimiSide || {}, r = a[e];
  delete a[e];
  const s = r ? r.control : new AbortController();
  let o = r && r.painted;
  const c = () => {
    o && Tr(o), o = void 0;
  }, l = encodeURIComponent(document.documentElement.lang || "en"), d = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e) + "?lang=" + l;
  return (async () => {
    try {
      const u = await (r ? r.response : fetch(d, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!u.ok || !u.body) return c();
      const k = u.body.pipeThrough(new TextDecoderStream()).getReader();
      let A = "";
      for (; ; ) {
        const { done: H, value: C } = await k.read();
        if (H) return c();
        A += C;
        const v = A.lastIndexOf(`
`);
        if (v < 0) continue;
        const f = A.slice(0, v);
        A = A.slice(v + 1);
        const g = JSON.parse(f.slice(f.lastIndexOf(`
`) + 1));
        n(g), Ar(g) && c();
      }
    } catch {
      c();
    }
  })(), () => s.abort();
}
var Mr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), Lr = /* @__PURE__ */ L('<p class="kimi-empty svelte-49zqag"> </p>'), Rr = /* @__PURE__ */ L('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), Nr = /* @__PURE__ */ L('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), Ir = /* @__PURE__ */ L('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag"> </button>', 1), Or = /* @__PURE__ */ L('<div><div class="kimi-scroll svelte-49zqag" role="log" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function Hr(t, e) {
  Te(e, !0);
  var n = this && this.__awaiter || function(_, T, N, J) {
    function te(O) {
      return O instanceof N ? O : new N(function(X) {
        X(O);
      });
    }
    return new (N || (N = Promise))(function(O, X) {
      function se(re) {
        try {
          $(J.next(re));
        } catch (_e) {
          X(_e);
        }
      }
      function Z(re) {
        try {
          $(J.throw(re));
        } catch (_e) {
          X(_e);
        }
      }
      function $(re) {
        re.done ? O(re.value) : te(re.value).then(se, Z);
      }
      $((J = J.apply(_, T || [])).next());
    });
  };
  let a = /* @__PURE__ */ Ca(e, Mr);
  const r = new za(a);
  let s = ce(() => Wa(r.props.words));
  const o = (_, T) => i(s)(_, T);
  sa("say", o);
  let c = -1, l = { messages: [] }, d = ie(null);
  he(() => {
    const _ = (T) => {
      Y(d, { base: ke(() => r.props.value), value: T.detail }, !0);
    };
    return window.addEventListener("kimi-sending", _), () => window.removeEventListener("kimi-sending", _);
  });
  let u = ce(() => {
    const _ = r.props.value, T = (i(d) && i(d).base === _ ? i(d).value : _) || { messages: [] }, N = typeof T.opening == "number" ? T.opening : null;
    return N !== null && N < c ? l : (N !== null && (c = N), l = T, T);
  }), k = ie(null), A = "", H = () => {
  };
  he(() => {
    const _ = i(u).live_key;
    !_ || _ === A || (A = _, H(), Y(k, { key: _, opening: i(u).opening, item: null }, !0), H = Cr(r.shared.root || "", _, (T) => {
      i(k) && i(k).key === _ && Y(k, Object.assign(Object.assign({}, i(k)), { item: T }), !0);
    }));
  }), he(() => {
    if (!i(k)) return;
    const _ = i(u).messages || [], T = _[_.length - 1];
    (i(u).opening !== i(k).opening || !T || !T.live && i(u).live_key !== i(k).key) && (H(), Y(
      k,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let C = ce(() => {
    const _ = i(u).messages || [], T = _[_.length - 1];
    if (!i(k) || !i(k).item || !T || !T.live || i(u).opening !== i(k).opening) return _;
    const N = i(
      k
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ..._.slice(0, -1).filter((J) => N == null || J.id !== N),
      i(k).item
    ];
  }), v = ce(() => i(C).some((_) => _.live)), f = ie(void 0), g = !0, j = null, P = null, R = ie(null), W = ie(void 0), x = ie(!1), S = null;
  function m(_, T) {
    if (_ === "version" && i(f)) {
      const N = [...i(f).querySelectorAll(".kimi-msg")], J = N.findIndex((O) => O.getAttribute("data-id") === String(T.id)), te = J < 0 ? 0 : N[J].getBoundingClientRect().top - i(f).getBoundingClientRect().top;
      S = J < 0 ? null : {
        index: J,
        id: String(T.id),
        top: te,
        until: performance.now() + 5e3
      };
    }
    r.dispatch(_, T);
  }
  function h() {
    if (!S || !i(f) || performance.now() > S.until) return S = null, !1;
    const _ = i(f).querySelectorAll(".kimi-msg")[S.index];
    return !_ || _.getAttribute("data-id") === S.id ? !1 : (i(f).scrollTop += _.getBoundingClientRect().top - i(f).getBoundingClientRect().top - S.top, S = null, p(), !0);
  }
  function p() {
    i(f) && (g = i(f).scrollHeight - i(f).scrollTop - i(f).clientHeight < 80);
  }
  let y = 0;
  he(() => {
    i(
      C
      // what the frame below reads: run again when they change
    ), i(u).focus, i(v), !y && (y = requestAnimationFrame(() => {
      var _;
      if (y = 0, !i(f)) return;
      const T = i(C).length ? String((_ = i(C)[0].id) !== null && _ !== void 0 ? _ : "") + ":" + i(C).length : "", N = i(u).focus || null, J = i(v), te = i(f).querySelectorAll(".kimi-msg");
      Ua(J && te.length ? te[te.length - 1] : i(f), r.shared.root || "");
      const O = T.split(":")[0] !== (j || "").split(":")[0];
      if (j = T, !h()) {
        if (N && N !== P) {
          P = N;
          const X = i(f).querySelector(`[data-id="${CSS.escape(N)}"]`);
          if (X) {
            X.scrollIntoView({ block: "center" }), X.classList.add("kimi-flash"), setTimeout(() => X.classList.remove("kimi-flash"), 2500), g = !1;
            return;
          }
        }
        N || (P = null), (g || O) && (i(f).scrollTop = i(f).scrollHeight, g = !0);
      }
    }));
  }), he(() => {
    i(W) && (i(R) && !i(W).open && i(W).showModal(), !i(R) && i(W).open && i(W).close());
  });
  function w() {
    return n(this, void 0, void 0, function* () {
      Y(x, yield $e(Va(i(C), o)), !0), setTimeout(() => Y(x, !1), 1500);
    });
  }
  var U = Or();
  let V;
  var E = F(U), M = F(E), G = F(M);
  {
    var ne = (_) => {
      var T = Lr(), N = D(T, !0);
      z(() => q(N, r.props.placeholder || "")), b(_, T);
    }, fe = (_) => {
      var T = Nr(), N = ue(T), J = F(N);
      {
        var te = (Z) => {
          var $ = Rr(), re = D($, !0);
          z((_e) => q(re, _e), [() => o("earlier", { count: i(u).earlier })]), ae("click", $, () => m("earlier", {})), b(Z, $);
        };
        K(J, (Z) => {
          i(u).earlier && Z(te);
        });
      }
      var O = I(J, 2), X = D(O, !0), se = I(N, 2);
      Ie(se, 19, () => i(C), (Z, $) => Z.id ?? "at-" + $, (Z, $) => {
        var re = ze(), _e = ue(re);
        {
          var He = (oe) => {
            Er(oe, {
              get message() {
                return i($);
              },
              act: m,
              open_image: (Me) => Y(R, Me, !0)
            });
          }, qe = (oe) => {
            ur(oe, {
              get message() {
                return i($);
              },
              act: m
            });
          };
          K(_e, (oe) => {
            i($).role === "user" ? oe(He) : oe(qe, -1);
          });
        }
        b(Z, re);
      }), z((Z) => q(X, Z), [() => i(x) ? o("copied") : o("copy_all")]), ae("click", O, w), b(_, T);
    };
    K(G, (_) => {
      i(C).length === 0 ? _(ne) : _(fe, -1);
    });
  }
  Ke(E, (_) => Y(f, _), () => i(f));
  var ee = I(E, 2), Q = F(ee);
  {
    var ve = (_) => {
      var T = Ir(), N = ue(T), J = I(N, 2), te = D(J, !0);
      z(
        (O) => {
          B(N, "src", i(R).url), B(N, "alt", i(R).name), q(te, O);
        },
        [() => o("close")]
      ), ae("click", J, () => Y(R, null)), b(_, T);
    };
    K(Q, (_) => {
      i(R) && _(ve);
    });
  }
  Ke(ee, (_) => Y(W, _), () => i(W)), z(
    (_, T, N) => {
      B(U, "id", r.shared.elem_id), V = Se(U, 1, `kimi-chat ${_ ?? ""}`, "svelte-49zqag", V, { hidden: r.shared.visible === !1 }), B(E, "aria-label", T), B(E, "aria-busy", i(v)), B(ee, "aria-label", N);
    },
    [
      () => (r.shared.elem_classes || []).join(" "),
      () => o("conversation"),
      () => i(R) ? i(R).name : o("image")
    ]
  ), it("scroll", E, p), it("close", ee, () => Y(R, null)), ae("click", ee, (_) => {
    _.target === i(W) && Y(R, null);
  }), b(t, U), Ae();
}
Ee(["click"]);
export {
  Hr as default
};
