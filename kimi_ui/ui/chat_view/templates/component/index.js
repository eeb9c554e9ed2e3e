import { i as dt, g as ut, o as Lt, c as vt, a as ce, b as Rt, T as _t, d as It, e as Je, f as pe, r as ze, h as Ne, p as Xe, j as Me, k as ge, m as mt, s as ht, l as gt, E as Nt, n as a, q as tt, t as Ot, u as zt, v as Ht, w as at, x as qt, y as Dt, z as Ft, A as Qe, B as de, D as Bt, I as Be, C as Gt, F as Pt, G as Ut, H as Vt, J as pt, K as Wt, L as N, M as Kt, N as Yt, O as jt, P as bt, Q as Ee, R as Ze, S as Jt, U as Xt, V as rt, W as Qt, X as Zt, Y as $t, Z as ea, _ as ta, $ as aa, a0 as kt, a1 as ra, a2 as ia, a3 as na, a4 as sa, a5 as oa, a6 as la, a7 as ca, a8 as ae, a9 as it, aa as Q, ab as ve, ac as Re, ad as ke, ae as Te, af as ue, ag as ye, ah as fe, ai as S, aj as L, ak as $, al as R, am as O, an as fa, ao as Ge } from "./render-CI0bvj47.js";
const da = [];
function ua(t, e = !1, i = !1) {
  return Oe(t, /* @__PURE__ */ new Map(), "", da, null, i);
}
function Oe(t, e, i, r, n = null, s = !1) {
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
    if (dt(t)) {
      var c = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, c), n !== null && e.set(n, c);
      for (var o = 0; o < t.length; o += 1) {
        var d = t[o];
        o in t && (c[o] = Oe(d, e, i, r, null, s));
      }
      return c;
    }
    if (ut(t) === Lt) {
      c = {}, e.set(t, c), n !== null && e.set(n, c);
      for (var v of Object.keys(t))
        c[v] = Oe(
          // @ts-expect-error
          t[v],
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
      return Oe(
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
const va = (
  // We gotta write it like this because after downleveling the pure comment may end up in the wrong location
  globalThis?.window?.trustedTypes && /* @__PURE__ */ globalThis.window.trustedTypes.createPolicy("svelte-trusted-html", {
    /** @param {string} html */
    createHTML: (t) => t
  })
);
function _a(t) {
  return (
    /** @type {string} */
    va?.createHTML(t) ?? t
  );
}
function yt(t) {
  var e = vt("template");
  return e.innerHTML = _a(t.replaceAll("<!>", "<!---->")), e.content;
}
function me(t, e) {
  var i = (
    /** @type {Effect} */
    Je
  );
  i.nodes === null && (i.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function A(t, e) {
  var i = (e & _t) !== 0, r = (e & It) !== 0, n, s = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = yt(s ? t : "<!>" + t), i || (n = /** @type {TemplateNode} */
    ce(n)));
    var l = (
      /** @type {TemplateNode} */
      r || Rt ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (i) {
      var c = (
        /** @type {TemplateNode} */
        ce(l)
      ), o = (
        /** @type {TemplateNode} */
        l.lastChild
      );
      me(c, o);
    } else
      me(l, l);
    return l;
  };
}
// @__NO_SIDE_EFFECTS__
function ma(t, e, i = "svg") {
  var r = !t.startsWith("<!>"), n = (e & _t) !== 0, s = `<${i}>${r ? t : "<!>" + t}</${i}>`, l;
  return () => {
    if (!l) {
      var c = (
        /** @type {DocumentFragment} */
        yt(s)
      ), o = (
        /** @type {Element} */
        ce(c)
      );
      if (n)
        for (l = document.createDocumentFragment(); ce(o); )
          l.appendChild(
            /** @type {TemplateNode} */
            ce(o)
          );
      else
        l = /** @type {Element} */
        ce(o);
    }
    var d = (
      /** @type {TemplateNode} */
      l.cloneNode(!0)
    );
    if (n) {
      var v = (
        /** @type {TemplateNode} */
        ce(d)
      ), E = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      me(v, E);
    } else
      me(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function Ie(t, e) {
  return /* @__PURE__ */ ma(t, e, "svg");
}
function ha(t = "") {
  {
    var e = pe(t + "");
    return me(e, e), e;
  }
}
function qe() {
  var t = document.createDocumentFragment(), e = document.createComment(""), i = pe();
  return t.append(e, i), me(e, i), t;
}
function h(t, e) {
  t !== null && t.before(
    /** @type {Node} */
    e
  );
}
class ga {
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
      ), r = this.#a.get(i);
      if (r)
        ze(r), this.#r.delete(i);
      else {
        var n = this.#e.get(i);
        n && (ze(n.effect), this.#a.set(i, n.effect), this.#e.delete(i), n.fragment.lastChild.remove(), this.anchor.before(n.fragment), r = n.effect);
      }
      for (const [s, l] of this.#t) {
        if (this.#t.delete(s), s === e)
          break;
        const c = this.#e.get(l);
        c && (Ne(c.effect), this.#e.delete(l));
      }
      for (const [s, l] of this.#a) {
        if (s === i || this.#r.has(s)) continue;
        const c = () => {
          if (Array.from(this.#t.values()).includes(s)) {
            var d = document.createDocumentFragment();
            mt(l, d), d.append(pe()), this.#e.set(s, { effect: l, fragment: d });
          } else
            Ne(l);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !r ? (this.#r.add(s), Xe(l, c, !1)) : c();
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
      i.includes(r) || (Ne(n.effect), this.#e.delete(r));
  };
  /**
   *
   * @param {any} key
   * @param {null | ((target: TemplateNode) => void)} fn
   */
  ensure(e, i) {
    var r = (
      /** @type {Batch} */
      ge
    ), n = ht();
    if (i && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var s = document.createDocumentFragment(), l = pe();
        s.append(l), this.#e.set(e, {
          effect: Me(() => i(l)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          Me(() => i(this.anchor))
        );
    if (this.#t.set(r, e), n) {
      for (const [c, o] of this.#a)
        c === e ? r.unskip_effect(o) : r.skip_effect(o);
      for (const [c, o] of this.#e)
        c === e ? r.unskip_effect(o.effect) : r.skip_effect(o.effect);
      r.oncommit(this.#n), r.ondiscard(this.#s);
    } else
      this.#n(r);
  }
}
function W(t, e, i = !1) {
  var r = new ga(t), n = i ? Nt : 0;
  function s(l, c) {
    r.ensure(l, c);
  }
  gt(() => {
    var l = !1;
    e((c, o = 0) => {
      l = !0, s(o, c);
    }), l || s(-1, null);
  }, n);
}
function He(t, e) {
  return e;
}
function pa(t, e, i) {
  for (var r = [], n = e.length, s, l = e.length, c = 0; c < n; c++) {
    let E = e[c];
    Xe(
      E,
      () => {
        if (s) {
          if (s.pending.delete(E), s.done.add(E), s.pending.size === 0) {
            var k = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            Ke(t, Qe(s.done)), k.delete(s), k.size === 0 && (t.outrogroups = null);
          }
        } else
          l -= 1;
      },
      !1
    );
  }
  if (l === 0) {
    var o = r.length === 0 && i !== null && t.pending.size === 0;
    if (o) {
      var d = (
        /** @type {Element} */
        i
      ), v = (
        /** @type {Element} */
        d.parentNode
      );
      Pt(v), v.append(d), t.items.clear();
    }
    Ke(t, e, !o);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function Ke(t, e, i = !0) {
  var r;
  if (t.pending.size > 0) {
    r = /* @__PURE__ */ new Set();
    for (const l of t.pending.values())
      for (const c of l)
        r.add(
          /** @type {EachItem} */
          t.items.get(c).e
        );
  }
  for (var n = 0; n < e.length; n++) {
    var s = e[n];
    if (r?.has(s)) {
      s.f |= de;
      const l = document.createDocumentFragment();
      mt(s, l);
    } else
      Ne(e[n], i);
  }
}
var nt;
function be(t, e, i, r, n, s = null) {
  var l = t, c = /* @__PURE__ */ new Map(), o = (e & pt) !== 0;
  if (o) {
    var d = (
      /** @type {Element} */
      t
    );
    l = d.appendChild(pe());
  }
  var v = null, E = zt(() => {
    var K = i();
    return (
      /** @type {V[]} */
      dt(K) ? K : K == null ? [] : Qe(K)
    );
  }), k = /* @__PURE__ */ new Map(), _ = !0;
  function I(K) {
    if ((w.effect.f & Bt) === 0) {
      w.pending.delete(K);
      var j = a(E);
      w.fallback = v, ba(w, j, l, e, r), v !== null && (j.length === 0 ? (v.f & de) === 0 ? ze(v) : (v.f ^= de, Ce(v, null, l)) : Xe(v, () => {
        v = null;
      }));
    }
  }
  function P(K) {
    w.pending.delete(K);
  }
  var f = gt(() => {
    for (var K = (
      /** @type {V[]} */
      a(E)
    ), j = K.length, B = /* @__PURE__ */ new Set(), Y = (
      /** @type {Batch} */
      ge
    ), x = ht(), T = 0; T < j; T += 1) {
      var u = K[T], m = r(u, T), g = _ ? null : c.get(m);
      g ? (g.v && tt(g.v, u), g.i && tt(g.i, T), x && Y.unskip_effect(g.e)) : (g = ka(
        c,
        _ ? l : nt ??= pe(),
        u,
        m,
        T,
        n,
        e,
        i
      ), _ || (g.e.f |= de), c.set(m, g)), B.add(m);
    }
    if (j === 0 && s && !v && (_ ? v = Me(() => s(l)) : (v = Me(() => s(nt ??= pe())), v.f |= de)), j > B.size && Ot(), !_)
      if (k.set(Y, B), x) {
        for (const [y, p] of c)
          B.has(y) || Y.skip_effect(p.e);
        Y.oncommit(I), Y.ondiscard(P);
      } else
        I(Y);
    a(E);
  }), w = { effect: f, items: c, pending: k, outrogroups: null, fallback: v };
  _ = !1;
}
function Ae(t) {
  for (; t !== null && (t.f & Gt) === 0; )
    t = t.next;
  return t;
}
function ba(t, e, i, r, n) {
  var s = (r & Wt) !== 0, l = e.length, c = t.items, o = Ae(t.effect.first), d, v = null, E, k = [], _ = [], I, P, f, w;
  if (s)
    for (w = 0; w < l; w += 1)
      I = e[w], P = n(I, w), f = /** @type {EachItem} */
      c.get(P).e, (f.f & de) === 0 && (f.nodes?.a?.measure(), (E ??= /* @__PURE__ */ new Set()).add(f));
  for (w = 0; w < l; w += 1) {
    if (I = e[w], P = n(I, w), f = /** @type {EachItem} */
    c.get(P).e, t.outrogroups !== null)
      for (const g of t.outrogroups)
        g.pending.delete(f), g.done.delete(f);
    if ((f.f & Be) !== 0 && (ze(f), s && (f.nodes?.a?.unfix(), (E ??= /* @__PURE__ */ new Set()).delete(f))), (f.f & de) !== 0)
      if (f.f ^= de, f === o)
        Ce(f, null, i);
      else {
        var K = v ? v.next : o;
        f === t.effect.last && (t.effect.last = f.prev), f.prev && (f.prev.next = f.next), f.next && (f.next.prev = f.prev), _e(t, v, f), _e(t, f, K), Ce(f, K, i), v = f, k = [], _ = [], o = Ae(v.next);
        continue;
      }
    if (f !== o) {
      if (d !== void 0 && d.has(f)) {
        if (k.length < _.length) {
          var j = _[0], B;
          v = j.prev;
          var Y = k[0], x = k[k.length - 1];
          for (B = 0; B < k.length; B += 1)
            Ce(k[B], j, i);
          for (B = 0; B < _.length; B += 1)
            d.delete(_[B]);
          _e(t, Y.prev, x.next), _e(t, v, Y), _e(t, x, j), o = j, v = x, w -= 1, k = [], _ = [];
        } else
          d.delete(f), Ce(f, o, i), _e(t, f.prev, f.next), _e(t, f, v === null ? t.effect.first : v.next), _e(t, v, f), v = f;
        continue;
      }
      for (k = [], _ = []; o !== null && o !== f; )
        (d ??= /* @__PURE__ */ new Set()).add(o), _.push(o), o = Ae(o.next);
      if (o === null)
        continue;
    }
    (f.f & de) === 0 && k.push(f), v = f, o = Ae(f.next);
  }
  if (t.outrogroups !== null) {
    for (const g of t.outrogroups)
      g.pending.size === 0 && (Ke(t, Qe(g.done)), t.outrogroups?.delete(g));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (o !== null || d !== void 0) {
    var T = [];
    if (d !== void 0)
      for (f of d)
        (f.f & Be) === 0 && T.push(f);
    for (; o !== null; )
      (o.f & Be) === 0 && o !== t.fallback && T.push(o), o = Ae(o.next);
    var u = T.length;
    if (u > 0) {
      var m = (r & pt) !== 0 && l === 0 ? i : null;
      if (s) {
        for (w = 0; w < u; w += 1)
          T[w].nodes?.a?.measure();
        for (w = 0; w < u; w += 1)
          T[w].nodes?.a?.fix();
      }
      pa(t, T, m);
    }
  }
  s && Ut(() => {
    if (E !== void 0)
      for (f of E)
        f.nodes?.a?.apply();
  });
}
function ka(t, e, i, r, n, s, l, c) {
  var o = (l & qt) !== 0 ? (l & Dt) === 0 ? Ft(i, !1, !1) : at(i) : null, d = (l & Ht) !== 0 ? at(n) : null;
  return {
    v: o,
    i: d,
    e: Me(() => (s(e, o ?? i, d ?? n, c), () => {
      t.delete(r);
    }))
  };
}
function Ce(t, e, i) {
  if (t.nodes)
    for (var r = t.nodes.start, n = t.nodes.end, s = e && (e.f & de) === 0 ? (
      /** @type {EffectNodes} */
      e.nodes.start
    ) : i; r !== null; ) {
      var l = (
        /** @type {TemplateNode} */
        Vt(r)
      );
      if (s.before(r), r === n)
        return;
      r = l;
    }
}
function _e(t, e, i) {
  e === null ? t.effect.first = i : e.next = i, i === null ? t.effect.last = e : i.prev = e;
}
function Se(t, e, i = !1, r = !1, n = !1, s = !1) {
  var l = t, c = "";
  if (i)
    var o = (
      /** @type {Element} */
      t
    );
  N(() => {
    var d = (
      /** @type {Effect} */
      Je
    );
    if (c !== (c = e() ?? "")) {
      if (i) {
        d.nodes = null, o.innerHTML = /** @type {string} */
        c, c !== "" && me(
          /** @type {TemplateNode} */
          ce(o),
          /** @type {TemplateNode} */
          o.lastChild
        );
        return;
      }
      if (d.nodes !== null && (Kt(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), c !== "") {
        var v = r ? Yt : n ? jt : void 0, E = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          vt(r ? "svg" : n ? "math" : "template", v)
        );
        E.innerHTML = /** @type {any} */
        c;
        var k = r || n ? E : (
          /** @type {HTMLTemplateElement} */
          E.content
        );
        if (me(
          /** @type {TemplateNode} */
          ce(k),
          /** @type {TemplateNode} */
          k.lastChild
        ), r || n)
          for (; ce(k); )
            l.before(
              /** @type {TemplateNode} */
              ce(k)
            );
        else
          l.before(k);
      }
    }
  });
}
function ya(t, e, i) {
  bt(() => {
    var r = Ee(() => e(t, i?.()) || {});
    if (i && r?.update) {
      var n = !1, s = (
        /** @type {any} */
        {}
      );
      Ze(() => {
        var l = i();
        Jt(l), n && Xt(s, l) && (s = l, r.update(l));
      }), n = !0;
    }
    if (r?.destroy)
      return () => (
        /** @type {Function} */
        r.destroy()
      );
  });
}
const st = [...` 	
\r\f \v\uFEFF`];
function wa(t, e, i) {
  var r = t == null ? "" : "" + t;
  if (e && (r = r ? r + " " + e : e), i) {
    for (var n of Object.keys(i))
      if (i[n])
        r = r ? r + " " + n : n;
      else if (r.length)
        for (var s = n.length, l = 0; (l = r.indexOf(n, l)) >= 0; ) {
          var c = l + s;
          (l === 0 || st.includes(r[l - 1])) && (c === r.length || st.includes(r[c])) ? r = (l === 0 ? "" : r.substring(0, l)) + r.substring(c + 1) : l = c;
        }
  }
  return r === "" ? null : r;
}
function Le(t, e, i, r, n, s) {
  var l = (
    /** @type {any} */
    t[rt]
  );
  if (l !== i || l === void 0) {
    var c = wa(i, r, s);
    c == null ? t.removeAttribute("class") : t.className = c, t[rt] = i;
  } else if (s && n !== s)
    for (var o in s) {
      var d = !!s[o];
      (n == null || d !== !!n[o]) && t.classList.toggle(o, d);
    }
  return s;
}
const xa = /* @__PURE__ */ Symbol("is custom element"), Sa = /* @__PURE__ */ Symbol("is html"), Ea = ta ? "progress" : "PROGRESS";
function ot(t, e) {
  var i = wt(t);
  i.value === (i.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== Ea) || (t.value = e ?? "");
}
function z(t, e, i, r) {
  var n = wt(t), s = n[e];
  s !== (n[e] = i) && (e === "loading" && (t[Qt] = i), i == null ? t.removeAttribute(e) : typeof i != "string" && Ta(t).has(e) ? t[e] = i : t.setAttribute(e, i));
}
function wt(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Zt] ??= {
      [xa]: t.nodeName.includes("-"),
      [Sa]: t.namespaceURI === $t
    }
  );
}
var lt = /* @__PURE__ */ new Map();
function Ta(t) {
  var e = t.getAttribute("is") || t.nodeName, i = lt.get(e);
  if (i) return i;
  lt.set(e, i = /* @__PURE__ */ new Set());
  for (var r, n = t, s = Element.prototype; s !== n; ) {
    r = ea(n);
    for (var l in r)
      r[l].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      l !== "innerHTML" && l !== "textContent" && l !== "innerText" && i.add(l);
    n = ut(n);
  }
  return i;
}
function Aa(t, e, i = e) {
  var r = /* @__PURE__ */ new WeakSet();
  aa(t, "input", async (n) => {
    var s = n ? t.defaultValue : t.value;
    if (s = Pe(t) ? Ue(s) : s, i(s), ge !== null && r.add(ge), await kt(), s !== (s = e())) {
      var l = t.selectionStart, c = t.selectionEnd, o = t.value.length;
      if (t.value = s ?? "", c !== null) {
        var d = t.value.length;
        l === c && c === o && d > o ? (t.selectionStart = d, t.selectionEnd = d) : (t.selectionStart = l, t.selectionEnd = Math.min(c, d));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  Ee(e) == null && t.value && (i(Pe(t) ? Ue(t.value) : t.value), ge !== null && r.add(ge)), Ze(() => {
    var n = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        ge
      );
      if (r.has(s))
        return;
    }
    Pe(t) && n === Ue(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function Pe(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Ue(t) {
  return t === "" ? null : +t;
}
function Ve(t, e) {
  return t === e || t?.[sa] === e;
}
function Ye(t = ia(), e, i, r) {
  var n = (
    /** @type {ComponentContext} */
    ra.r
  ), s = (
    /** @type {Effect} */
    Je
  );
  return bt(() => {
    var l, c;
    return Ze(() => {
      l = c, c = [], Ee(() => {
        Ve(i(...c), t) || (e(t, ...c), l && Ve(i(...l), t) && e(null, ...l));
      });
    }), () => {
      let o = s;
      for (; o !== n && o.parent !== null && o.parent.f & na; )
        o = o.parent;
      const d = () => {
        c && Ve(i(...c), t) && e(null, ...c);
      }, v = o.teardown;
      o.teardown = () => {
        d(), v?.();
      };
    };
  }), t;
}
function Ca(t, e, i) {
  if (t == null)
    return e(void 0), oa;
  const r = Ee(
    () => t.subscribe(
      e,
      // @ts-expect-error
      i
    )
  );
  return r.unsubscribe ? () => r.unsubscribe() : r;
}
function Ma(t) {
  let e;
  return Ca(t, (i) => e = i)(), e;
}
const La = {
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
function Ra(t, e, i) {
  return new Proxy({ props: t, exclude: e }, La);
}
const Ia = [
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
], ct = {
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
Ia.reduce((t, { color: e, primary: i, secondary: r }) => ({
  ...t,
  [e]: {
    primary: ct[e][i],
    secondary: ct[e][r]
  }
}), {});
function Na(t) {
  let e;
  const i = ca((n) => {
    let s = !1;
    const l = t.subscribe((c) => {
      e = c, s && n();
    });
    return s = !0, l;
  });
  function r() {
    return la() ? (i(), e) : Ma(t);
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
const Oa = "__i18n__", za = [
  "label",
  "info",
  "placeholder",
  "description",
  "title",
  "value"
], Ha = [
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
function qa(t) {
  return typeof t == "string" && t.includes(Oa);
}
class Da {
  load_component;
  #t = ae(it({}));
  get shared() {
    return a(this.#t);
  }
  set shared(e) {
    Q(this.#t, e, !0);
  }
  #a = ae(it({}));
  get props() {
    return a(this.#a);
  }
  set props(e) {
    Q(this.#a, e, !0);
  }
  #e = ae((e) => e);
  get i18n() {
    return a(this.#e);
  }
  set i18n(e) {
    Q(this.#e, e, !0);
  }
  i18n_store;
  _i18n_from_store;
  translatable_props = {};
  dispatcher;
  last_update = null;
  shared_props = Ha;
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
    this.i18n = this.props.i18n ?? ((r) => r), this.i18n_store = e.props.i18n_store, this._i18n_from_store = this.i18n_store ? Na(this.i18n_store) : void 0;
    for (const r of za)
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
    ), this.registered_id = this.shared.id, this.last_shared_props = e.shared_props, this.last_props = e.props, ve(() => {
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
      ), this.registered_id = r, Ee(() => {
        this.shared.id = r;
      });
    }), ve(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), ve(() => this.i18n_store ? this.i18n_store.subscribe(() => {
      for (const [n, s] of Object.entries(this.translatable_props)) {
        const [l, c] = n.split("."), o = this.i18n(s);
        l === "shared" ? this.shared[c] = o : this.props[c] = o;
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
    return ua(this.props);
  }
  update(e) {
    this.set_data(e);
  }
  set_data(e) {
    for (const i in e) {
      const r = e[i], n = qa(r) ? this._translate_and_store(this.shared_props.includes(i) ? "shared" : "props", i, r) : r;
      if (this.shared_props.includes(i)) {
        const s = i;
        this.shared[s] = n;
        continue;
      }
      this.props[i] = n;
    }
  }
  watch_for_change() {
    ve(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var Fa = /* @__PURE__ */ A('<span class="kimi-versions" role="group"><button type="button" class="kimi-icon">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon">›</button></span>');
function xt(t, e) {
  ke(e, !0);
  const i = Te("say");
  let r = fe(() => e.message.versions ? e.message.versions[0] : 1), n = fe(() => e.message.versions ? e.message.versions[1] : 1);
  var s = qe(), l = ue(s);
  {
    var c = (o) => {
      var d = Fa(), v = R(d), E = S(v, 2), k = O(E), _ = S(E, 2);
      N(
        (I, P, f) => {
          z(d, "aria-label", I), z(v, "aria-label", P), v.disabled = a(r) <= 1, L(k, `${a(r) ?? ""}/${a(n) ?? ""}`), z(_, "aria-label", f), _.disabled = a(r) >= a(n);
        },
        [
          () => i("versions"),
          () => i("previous"),
          () => i("next")
        ]
      ), $("click", v, () => e.act("version", { id: e.message.id, step: -1 })), $("click", _, () => e.act("version", { id: e.message.id, step: 1 })), h(o, d);
    };
    W(l, (o) => {
      a(n) > 1 && o(c);
    });
  }
  h(t, s), ye();
}
Re(["click"]);
var Ba = /* @__PURE__ */ Ie('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Ga = /* @__PURE__ */ Ie('<path d="M5 12l5 5L20 7"></path>'), Pa = /* @__PURE__ */ Ie('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ua = /* @__PURE__ */ Ie('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Va = /* @__PURE__ */ Ie('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function $e(t, e) {
  var i = Va(), r = R(i);
  {
    var n = (o) => {
      var d = Ba();
      h(o, d);
    }, s = (o) => {
      var d = Ga();
      h(o, d);
    }, l = (o) => {
      var d = Pa();
      h(o, d);
    }, c = (o) => {
      var d = Ua();
      h(o, d);
    };
    W(r, (o) => {
      e.name === "copy" ? o(n) : e.name === "done" ? o(s, 1) : e.name === "edit" ? o(l, 2) : e.name === "retry" && o(c, 3);
    });
  }
  h(t, i);
}
var Wa = /* @__PURE__ */ A('<span class="kimi-copy"><button type="button" class="kimi-icon"><!></button> <span role="status" aria-live="polite"> </span></span>');
function St(t, e) {
  ke(e, !0);
  const i = Te("say");
  var r = Wa(), n = R(r), s = R(n);
  {
    let d = fe(() => e.copied ? "done" : "copy");
    $e(s, {
      get name() {
        return a(d);
      }
    });
  }
  var l = S(n, 2);
  let c;
  var o = O(l, !0);
  N(
    (d, v, E) => {
      z(n, "aria-label", d), z(n, "title", v), c = Le(l, 1, "kimi-copied", null, c, { shown: e.copied }), L(o, E);
    },
    [
      () => e.copied ? i("copied") : e.label,
      () => i("copy"),
      () => e.copied ? i("copied") : ""
    ]
  ), $("click", n, function(...d) {
    e.onclick?.apply(this, d);
  }), h(t, r), ye();
}
Re(["click"]);
const ft = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Ka(t, e) {
  const i = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!i.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const r = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of i) {
    const s = n.textContent || "", l = ["$$", "\\[", "\\(", "$"].find((o) => s.startsWith(o) && s.endsWith(ft[o]));
    if (!l) continue;
    const c = s.slice(l.length, s.length - ft[l].length);
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
async function et(t) {
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
function je(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function Ya(t, e) {
  return t.map(
    (i) => i.role === "user" ? `**${e("you")}:**

${i.source || ""}` : `**${e("kimi")}:**

${je(i)}`
  ).join(`

---

`);
}
function ja(t) {
  const e = t || {}, i = e.lang || "en";
  return (r, n = {}) => {
    const s = n.count;
    return ((typeof s == "number" ? e[`${r}.${s === 1 ? "one" : "other"}`] : void 0) ?? e[r] ?? r).replace(/\{(\w+)\}/g, (o, d) => {
      const v = n[d];
      return v == null ? o : typeof v == "number" ? v.toLocaleString(i) : String(v);
    });
  };
}
function We(t, e, i) {
  return t.toLocaleString(i, { minimumFractionDigits: e, maximumFractionDigits: e });
}
function Ja(t, e = "en") {
  return t == null ? "" : t < 1 ? `${We(t, 2, e)} ms` : t < 1e3 ? `${t < 10 ? We(t, 1, e) : Math.round(t)} ms` : `${We(t / 1e3, t < 1e4 ? 1 : 0, e)} s`;
}
function Et(t) {
  return t ? t < 60 ? `${Math.max(1, Math.round(t))} s` : `${Math.floor(t / 60)} min ${Math.round(t % 60)} s` : "";
}
var Xa = /* @__PURE__ */ A('<span class="kimi-tool-args"> </span>'), Qa = /* @__PURE__ */ A('<span class="kimi-tool-status"> </span>'), Za = /* @__PURE__ */ A('<span class="kimi-tool-ms"> </span>'), $a = /* @__PURE__ */ A('<div class="kimi-tool-more"> </div>'), er = /* @__PURE__ */ A('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), tr = /* @__PURE__ */ A('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!></div></details>');
function Tt(t, e) {
  ke(e, !0);
  const i = Te("say"), r = ["pending", "running", "error", "timeout", "cancelled"], n = (u) => r.includes(u) ? i("tool_" + u) : "";
  var s = tr(), l = R(s), c = R(l), o = O(c), d = S(c, 2);
  {
    var v = (u) => {
      var m = Xa(), g = O(m, !0);
      N(() => L(g, e.part.brief)), h(u, m);
    };
    W(d, (u) => {
      e.part.brief && u(v);
    });
  }
  var E = S(d, 2);
  {
    var k = (u) => {
      var m = Qa(), g = O(m, !0);
      N((y) => L(g, y), [() => n(e.part.status)]), h(u, m);
    }, _ = fe(() => n(e.part.status));
    W(E, (u) => {
      a(_) && u(k);
    });
  }
  var I = S(E, 2);
  {
    var P = (u) => {
      var m = Za(), g = O(m, !0);
      N((y) => L(g, y), [() => Ja(e.part.ms, i("lang"))]), h(u, m);
    };
    W(I, (u) => {
      e.part.ms !== null && e.part.ms !== void 0 && u(P);
    });
  }
  var f = S(l, 2), w = R(f), K = O(w, !0), j = S(w, 2), B = R(j), Y = O(B, !0), x = S(j, 2);
  {
    var T = (u) => {
      var m = er(), g = ue(m), y = O(g, !0), p = S(g, 2), G = R(p), H = O(G, !0), M = S(p, 2);
      {
        var C = (q) => {
          var J = $a(), D = O(J, !0);
          N((U) => L(D, U), [() => i("more", { count: e.part.more })]), h(q, J);
        };
        W(M, (q) => {
          e.part.more && q(C);
        });
      }
      N(
        (q) => {
          L(y, q), L(H, e.part.result);
        },
        [() => e.part.cut ? i("result_cut") : i("result")]
      ), h(u, m);
    };
    W(x, (u) => {
      e.part.result !== null && e.part.result !== void 0 && u(T);
    });
  }
  N(
    (u) => {
      z(s, "data-status", e.part.status), L(o, `🛠 ${e.part.name ?? ""}`), L(K, u), L(Y, e.part.args || "{}");
    },
    [() => i("arguments")]
  ), h(t, s), ye();
}
var ar = /* @__PURE__ */ A('<span class="kimi-spinner" aria-hidden="true"></span>'), rr = /* @__PURE__ */ A('<span class="kimi-lane-figures"> </span>'), ir = /* @__PURE__ */ A('<span class="kimi-lane-preview"> </span>'), nr = /* @__PURE__ */ A('<details class="kimi-reasoning"><summary> </summary> <div class="kimi-reasoning-body"></div></details>'), sr = /* @__PURE__ */ A('<div class="kimi-text"></div>'), or = /* @__PURE__ */ A('<div class="kimi-notice kimi-notice-error" role="alert"><span aria-hidden="true">⚠️</span> <div></div></div>'), lr = /* @__PURE__ */ A('<li class="kimi-lane"><details><summary><span class="kimi-lane-title"> </span> <span class="kimi-lane-status"><!> </span> <!> <!></summary> <div class="kimi-lane-body"><details class="kimi-lane-task"><summary> </summary> <div class="kimi-lane-task-text"> </div></details> <!> <!> <!> <!></div></details></li>'), cr = /* @__PURE__ */ A('<section class="kimi-swarm"><div class="kimi-swarm-summary"> </div> <ol class="kimi-lanes"></ol></section>');
function fr(t, e) {
  ke(e, !0);
  const i = Te("say");
  var r = cr(), n = R(r), s = O(n, !0), l = S(n, 2);
  be(l, 21, () => e.part.lanes || [], (c) => c.id, (c, o) => {
    var d = lr(), v = R(d), E = R(v), k = R(E), _ = O(k, !0), I = S(k, 2), P = R(I);
    {
      var f = (D) => {
        var U = ar();
        h(D, U);
      };
      W(P, (D) => {
        a(o).status === "running" && D(f);
      });
    }
    var w = S(P, 1, !0), K = S(I, 2);
    {
      var j = (D) => {
        var U = rr(), X = O(U, !0);
        N(() => L(X, a(o).figures)), h(D, U);
      };
      W(K, (D) => {
        a(o).figures && D(j);
      });
    }
    var B = S(K, 2);
    {
      var Y = (D) => {
        var U = ir(), X = O(U, !0);
        N(() => L(X, a(o).preview)), h(D, U);
      };
      W(B, (D) => {
        a(o).preview && D(Y);
      });
    }
    var x = S(E, 2), T = R(x), u = R(T), m = O(u, !0), g = S(u, 2), y = O(g, !0), p = S(T, 2);
    {
      var G = (D) => {
        var U = nr(), X = R(U), ne = O(X, !0), ee = S(X, 2);
        Se(ee, () => a(o).reasoning, !0), N((we) => L(ne, we), [
          () => a(o).seconds ? i("thought_for", { time: Et(a(o).seconds) }) : i("thought")
        ]), h(D, U);
      };
      W(p, (D) => {
        a(o).reasoning && D(G);
      });
    }
    var H = S(p, 2);
    be(H, 17, () => a(o).tools || [], He, (D, U) => {
      Tt(D, {
        get part() {
          return a(U);
        }
      });
    });
    var M = S(H, 2);
    {
      var C = (D) => {
        var U = sr();
        Se(U, () => a(o).html, !0), h(D, U);
      };
      W(M, (D) => {
        a(o).html && D(C);
      });
    }
    var q = S(M, 2);
    {
      var J = (D) => {
        var U = or(), X = S(R(U), 2);
        Se(X, () => a(o).error, !0), h(D, U);
      };
      W(q, (D) => {
        a(o).error && D(J);
      });
    }
    N(() => {
      z(d, "data-status", a(o).status), z(d, "data-agent", a(o).id), L(_, a(o).title), L(w, a(o).status_label), L(m, e.part.task_label), L(y, a(o).task);
    }), h(c, d);
  }), N(() => {
    z(r, "aria-label", e.part.label), L(s, e.part.summary);
  }), h(t, r), ye();
}
var dr = /* @__PURE__ */ A('<span class="kimi-spinner" aria-hidden="true"></span> ', 1), ur = /* @__PURE__ */ A('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), vr = /* @__PURE__ */ A('<div class="kimi-text"></div>'), _r = /* @__PURE__ */ A('<span class="kimi-source-host"> </span>'), mr = /* @__PURE__ */ A('<li><a target="_blank" rel="noopener noreferrer nofollow"> </a> <!></li>'), hr = /* @__PURE__ */ A('<nav class="kimi-sources"><span class="kimi-sources-title"> </span> <ol></ol></nav>'), gr = /* @__PURE__ */ A('<div><span aria-hidden="true"> </span> <div></div></div>'), pr = /* @__PURE__ */ A('<div class="kimi-waiting-detail"> </div>'), br = /* @__PURE__ */ A('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), kr = /* @__PURE__ */ A('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), yr = /* @__PURE__ */ A('<span class="kimi-stats"> </span>'), wr = /* @__PURE__ */ A('<span class="kimi-context"><meter min="0" optimum="0"></meter> <span aria-hidden="true"> </span></span>'), xr = /* @__PURE__ */ A('<button type="button" class="kimi-icon"><!></button>'), Sr = /* @__PURE__ */ A('<button type="button" class="kimi-button kimi-continue"> </button>'), Er = /* @__PURE__ */ A('<div class="kimi-footer"><!> <!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), Tr = /* @__PURE__ */ A("<article><!> <!></article>");
function Ar(t, e) {
  ke(e, !0);
  var i = this && this.__awaiter || function(k, _, I, P) {
    function f(w) {
      return w instanceof I ? w : new I(function(K) {
        K(w);
      });
    }
    return new (I || (I = Promise))(function(w, K) {
      function j(x) {
        try {
          Y(P.next(x));
        } catch (T) {
          K(T);
        }
      }
      function B(x) {
        try {
          Y(P.throw(x));
        } catch (T) {
          K(T);
        }
      }
      function Y(x) {
        x.done ? w(x.value) : f(x.value).then(j, B);
      }
      Y((P = P.apply(k, _ || [])).next());
    });
  };
  let r = ae(!1);
  const n = Te("say");
  function s(k, _) {
    k.open = !!_;
    let I = !!_;
    return {
      update(P) {
        !!P !== I && (k.open = I = !!P);
      }
    };
  }
  function l() {
    return i(this, void 0, void 0, function* () {
      Q(r, yield et(je(e.message)), !0), setTimeout(() => Q(r, !1), 1500);
    });
  }
  var c = Tr();
  let o;
  var d = R(c);
  be(d, 17, () => e.message.parts || [], He, (k, _) => {
    var I = qe(), P = ue(I);
    {
      var f = (u) => {
        var m = ur(), g = R(m), y = R(g);
        {
          var p = (M) => {
            var C = dr(), q = S(ue(C), 1, !0);
            N((J) => L(q, J), [() => n("thinking")]), h(M, C);
          }, G = (M) => {
            var C = ha();
            N((q) => L(C, q), [
              () => a(_).seconds ? n("thought_for", { time: Et(a(_).seconds) }) : n("thought")
            ]), h(M, C);
          };
          W(y, (M) => {
            a(_).live ? M(p) : M(G, -1);
          });
        }
        var H = S(g, 2);
        Se(H, () => a(_).html, !0), ya(m, (M, C) => s?.(M, C), () => a(_).live), h(u, m);
      }, w = (u) => {
        Tt(u, {
          get part() {
            return a(_);
          }
        });
      }, K = (u) => {
        fr(u, {
          get part() {
            return a(_);
          }
        });
      }, j = (u) => {
        var m = vr();
        Se(m, () => a(_).html, !0), h(u, m);
      }, B = (u) => {
        var m = hr(), g = R(m), y = O(g, !0), p = S(g, 2);
        be(p, 21, () => a(_).items || [], (G) => G.n, (G, H) => {
          var M = mr(), C = R(M), q = O(C, !0), J = S(C, 2);
          {
            var D = (U) => {
              var X = _r(), ne = O(X, !0);
              N(() => L(ne, a(H).host)), h(U, X);
            };
            W(J, (U) => {
              a(H).host !== a(H).title && U(D);
            });
          }
          N(() => {
            z(C, "href", a(H).url), L(q, a(H).title);
          }), h(G, M);
        }), N(() => {
          z(m, "aria-label", a(_).title), L(y, a(_).title);
        }), h(u, m);
      }, Y = (u) => {
        var m = gr(), g = R(m), y = O(g, !0), p = S(g, 2);
        Se(p, () => a(_).html, !0), N(() => {
          Le(m, 1, `kimi-notice kimi-notice-${a(_).kind ?? ""}`), z(m, "role", a(_).kind === "error" ? "alert" : null), L(y, a(_).kind === "error" ? "⚠️" : "ℹ️");
        }), h(u, m);
      }, x = (u) => {
        var m = br(), g = S(R(m), 2), y = O(g, !0), p = S(g, 2);
        {
          var G = (H) => {
            var M = pr(), C = O(M, !0);
            N(() => L(C, a(_).detail)), h(H, M);
          };
          W(p, (H) => {
            a(_).detail && H(G);
          });
        }
        N(() => L(y, a(_).title)), h(u, m);
      }, T = (u) => {
        var m = kr(), g = R(m), y = O(g, !0), p = S(g, 2), G = S(p, 2), H = O(G);
        N(() => {
          L(y, a(_).title), z(p, "max", a(_).total || 1), ot(p, a(_).done || 0), z(p, "aria-label", a(_).title), L(H, `${a(_).done ?? ""}/${a(_).total ?? ""}`);
        }), h(u, m);
      };
      W(P, (u) => {
        a(_).type === "reasoning" ? u(f) : a(_).type === "tool" ? u(w, 1) : a(_).type === "swarm" ? u(K, 2) : a(_).type === "text" ? u(j, 3) : a(_).type === "sources" ? u(B, 4) : a(_).type === "notice" ? u(Y, 5) : a(_).type === "waiting" ? u(x, 6) : a(_).type === "progress" && u(T, 7);
      });
    }
    h(k, I);
  });
  var v = S(d, 2);
  {
    var E = (k) => {
      var _ = Er(), I = R(_);
      {
        var P = (y) => {
          var p = yr(), G = O(p, !0);
          N(() => L(G, e.message.stats)), h(y, p);
        };
        W(I, (y) => {
          e.message.stats && y(P);
        });
      }
      var f = S(I, 2);
      {
        var w = (y) => {
          var p = wr(), G = R(p), H = S(G, 2), M = O(H, !0);
          N(() => {
            z(p, "title", e.message.context.label), z(G, "max", e.message.context.window), ot(G, e.message.context.used), z(G, "low", e.message.context.window * 0.7), z(G, "high", e.message.context.window * 0.9), z(G, "aria-label", e.message.context.label), L(M, e.message.context.short);
          }), h(y, p);
        };
        W(f, (y) => {
          e.message.context && y(w);
        });
      }
      var K = S(f, 2), j = R(K);
      {
        var B = (y) => {
          {
            let p = fe(() => n("copy_answer"));
            St(y, {
              get label() {
                return a(p);
              },
              get copied() {
                return a(r);
              },
              onclick: l
            });
          }
        }, Y = fe(() => je(e.message));
        W(j, (y) => {
          a(Y) && y(B);
        });
      }
      var x = S(j, 2);
      {
        var T = (y) => {
          var p = xr(), G = R(p);
          $e(G, { name: "retry" }), N(
            (H, M) => {
              z(p, "aria-label", H), z(p, "title", M);
            },
            [() => n("retry"), () => n("retry")]
          ), $("click", p, () => e.act("retry", { id: e.message.id })), h(y, p);
        };
        W(x, (y) => {
          e.message.can_retry && e.message.id && y(T);
        });
      }
      var u = S(x, 2);
      xt(u, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var m = S(u, 2);
      {
        var g = (y) => {
          var p = Sr(), G = O(p, !0);
          N((H) => L(G, H), [() => n("continue")]), $("click", p, () => e.act("resume", { id: e.message.id })), h(y, p);
        };
        W(m, (y) => {
          e.message.can_continue && y(g);
        });
      }
      h(k, _);
    };
    W(v, (k) => {
      e.message.live || k(E);
    });
  }
  N(
    (k) => {
      o = Le(c, 1, "kimi-msg kimi-answer", null, o, { "kimi-live": e.message.live }), z(c, "data-id", e.message.id), z(c, "aria-label", k);
    },
    [() => n("answer")]
  ), h(t, c), ye();
}
Re(["click"]);
var Cr = /* @__PURE__ */ A("<figcaption> </figcaption>"), Mr = /* @__PURE__ */ A('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), Lr = /* @__PURE__ */ A('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), Rr = /* @__PURE__ */ A('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), Ir = /* @__PURE__ */ A('<div class="kimi-doc"> </div>'), Nr = /* @__PURE__ */ A('<div class="kimi-files"></div>'), Or = /* @__PURE__ */ A('<textarea class="kimi-edit-box" rows="4"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button"> </button> <button type="button" class="kimi-button kimi-primary"> </button></div>', 1), zr = /* @__PURE__ */ A('<div class="kimi-user-text"> </div>'), Hr = /* @__PURE__ */ A('<button type="button" class="kimi-icon"><!></button>'), qr = /* @__PURE__ */ A("<!> <!>", 1), Dr = /* @__PURE__ */ A('<div class="kimi-msg-tools"><!> <!></div>'), Fr = /* @__PURE__ */ A('<article class="kimi-msg kimi-user"><div><!> <!></div> <!></article>');
function Br(t, e) {
  ke(e, !0);
  var i = this && this.__awaiter || function(x, T, u, m) {
    function g(y) {
      return y instanceof u ? y : new u(function(p) {
        p(y);
      });
    }
    return new (u || (u = Promise))(function(y, p) {
      function G(C) {
        try {
          M(m.next(C));
        } catch (q) {
          p(q);
        }
      }
      function H(C) {
        try {
          M(m.throw(C));
        } catch (q) {
          p(q);
        }
      }
      function M(C) {
        C.done ? y(C.value) : g(C.value).then(G, H);
      }
      M((m = m.apply(x, T || [])).next());
    });
  };
  const r = Te("say");
  let n = ae(!1), s = ae(""), l = ae(!1), c = ae(void 0);
  function o() {
    return i(this, void 0, void 0, function* () {
      Q(s, e.message.source || "", !0), Q(n, !0), yield kt(), a(c) === null || a(c) === void 0 || a(c).focus();
    });
  }
  function d() {
    a(s).trim() && (Q(n, !1), e.act("edit", { id: e.message.id, text: a(s) }));
  }
  function v(x) {
    x.key === "Escape" ? (x.preventDefault(), x.stopPropagation(), Q(n, !1)) : x.key === "Enter" && !x.shiftKey && !x.isComposing && (x.preventDefault(), d());
  }
  function E() {
    return i(this, void 0, void 0, function* () {
      Q(l, yield et(e.message.source || ""), !0), setTimeout(() => Q(l, !1), 1500);
    });
  }
  var k = Fr(), _ = R(k);
  let I;
  var P = R(_);
  {
    var f = (x) => {
      var T = Nr();
      be(T, 21, () => e.message.files, He, (u, m) => {
        var g = qe(), y = ue(g);
        {
          var p = (M) => {
            var C = Mr(), q = R(C), J = O(q), D = S(q, 2);
            {
              var U = (X) => {
                var ne = Cr(), ee = O(ne, !0);
                N(() => L(ee, a(m).note)), h(X, ne);
              };
              W(D, (X) => {
                a(m).note && X(U);
              });
            }
            N(
              (X) => {
                z(q, "aria-label", X), z(J, "src", a(m).url), z(J, "alt", a(m).name);
              },
              [() => r("enlarge", { name: a(m).name })]
            ), $("click", q, () => e.open_image(a(m))), h(M, C);
          }, G = (M) => {
            var C = Rr(), q = R(C), J = O(q), D = S(q, 2);
            be(D, 21, () => a(m).frames || [], He, (U, X) => {
              var ne = Lr(), ee = R(ne), we = O(ee), De = S(ee, 2), b = O(De, !0);
              N(
                (F, V) => {
                  z(ee, "aria-label", F), z(we, "src", a(X).url), z(we, "alt", V), L(b, a(X).at);
                },
                [
                  () => r("enlarge_frame", { at: a(X).at }),
                  () => r("frame_at", { name: a(m).name, at: a(X).at })
                ]
              ), $("click", ee, () => e.open_image({
                url: a(X).url,
                name: r("frame_at", { name: a(m).name, at: a(X).at })
              })), h(U, ne);
            }), N(
              (U) => {
                L(J, `🎞 ${a(m).name ?? ""}`), z(D, "aria-label", U);
              },
              [() => r("frames", { name: a(m).name })]
            ), h(M, C);
          }, H = (M) => {
            var C = Ir(), q = O(C);
            N(() => L(q, `📄 ${a(m).name ?? ""}${a(m).note ? " · " + a(m).note : ""}`)), h(M, C);
          };
          W(y, (M) => {
            a(m).kind === "image" ? M(p) : a(m).kind === "video" ? M(G, 1) : M(H, -1);
          });
        }
        h(u, g);
      }), h(x, T);
    };
    W(P, (x) => {
      e.message.files && e.message.files.length && x(f);
    });
  }
  var w = S(P, 2);
  {
    var K = (x) => {
      var T = Or(), u = ue(T);
      Ye(u, (H) => Q(c, H), () => a(c));
      var m = S(u, 2), g = R(m), y = O(g, !0), p = S(g, 2), G = O(p, !0);
      N(
        (H, M, C, q) => {
          z(u, "aria-label", H), L(y, M), p.disabled = C, L(G, q);
        },
        [
          () => r("edit_box"),
          () => r("cancel"),
          () => !a(s).trim(),
          () => r("send")
        ]
      ), $("keydown", u, v), Aa(u, () => a(s), (H) => Q(s, H)), $("click", g, () => Q(n, !1)), $("click", p, d), h(x, T);
    }, j = (x) => {
      var T = zr(), u = O(T, !0);
      N(() => L(u, e.message.source)), h(x, T);
    };
    W(w, (x) => {
      a(n) ? x(K) : e.message.source && x(j, 1);
    });
  }
  var B = S(_, 2);
  {
    var Y = (x) => {
      var T = Dr(), u = R(T);
      {
        var m = (y) => {
          var p = qr(), G = ue(p);
          {
            let C = fe(() => r("copy_message"));
            St(G, {
              get label() {
                return a(C);
              },
              get copied() {
                return a(l);
              },
              onclick: E
            });
          }
          var H = S(G, 2);
          {
            var M = (C) => {
              var q = Hr(), J = R(q);
              $e(J, { name: "edit" }), N(
                (D, U) => {
                  z(q, "aria-label", D), z(q, "title", U);
                },
                [() => r("edit_message"), () => r("edit")]
              ), $("click", q, o), h(C, q);
            };
            W(H, (C) => {
              e.message.id && C(M);
            });
          }
          h(y, p);
        };
        W(u, (y) => {
          e.message.source && y(m);
        });
      }
      var g = S(u, 2);
      xt(g, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), h(x, T);
    };
    W(B, (x) => {
      a(n) || x(Y);
    });
  }
  N(
    (x) => {
      z(k, "data-id", e.message.id), z(k, "aria-label", x), I = Le(_, 1, "kimi-bubble", null, I, { "kimi-editing": a(n) });
    },
    [() => r("question")]
  ), h(t, k), ye();
}
Re(["click", "keydown"]);
const Gr = (t) => requestAnimationFrame(() => setTimeout(t, 0)), Pr = (t) => !t.live || (t.parts || []).some((e) => e.type !== "waiting" && e.type !== "progress");
function Ur(t, e, i) {
  const r = window.kimiSide || {}, n = r[e];
  delete r[e];
  const s = n ? n.control : new AbortController();
  let l = n && n.painted;
  const c = () => {
    l && Gr(l), l = void 0;
  }, o = encodeURIComponent(document.documentElement.lang || "en"), d = t.replace(/\/$/, "") + "/live/" + encodeURIComponent(e) + "?lang=" + o;
  return (async () => {
    try {
      const v = await (n ? n.response : fetch(d, { signal: s.signal, credentials: "same-origin", cache: "no-store" }));
      if (!v.ok || !v.body) return c();
      const E = v.body.pipeThrough(new TextDecoderStream()).getReader();
      let k = "";
      for (; ; ) {
        const { done: _, value: I } = await E.read();
        if (_) return c();
        k += I;
        const P = k.lastIndexOf(`
`);
        if (P < 0) continue;
        const f = k.slice(0, P);
        k = k.slice(P + 1);
        const w = JSON.parse(f.slice(f.lastIndexOf(`
`) + 1));
        i(w), Pr(w) && c();
      }
    } catch {
      c();
    }
  })(), () => s.abort();
}
var Vr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), Wr = /* @__PURE__ */ A('<p class="kimi-empty svelte-49zqag"> </p>'), Kr = /* @__PURE__ */ A('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), Yr = /* @__PURE__ */ A('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), jr = /* @__PURE__ */ A('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag"> </button>', 1), Jr = /* @__PURE__ */ A('<div><div class="kimi-scroll svelte-49zqag" role="log" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function Qr(t, e) {
  ke(e, !0);
  var i = this && this.__awaiter || function(b, F, V, Z) {
    function se(te) {
      return te instanceof V ? te : new V(function(oe) {
        oe(te);
      });
    }
    return new (V || (V = Promise))(function(te, oe) {
      function Fe(ie) {
        try {
          re(Z.next(ie));
        } catch (he) {
          oe(he);
        }
      }
      function le(ie) {
        try {
          re(Z.throw(ie));
        } catch (he) {
          oe(he);
        }
      }
      function re(ie) {
        ie.done ? te(ie.value) : se(ie.value).then(Fe, le);
      }
      re((Z = Z.apply(b, F || [])).next());
    });
  };
  let r = /* @__PURE__ */ Ra(e, Vr);
  const n = new Da(r);
  let s = fe(() => ja(n.props.words));
  const l = (b, F) => a(s)(b, F);
  fa("say", l);
  let c = -1, o = { messages: [] }, d = ae(null);
  ve(() => {
    const b = (F) => {
      Q(d, { base: Ee(() => n.props.value), value: F.detail }, !0), w = !0;
    };
    return window.addEventListener("kimi-sending", b), () => window.removeEventListener("kimi-sending", b);
  });
  let v = fe(() => {
    const b = n.props.value, F = (a(d) && a(d).base === b ? a(d).value : b) || { messages: [] }, V = typeof F.opening == "number" ? F.opening : null;
    return V !== null && V < c ? o : (V !== null && (c = V), o = F, F);
  }), E = ae(null), k = "", _ = () => {
  };
  ve(() => {
    const b = a(v).live_key;
    !b || b === k || (k = b, w = !0, _(), Q(E, { key: b, opening: a(v).opening, item: null }, !0), _ = Ur(n.shared.root || "", b, (F) => {
      a(E) && a(E).key === b && Q(E, Object.assign(Object.assign({}, a(E)), { item: F }), !0);
    }));
  }), ve(() => {
    if (!a(E)) return;
    const b = a(v).messages || [], F = b[b.length - 1];
    (a(v).opening !== a(E).opening || !F || !F.live && a(v).live_key !== a(E).key) && (_(), Q(
      E,
      null
      // the stored chat has come, or the page opened something else
    ));
  });
  let I = fe(() => {
    const b = a(v).messages || [], F = b[b.length - 1];
    if (!a(E) || !a(E).item || !F || !F.live || a(v).opening !== a(E).opening) return b;
    const V = a(
      E
      // (never twice: a list read while the turn was being saved may hold it)
    ).item.id;
    return [
      ...b.slice(0, -1).filter((Z) => V == null || Z.id !== V),
      a(E).item
    ];
  }), P = fe(() => a(I).some((b) => b.live)), f = ae(void 0), w = !0, K = null, j = null, B = ae(null), Y = ae(void 0), x = ae(!1), T = null;
  function u(b, F) {
    if (b === "version" && a(f)) {
      const V = [...a(f).querySelectorAll(".kimi-msg")], Z = V.findIndex((te) => te.getAttribute("data-id") === String(F.id)), se = Z < 0 ? 0 : V[Z].getBoundingClientRect().top - a(f).getBoundingClientRect().top;
      T = Z < 0 ? null : {
        index: Z,
        id: String(F.id),
        top: se,
        until: performance.now() + 5e3
      };
    }
    n.dispatch(b, F);
  }
  function m() {
    if (!T || !a(f) || performance.now() > T.until) return T = null, !1;
    const b = a(f).querySelectorAll(".kimi-msg")[T.index];
    return !b || b.getAttribute("data-id") === T.id ? !1 : (a(f).scrollTop += b.getBoundingClientRect().top - a(f).getBoundingClientRect().top - T.top, T = null, w = g(), !0);
  }
  function g() {
    return !!a(f) && a(f).scrollHeight - a(f).scrollTop - a(f).clientHeight < 80;
  }
  let y = -1 / 0;
  function p() {
    y = performance.now();
  }
  function G() {
    a(f) && (g() ? w = !0 : performance.now() - y < 1500 && (w = !1));
  }
  let H = 0;
  ve(() => {
    a(
      I
      // what the frame below reads: run again when they change
    ), a(v).focus, a(P), !H && (H = requestAnimationFrame(() => {
      var b;
      if (H = 0, !a(f)) return;
      const F = a(I).length ? String((b = a(I)[0].id) !== null && b !== void 0 ? b : "") + ":" + a(I).length : "", V = a(v).focus || null, Z = a(P), se = a(f).querySelectorAll(".kimi-msg");
      Ka(Z && se.length ? se[se.length - 1] : a(f), n.shared.root || "");
      const te = F.split(":")[0] !== (K || "").split(":")[0];
      if (K = F, !m()) {
        if (V && V !== j) {
          j = V;
          const oe = a(f).querySelector(`[data-id="${CSS.escape(V)}"]`);
          if (oe) {
            oe.scrollIntoView({ block: "center" }), oe.classList.add("kimi-flash"), setTimeout(() => oe.classList.remove("kimi-flash"), 2500), w = !1;
            return;
          }
        }
        V || (j = null), (w || te) && (a(f).scrollTop = a(f).scrollHeight, w = !0);
      }
    }));
  }), ve(() => {
    a(Y) && (a(B) && !a(Y).open && a(Y).showModal(), !a(B) && a(Y).open && a(Y).close());
  });
  function M() {
    return i(this, void 0, void 0, function* () {
      Q(x, yield et(Ya(a(I), l)), !0), setTimeout(() => Q(x, !1), 1500);
    });
  }
  var C = Jr();
  let q;
  var J = R(C), D = R(J), U = R(D);
  {
    var X = (b) => {
      var F = Wr(), V = O(F, !0);
      N(() => L(V, n.props.placeholder || "")), h(b, F);
    }, ne = (b) => {
      var F = Yr(), V = ue(F), Z = R(V);
      {
        var se = (le) => {
          var re = Kr(), ie = O(re, !0);
          N((he) => L(ie, he), [() => l("earlier", { count: a(v).earlier })]), $("click", re, () => u("earlier", {})), h(le, re);
        };
        W(Z, (le) => {
          a(v).earlier && le(se);
        });
      }
      var te = S(Z, 2), oe = O(te, !0), Fe = S(V, 2);
      be(Fe, 19, () => a(I), (le, re) => le.id ?? "at-" + re, (le, re) => {
        var ie = qe(), he = ue(ie);
        {
          var At = (xe) => {
            Br(xe, {
              get message() {
                return a(re);
              },
              act: u,
              open_image: (Mt) => Q(B, Mt, !0)
            });
          }, Ct = (xe) => {
            Ar(xe, {
              get message() {
                return a(re);
              },
              act: u
            });
          };
          W(he, (xe) => {
            a(re).role === "user" ? xe(At) : xe(Ct, -1);
          });
        }
        h(le, ie);
      }), N((le) => L(oe, le), [() => a(x) ? l("copied") : l("copy_all")]), $("click", te, M), h(b, F);
    };
    W(U, (b) => {
      a(I).length === 0 ? b(X) : b(ne, -1);
    });
  }
  Ye(J, (b) => Q(f, b), () => a(f));
  var ee = S(J, 2), we = R(ee);
  {
    var De = (b) => {
      var F = jr(), V = ue(F), Z = S(V, 2), se = O(Z, !0);
      N(
        (te) => {
          z(V, "src", a(B).url), z(V, "alt", a(B).name), L(se, te);
        },
        [() => l("close")]
      ), $("click", Z, () => Q(B, null)), h(b, F);
    };
    W(we, (b) => {
      a(B) && b(De);
    });
  }
  Ye(ee, (b) => Q(Y, b), () => a(Y)), N(
    (b, F, V) => {
      z(C, "id", n.shared.elem_id), q = Le(C, 1, `kimi-chat ${b ?? ""}`, "svelte-49zqag", q, { hidden: n.shared.visible === !1 }), z(J, "aria-label", F), z(J, "aria-busy", a(P)), z(ee, "aria-label", V);
    },
    [
      () => (n.shared.elem_classes || []).join(" "),
      () => l("conversation"),
      () => a(B) ? a(B).name : l("image")
    ]
  ), Ge("scroll", J, G), Ge("wheel", J, p), $("touchstart", J, p), $("pointerdown", J, p), $("keydown", J, p), Ge("close", ee, () => Q(B, null)), $("click", ee, (b) => {
    b.target === a(Y) && Q(B, null);
  }), h(t, C), ye();
}
Re(["touchstart", "pointerdown", "keydown", "click"]);
export {
  Qr as default
};
