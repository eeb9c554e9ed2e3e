import { i as $e, g as et, o as mt, c as tt, a as ee, b as gt, T as at, d as pt, e as De, f as le, r as ke, h as ge, p as qe, j as ve, k as oe, m as rt, s as it, l as nt, E as bt, n as i, q as Ve, t as kt, u as yt, v as wt, w as Ke, x as xt, y as Et, z as St, A as Pe, B as te, D as Tt, I as Ae, C as Ct, F as Mt, G as At, H as Lt, J as st, K as Nt, L as R, M as Rt, N as It, O as Ot, P as Ue, Q as zt, R as Ht, S as Ft, U as Dt, V as qt, W as Pt, X as ot, Y as xe, Z as lt, _ as Bt, $ as Gt, a0 as Vt, a1 as Kt, a2 as Ut, a3 as Yt, a4 as Wt, a5 as Jt, a6 as Z, a7 as Ye, a8 as K, a9 as fe, aa as Ee, ab as Se, ac as ae, ad as Te, ae as ne, af as A, ag as P, ah as Q, ai as N, aj as q, ak as We } from "./render-8M-CU1zq.js";
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
    if ($e(t)) {
      var f = (
        /** @type {Snapshot<any>} */
        Array(t.length)
      );
      e.set(t, f), n !== null && e.set(n, f);
      for (var l = 0; l < t.length; l += 1) {
        var d = t[l];
        l in t && (f[l] = pe(d, e, r, a, null, s));
      }
      return f;
    }
    if (et(t) === mt) {
      f = {}, e.set(t, f), n !== null && e.set(n, f);
      for (var b of Object.keys(t))
        f[b] = pe(
          // @ts-expect-error
          t[b],
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
function ft(t) {
  var e = tt("template");
  return e.innerHTML = Zt(t.replaceAll("<!>", "<!---->")), e.content;
}
function se(t, e) {
  var r = (
    /** @type {Effect} */
    De
  );
  r.nodes === null && (r.nodes = { start: t, end: e, a: null, t: null });
}
// @__NO_SIDE_EFFECTS__
function M(t, e) {
  var r = (e & at) !== 0, a = (e & pt) !== 0, n, s = !t.startsWith("<!>");
  return () => {
    n === void 0 && (n = ft(s ? t : "<!>" + t), r || (n = /** @type {TemplateNode} */
    ee(n)));
    var o = (
      /** @type {TemplateNode} */
      a || gt ? document.importNode(n, !0) : n.cloneNode(!0)
    );
    if (r) {
      var f = (
        /** @type {TemplateNode} */
        ee(o)
      ), l = (
        /** @type {TemplateNode} */
        o.lastChild
      );
      se(f, l);
    } else
      se(o, o);
    return o;
  };
}
// @__NO_SIDE_EFFECTS__
function $t(t, e, r = "svg") {
  var a = !t.startsWith("<!>"), n = (e & at) !== 0, s = `<${r}>${a ? t : "<!>" + t}</${r}>`, o;
  return () => {
    if (!o) {
      var f = (
        /** @type {DocumentFragment} */
        ft(s)
      ), l = (
        /** @type {Element} */
        ee(f)
      );
      if (n)
        for (o = document.createDocumentFragment(); ee(l); )
          o.appendChild(
            /** @type {TemplateNode} */
            ee(l)
          );
      else
        o = /** @type {Element} */
        ee(l);
    }
    var d = (
      /** @type {TemplateNode} */
      o.cloneNode(!0)
    );
    if (n) {
      var b = (
        /** @type {TemplateNode} */
        ee(d)
      ), C = (
        /** @type {TemplateNode} */
        d.lastChild
      );
      se(b, C);
    } else
      se(d, d);
    return d;
  };
}
// @__NO_SIDE_EFFECTS__
function he(t, e) {
  return /* @__PURE__ */ $t(t, e, "svg");
}
function ea(t = "") {
  {
    var e = le(t + "");
    return se(e, e), e;
  }
}
function _e() {
  var t = document.createDocumentFragment(), e = document.createComment(""), r = le();
  return t.append(e, r), se(e, r), t;
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
            var d = document.createDocumentFragment();
            rt(o, d), d.append(le()), this.#e.set(s, { effect: o, fragment: d });
          } else
            ge(o);
          this.#r.delete(s), this.#a.delete(s);
        };
        this.#i || !a ? (this.#r.add(s), qe(o, f, !1)) : f();
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
      oe
    ), n = it();
    if (r && !this.#a.has(e) && !this.#e.has(e))
      if (n) {
        var s = document.createDocumentFragment(), o = le();
        s.append(o), this.#e.set(e, {
          effect: ve(() => r(o)),
          fragment: s
        });
      } else
        this.#a.set(
          e,
          ve(() => r(this.anchor))
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
function O(t, e, r = !1) {
  var a = new ta(t), n = r ? bt : 0;
  function s(o, f) {
    a.ensure(o, f);
  }
  nt(() => {
    var o = !1;
    e((f, l = 0) => {
      o = !0, s(l, f);
    }), o || s(-1, null);
  }, n);
}
function Ie(t, e) {
  return e;
}
function aa(t, e, r) {
  for (var a = [], n = e.length, s, o = e.length, f = 0; f < n; f++) {
    let C = e[f];
    qe(
      C,
      () => {
        if (s) {
          if (s.pending.delete(C), s.done.add(C), s.pending.size === 0) {
            var c = (
              /** @type {Set<EachOutroGroup>} */
              t.outrogroups
            );
            Oe(t, Pe(s.done)), c.delete(s), c.size === 0 && (t.outrogroups = null);
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
      var d = (
        /** @type {Element} */
        r
      ), b = (
        /** @type {Element} */
        d.parentNode
      );
      Mt(b), b.append(d), t.items.clear();
    }
    Oe(t, e, !l);
  } else
    s = {
      pending: new Set(e),
      done: /* @__PURE__ */ new Set()
    }, (t.outrogroups ??= /* @__PURE__ */ new Set()).add(s);
}
function Oe(t, e, r = !0) {
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
      s.f |= te;
      const o = document.createDocumentFragment();
      rt(s, o);
    } else
      ge(e[n], r);
  }
}
var Je;
function ye(t, e, r, a, n, s = null) {
  var o = t, f = /* @__PURE__ */ new Map(), l = (e & st) !== 0;
  if (l) {
    var d = (
      /** @type {Element} */
      t
    );
    o = d.appendChild(le());
  }
  var b = null, C = yt(() => {
    var H = r();
    return (
      /** @type {V[]} */
      $e(H) ? H : H == null ? [] : Pe(H)
    );
  }), c = /* @__PURE__ */ new Map(), S = !0;
  function B(H) {
    if ((E.effect.f & Tt) === 0) {
      E.pending.delete(H);
      var z = i(C);
      E.fallback = b, ra(E, z, o, e, a), b !== null && (z.length === 0 ? (b.f & te) === 0 ? ke(b) : (b.f ^= te, ue(b, null, o)) : qe(b, () => {
        b = null;
      }));
    }
  }
  function Y(H) {
    E.pending.delete(H);
  }
  var u = nt(() => {
    for (var H = (
      /** @type {V[]} */
      i(C)
    ), z = H.length, k = /* @__PURE__ */ new Set(), v = (
      /** @type {Batch} */
      oe
    ), h = it(), _ = 0; _ < z; _ += 1) {
      var w = H[_], p = a(w, _), m = S ? null : f.get(p);
      m ? (m.v && Ve(m.v, w), m.i && Ve(m.i, _), h && v.unskip_effect(m.e)) : (m = ia(
        f,
        S ? o : Je ??= le(),
        w,
        p,
        _,
        n,
        e,
        r
      ), S || (m.e.f |= te), f.set(p, m)), k.add(p);
    }
    if (z === 0 && s && !b && (S ? b = ve(() => s(o)) : (b = ve(() => s(Je ??= le())), b.f |= te)), z > k.size && kt(), !S)
      if (c.set(v, k), h) {
        for (const [F, G] of f)
          k.has(F) || v.skip_effect(G.e);
        v.oncommit(B), v.ondiscard(Y);
      } else
        B(v);
    i(C);
  }), E = { effect: u, items: f, pending: c, outrogroups: null, fallback: b };
  S = !1;
}
function de(t) {
  for (; t !== null && (t.f & Ct) === 0; )
    t = t.next;
  return t;
}
function ra(t, e, r, a, n) {
  var s = (a & Nt) !== 0, o = e.length, f = t.items, l = de(t.effect.first), d, b = null, C, c = [], S = [], B, Y, u, E;
  if (s)
    for (E = 0; E < o; E += 1)
      B = e[E], Y = n(B, E), u = /** @type {EachItem} */
      f.get(Y).e, (u.f & te) === 0 && (u.nodes?.a?.measure(), (C ??= /* @__PURE__ */ new Set()).add(u));
  for (E = 0; E < o; E += 1) {
    if (B = e[E], Y = n(B, E), u = /** @type {EachItem} */
    f.get(Y).e, t.outrogroups !== null)
      for (const m of t.outrogroups)
        m.pending.delete(u), m.done.delete(u);
    if ((u.f & Ae) !== 0 && (ke(u), s && (u.nodes?.a?.unfix(), (C ??= /* @__PURE__ */ new Set()).delete(u))), (u.f & te) !== 0)
      if (u.f ^= te, u === l)
        ue(u, null, r);
      else {
        var H = b ? b.next : l;
        u === t.effect.last && (t.effect.last = u.prev), u.prev && (u.prev.next = u.next), u.next && (u.next.prev = u.prev), ie(t, b, u), ie(t, u, H), ue(u, H, r), b = u, c = [], S = [], l = de(b.next);
        continue;
      }
    if (u !== l) {
      if (d !== void 0 && d.has(u)) {
        if (c.length < S.length) {
          var z = S[0], k;
          b = z.prev;
          var v = c[0], h = c[c.length - 1];
          for (k = 0; k < c.length; k += 1)
            ue(c[k], z, r);
          for (k = 0; k < S.length; k += 1)
            d.delete(S[k]);
          ie(t, v.prev, h.next), ie(t, b, v), ie(t, h, z), l = z, b = h, E -= 1, c = [], S = [];
        } else
          d.delete(u), ue(u, l, r), ie(t, u.prev, u.next), ie(t, u, b === null ? t.effect.first : b.next), ie(t, b, u), b = u;
        continue;
      }
      for (c = [], S = []; l !== null && l !== u; )
        (d ??= /* @__PURE__ */ new Set()).add(l), S.push(l), l = de(l.next);
      if (l === null)
        continue;
    }
    (u.f & te) === 0 && c.push(u), b = u, l = de(u.next);
  }
  if (t.outrogroups !== null) {
    for (const m of t.outrogroups)
      m.pending.size === 0 && (Oe(t, Pe(m.done)), t.outrogroups?.delete(m));
    t.outrogroups.size === 0 && (t.outrogroups = null);
  }
  if (l !== null || d !== void 0) {
    var _ = [];
    if (d !== void 0)
      for (u of d)
        (u.f & Ae) === 0 && _.push(u);
    for (; l !== null; )
      (l.f & Ae) === 0 && l !== t.fallback && _.push(l), l = de(l.next);
    var w = _.length;
    if (w > 0) {
      var p = (a & st) !== 0 && o === 0 ? r : null;
      if (s) {
        for (E = 0; E < w; E += 1)
          _[E].nodes?.a?.measure();
        for (E = 0; E < w; E += 1)
          _[E].nodes?.a?.fix();
      }
      aa(t, _, p);
    }
  }
  s && At(() => {
    if (C !== void 0)
      for (u of C)
        u.nodes?.a?.apply();
  });
}
function ia(t, e, r, a, n, s, o, f) {
  var l = (o & xt) !== 0 ? (o & Et) === 0 ? St(r, !1, !1) : Ke(r) : null, d = (o & wt) !== 0 ? Ke(n) : null;
  return {
    v: l,
    i: d,
    e: ve(() => (s(e, l ?? r, d ?? n, f), () => {
      t.delete(a);
    }))
  };
}
function ue(t, e, r) {
  if (t.nodes)
    for (var a = t.nodes.start, n = t.nodes.end, s = e && (e.f & te) === 0 ? (
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
function ie(t, e, r) {
  e === null ? t.effect.first = r : e.next = r, r === null ? t.effect.last = e : r.prev = e;
}
function be(t, e, r = !1, a = !1, n = !1, s = !1) {
  var o = t, f = "";
  if (r)
    var l = (
      /** @type {Element} */
      t
    );
  R(() => {
    var d = (
      /** @type {Effect} */
      De
    );
    if (f !== (f = e() ?? "")) {
      if (r) {
        d.nodes = null, l.innerHTML = /** @type {string} */
        f, f !== "" && se(
          /** @type {TemplateNode} */
          ee(l),
          /** @type {TemplateNode} */
          l.lastChild
        );
        return;
      }
      if (d.nodes !== null && (Rt(
        d.nodes.start,
        /** @type {TemplateNode} */
        d.nodes.end
      ), d.nodes = null), f !== "") {
        var b = a ? It : n ? Ot : void 0, C = (
          /** @type {HTMLTemplateElement | SVGElement | MathMLElement} */
          tt(a ? "svg" : n ? "math" : "template", b)
        );
        C.innerHTML = /** @type {any} */
        f;
        var c = a || n ? C : (
          /** @type {HTMLTemplateElement} */
          C.content
        );
        if (se(
          /** @type {TemplateNode} */
          ee(c),
          /** @type {TemplateNode} */
          c.lastChild
        ), a || n)
          for (; ee(c); )
            o.before(
              /** @type {TemplateNode} */
              ee(c)
            );
        else
          o.before(c);
      }
    }
  });
}
const Xe = [...` 	
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
          (o === 0 || Xe.includes(a[o - 1])) && (f === a.length || Xe.includes(a[f])) ? a = (o === 0 ? "" : a.substring(0, o)) + a.substring(f + 1) : o = f;
        }
  }
  return a === "" ? null : a;
}
function ze(t, e, r, a, n, s) {
  var o = (
    /** @type {any} */
    t[Ue]
  );
  if (o !== r || o === void 0) {
    var f = na(r, a, s);
    f == null ? t.removeAttribute("class") : t.className = f, t[Ue] = r;
  } else if (s && n !== s)
    for (var l in s) {
      var d = !!s[l];
      (n == null || d !== !!n[l]) && t.classList.toggle(l, d);
    }
  return s;
}
const sa = /* @__PURE__ */ Symbol("is custom element"), oa = /* @__PURE__ */ Symbol("is html"), la = qt ? "progress" : "PROGRESS";
function fa(t, e) {
  var r = ct(t);
  r.value === (r.value = // treat null and undefined the same for the initial value
  e ?? void 0) || // @ts-expect-error
  // `progress` elements always need their value set when it's `0`
  t.value === e && (e !== 0 || t.nodeName !== la) || (t.value = e ?? "");
}
function U(t, e, r, a) {
  var n = ct(t), s = n[e];
  s !== (n[e] = r) && (e === "loading" && (t[zt] = r), r == null ? t.removeAttribute(e) : typeof r != "string" && ca(t).has(e) ? t[e] = r : t.setAttribute(e, r));
}
function ct(t) {
  return (
    /** @type {Record<string | symbol, unknown>} **/
    /** @type {any} */
    t[Ht] ??= {
      [sa]: t.nodeName.includes("-"),
      [oa]: t.namespaceURI === Ft
    }
  );
}
var je = /* @__PURE__ */ new Map();
function ca(t) {
  var e = t.getAttribute("is") || t.nodeName, r = je.get(e);
  if (r) return r;
  je.set(e, r = /* @__PURE__ */ new Set());
  for (var a, n = t, s = Element.prototype; s !== n; ) {
    a = Dt(n);
    for (var o in a)
      a[o].set && // better safe than sorry, we don't want spread attributes to mess with HTML content
      o !== "innerHTML" && o !== "textContent" && o !== "innerText" && r.add(o);
    n = et(n);
  }
  return r;
}
function da(t, e, r = e) {
  var a = /* @__PURE__ */ new WeakSet();
  Pt(t, "input", async (n) => {
    var s = n ? t.defaultValue : t.value;
    if (s = Le(t) ? Ne(s) : s, r(s), oe !== null && a.add(oe), await ot(), s !== (s = e())) {
      var o = t.selectionStart, f = t.selectionEnd, l = t.value.length;
      if (t.value = s ?? "", f !== null) {
        var d = t.value.length;
        o === f && f === l && d > l ? (t.selectionStart = d, t.selectionEnd = d) : (t.selectionStart = o, t.selectionEnd = Math.min(f, d));
      }
    }
  }), // If we are hydrating and the value has since changed,
  // then use the updated value from the input instead.
  // If defaultValue is set, then value == defaultValue
  // TODO Svelte 6: remove input.value check and set to empty string?
  xe(e) == null && t.value && (r(Le(t) ? Ne(t.value) : t.value), oe !== null && a.add(oe)), lt(() => {
    var n = e();
    if (t === document.activeElement) {
      var s = (
        /** @type {Batch} */
        oe
      );
      if (a.has(s))
        return;
    }
    Le(t) && n === Ne(t.value) || t.type === "date" && !n && !t.value || n !== t.value && (t.value = n ?? "");
  });
}
function Le(t) {
  var e = t.type;
  return e === "number" || e === "range";
}
function Ne(t) {
  return t === "" ? null : +t;
}
function Re(t, e) {
  return t === e || t?.[Ut] === e;
}
function He(t = Vt(), e, r, a) {
  var n = (
    /** @type {ComponentContext} */
    Bt.r
  ), s = (
    /** @type {Effect} */
    De
  );
  return Gt(() => {
    var o, f;
    return lt(() => {
      o = f, f = [], xe(() => {
        Re(r(...f), t) || (e(t, ...f), o && Re(r(...o), t) && e(null, ...o));
      });
    }), () => {
      let l = s;
      for (; l !== n && l.parent !== null && l.parent.f & Kt; )
        l = l.parent;
      const d = () => {
        f && Re(r(...f), t) && e(null, ...f);
      }, b = l.teardown;
      l.teardown = () => {
        d(), b?.();
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
], Qe = {
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
    primary: Qe[e][r],
    secondary: Qe[e][a]
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
  #t = Z(Ye({}));
  get shared() {
    return i(this.#t);
  }
  set shared(e) {
    K(this.#t, e, !0);
  }
  #a = Z(Ye({}));
  get props() {
    return i(this.#a);
  }
  set props(e) {
    K(this.#a, e, !0);
  }
  #e = Z((e) => e);
  get i18n() {
    return i(this.#e);
  }
  set i18n(e) {
    K(this.#e, e, !0);
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
      ), this.registered_id = a, xe(() => {
        this.shared.id = a;
      });
    }), fe(() => () => {
      this.registered_id !== null && this.unregister_component(this.registered_id, this.set_data_callback);
    }), fe(() => this.i18n_store ? this.i18n_store.subscribe(() => {
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
    fe(() => {
      this.mounted || (this.old_value = this.props.value, this.mounted = !0), this.old_value != this.props.value && (this.old_value = this.props.value, this.dispatch("change"));
    });
  }
}
var xa = /* @__PURE__ */ M('<span class="kimi-versions" role="group" aria-label="Versions"><button type="button" class="kimi-icon" aria-label="Previous version">‹</button> <span class="kimi-versions-pos"> </span> <button type="button" class="kimi-icon" aria-label="Next version">›</button></span>');
function dt(t, e) {
  Se(e, !0);
  let r = ne(() => e.message.versions ? e.message.versions[0] : 1), a = ne(() => e.message.versions ? e.message.versions[1] : 1);
  var n = _e(), s = ae(n);
  {
    var o = (f) => {
      var l = xa(), d = N(l), b = A(d, 2), C = q(b), c = A(b, 2);
      R(() => {
        d.disabled = i(r) <= 1, P(C, `${i(r) ?? ""}/${i(a) ?? ""}`), c.disabled = i(r) >= i(a);
      }), Q("click", d, () => e.act("version", { id: e.message.id, step: -1 })), Q("click", c, () => e.act("version", { id: e.message.id, step: 1 })), y(f, l);
    };
    O(s, (f) => {
      i(a) > 1 && f(o);
    });
  }
  y(t, n), Te();
}
Ee(["click"]);
var Ea = /* @__PURE__ */ he('<rect x="9" y="9" width="12" height="12" rx="2"></rect><path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1"></path>', 1), Sa = /* @__PURE__ */ he('<path d="M5 12l5 5L20 7"></path>'), Ta = /* @__PURE__ */ he('<path d="M12 20h9"></path><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z"></path>', 1), Ca = /* @__PURE__ */ he('<path d="M21 12a9 9 0 1 1-3-6.7L21 8"></path><path d="M21 3v5h-5"></path>', 1), Ma = /* @__PURE__ */ he('<svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><!></svg>');
function we(t, e) {
  var r = Ma(), a = N(r);
  {
    var n = (l) => {
      var d = Ea();
      y(l, d);
    }, s = (l) => {
      var d = Sa();
      y(l, d);
    }, o = (l) => {
      var d = Ta();
      y(l, d);
    }, f = (l) => {
      var d = Ca();
      y(l, d);
    };
    O(a, (l) => {
      e.name === "copy" ? l(n) : e.name === "done" ? l(s, 1) : e.name === "edit" ? l(o, 2) : e.name === "retry" && l(f, 3);
    });
  }
  y(t, r);
}
const Ze = { $$: "$$", $: "$", "\\(": "\\)", "\\[": "\\]" };
async function Aa(t, e) {
  const r = [...t.querySelectorAll(".kimi-math:not([data-tex]), .kimi-math-display:not([data-tex])")];
  if (!r.length) return;
  if (!document.getElementById("kimi-katex-css")) {
    const n = document.createElement("link");
    n.id = "kimi-katex-css", n.rel = "stylesheet", n.href = e.replace(/\/$/, "") + "/kimi-assets/katex/katex.min.css", document.head.appendChild(n);
  }
  const a = (await import("./katex-bqqIAMXL.js")).default;
  for (const n of r) {
    const s = n.textContent || "", o = ["$$", "\\[", "\\(", "$"].find((l) => s.startsWith(l) && s.endsWith(Ze[l]));
    if (!o) continue;
    const f = s.slice(o.length, s.length - Ze[o].length);
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
async function Be(t) {
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
function Fe(t) {
  return (t.parts || []).filter((e) => e.type === "text").map((e) => e.source || "").join(`

`);
}
function La(t) {
  return t.map(
    (e) => e.role === "user" ? `**You:**

${e.source || ""}` : `**Kimi:**

${Fe(e)}`
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
var Ia = /* @__PURE__ */ M('<span class="kimi-spinner" aria-hidden="true"></span>Thinking…', 1), Oa = /* @__PURE__ */ M('<details class="kimi-reasoning"><summary><!></summary> <div class="kimi-reasoning-body"></div></details>'), za = /* @__PURE__ */ M('<span class="kimi-tool-args"> </span>'), Ha = /* @__PURE__ */ M('<span class="kimi-tool-status"> </span>'), Fa = /* @__PURE__ */ M('<span class="kimi-tool-ms"> </span>'), Da = /* @__PURE__ */ M('<div class="kimi-tool-more"> </div>'), qa = /* @__PURE__ */ M('<div class="kimi-tool-label"> </div> <pre><code> </code></pre> <!>', 1), Pa = /* @__PURE__ */ M('<details class="kimi-tool"><summary><span class="kimi-tool-name"> </span> <!> <!> <!></summary> <div class="kimi-tool-body"><div class="kimi-tool-label">Arguments</div> <pre><code> </code></pre> <!></div></details>'), Ba = /* @__PURE__ */ M('<div class="kimi-text"></div>'), Ga = /* @__PURE__ */ M('<div><span aria-hidden="true"> </span> <div></div></div>'), Va = /* @__PURE__ */ M('<div class="kimi-waiting-detail"> </div>'), Ka = /* @__PURE__ */ M('<div class="kimi-waiting" role="status"><span class="kimi-spinner" aria-hidden="true"></span> <span> </span> <!></div>'), Ua = /* @__PURE__ */ M('<div class="kimi-waiting" role="status"><span> </span> <progress></progress> <span class="kimi-waiting-detail"> </span></div>'), Ya = /* @__PURE__ */ M('<span class="kimi-stats"> </span>'), Wa = /* @__PURE__ */ M('<button type="button" class="kimi-icon" title="Copy"><!></button>'), Ja = /* @__PURE__ */ M('<button type="button" class="kimi-icon" aria-label="Retry" title="Retry"><!></button>'), Xa = /* @__PURE__ */ M('<button type="button" class="kimi-button kimi-continue">Continue</button>'), ja = /* @__PURE__ */ M('<div class="kimi-footer"><!> <span class="kimi-footer-actions"><!> <!> <!> <!></span></div>'), Qa = /* @__PURE__ */ M(`<article aria-label="Kimi's answer"><!> <!></article>`);
function Za(t, e) {
  Se(e, !0);
  var r = this && this.__awaiter || function(C, c, S, B) {
    function Y(u) {
      return u instanceof S ? u : new S(function(E) {
        E(u);
      });
    }
    return new (S || (S = Promise))(function(u, E) {
      function H(v) {
        try {
          k(B.next(v));
        } catch (h) {
          E(h);
        }
      }
      function z(v) {
        try {
          k(B.throw(v));
        } catch (h) {
          E(h);
        }
      }
      function k(v) {
        v.done ? u(v.value) : Y(v.value).then(H, z);
      }
      k((B = B.apply(C, c || [])).next());
    });
  };
  let a = Z(!1);
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
      K(a, yield Be(Fe(e.message)), !0), setTimeout(() => K(a, !1), 1500);
    });
  }
  var o = Qa();
  let f;
  var l = N(o);
  ye(l, 17, () => e.message.parts || [], Ie, (C, c) => {
    var S = _e(), B = ae(S);
    {
      var Y = (v) => {
        var h = Oa(), _ = N(h), w = N(_);
        {
          var p = (G) => {
            var g = Ia();
            y(G, g);
          }, m = (G) => {
            var g = ea();
            R((T) => P(g, `Thought${T ?? ""}`), [
              () => i(c).seconds ? " for " + Ra(i(c).seconds) : ""
            ]), y(G, g);
          };
          O(w, (G) => {
            i(c).live ? G(p) : G(m, -1);
          });
        }
        var F = A(_, 2);
        be(F, () => i(c).html, !0), R(() => h.open = i(c).live), y(v, h);
      }, u = (v) => {
        var h = Pa(), _ = N(h), w = N(_), p = q(w), m = A(w, 2);
        {
          var F = (L) => {
            var I = za(), j = q(I, !0);
            R(() => P(j, i(c).brief)), y(L, I);
          };
          O(m, (L) => {
            i(c).brief && L(F);
          });
        }
        var G = A(m, 2);
        {
          var g = (L) => {
            var I = Ha(), j = q(I, !0);
            R(() => P(j, n[i(c).status])), y(L, I);
          };
          O(G, (L) => {
            n[i(c).status] && L(g);
          });
        }
        var T = A(G, 2);
        {
          var x = (L) => {
            var I = Fa(), j = q(I, !0);
            R((ce) => P(j, ce), [() => Na(i(c).ms)]), y(L, I);
          };
          O(T, (L) => {
            i(c).ms !== null && i(c).ms !== void 0 && L(x);
          });
        }
        var V = A(_, 2), J = A(N(V), 2), X = N(J), D = q(X, !0), $ = A(J, 2);
        {
          var W = (L) => {
            var I = qa(), j = ae(I), ce = q(j), me = A(j, 2), re = N(me), Ce = q(re, !0), ut = A(me, 2);
            {
              var vt = (Me) => {
                var Ge = Da(), _t = q(Ge);
                R((ht) => P(_t, `${ht ?? ""} more characters: the full result is in the tool-call log.`), [() => i(c).more.toLocaleString()]), y(Me, Ge);
              };
              O(ut, (Me) => {
                i(c).more && Me(vt);
              });
            }
            R(() => {
              P(ce, `Result${i(c).cut ? " (cut for the model)" : ""}`), P(Ce, i(c).result);
            }), y(L, I);
          };
          O($, (L) => {
            i(c).result !== null && i(c).result !== void 0 && L(W);
          });
        }
        R(() => {
          U(h, "data-status", i(c).status), P(p, `🛠 ${i(c).name ?? ""}`), P(D, i(c).args || "{}");
        }), y(v, h);
      }, E = (v) => {
        var h = Ba();
        be(h, () => i(c).html, !0), y(v, h);
      }, H = (v) => {
        var h = Ga(), _ = N(h), w = q(_, !0), p = A(_, 2);
        be(p, () => i(c).html, !0), R(() => {
          ze(h, 1, `kimi-notice kimi-notice-${i(c).kind ?? ""}`), U(h, "role", i(c).kind === "error" ? "alert" : null), P(w, i(c).kind === "error" ? "⚠️" : "ℹ️");
        }), y(v, h);
      }, z = (v) => {
        var h = Ka(), _ = A(N(h), 2), w = q(_, !0), p = A(_, 2);
        {
          var m = (F) => {
            var G = Va(), g = q(G, !0);
            R(() => P(g, i(c).detail)), y(F, G);
          };
          O(p, (F) => {
            i(c).detail && F(m);
          });
        }
        R(() => P(w, i(c).title)), y(v, h);
      }, k = (v) => {
        var h = Ua(), _ = N(h), w = q(_, !0), p = A(_, 2), m = A(p, 2), F = q(m);
        R(() => {
          P(w, i(c).title), U(p, "max", i(c).total || 1), fa(p, i(c).done || 0), U(p, "aria-label", i(c).title), P(F, `${i(c).done ?? ""}/${i(c).total ?? ""}`);
        }), y(v, h);
      };
      O(B, (v) => {
        i(c).type === "reasoning" ? v(Y) : i(c).type === "tool" ? v(u, 1) : i(c).type === "text" ? v(E, 2) : i(c).type === "notice" ? v(H, 3) : i(c).type === "waiting" ? v(z, 4) : i(c).type === "progress" && v(k, 5);
      });
    }
    y(C, S);
  });
  var d = A(l, 2);
  {
    var b = (C) => {
      var c = ja(), S = N(c);
      {
        var B = (w) => {
          var p = Ya(), m = q(p, !0);
          R(() => P(m, e.message.stats)), y(w, p);
        };
        O(S, (w) => {
          e.message.stats && w(B);
        });
      }
      var Y = A(S, 2), u = N(Y);
      {
        var E = (w) => {
          var p = Wa(), m = N(p);
          {
            let F = ne(() => i(a) ? "done" : "copy");
            we(m, {
              get name() {
                return i(F);
              }
            });
          }
          R(() => U(p, "aria-label", i(a) ? "Copied" : "Copy answer")), Q("click", p, s), y(w, p);
        }, H = ne(() => Fe(e.message));
        O(u, (w) => {
          i(H) && w(E);
        });
      }
      var z = A(u, 2);
      {
        var k = (w) => {
          var p = Ja(), m = N(p);
          we(m, { name: "retry" }), Q("click", p, () => e.act("retry", { id: e.message.id })), y(w, p);
        };
        O(z, (w) => {
          e.message.can_retry && e.message.id && w(k);
        });
      }
      var v = A(z, 2);
      dt(v, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      });
      var h = A(v, 2);
      {
        var _ = (w) => {
          var p = Xa();
          Q("click", p, () => e.act("resume", { id: e.message.id })), y(w, p);
        };
        O(h, (w) => {
          e.message.can_continue && w(_);
        });
      }
      y(C, c);
    };
    O(d, (C) => {
      e.message.live || C(b);
    });
  }
  R(() => {
    f = ze(o, 1, "kimi-msg kimi-answer", null, f, { "kimi-live": e.message.live }), U(o, "data-id", e.message.id);
  }), y(t, o), Te();
}
Ee(["click"]);
var $a = /* @__PURE__ */ M("<figcaption> </figcaption>"), er = /* @__PURE__ */ M('<figure class="kimi-file-image"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <!></figure>'), tr = /* @__PURE__ */ M('<figure role="listitem"><button type="button" class="kimi-image-button"><img loading="lazy"/></button> <figcaption> </figcaption></figure>'), ar = /* @__PURE__ */ M('<div class="kimi-video"><div class="kimi-video-title"> </div> <div class="kimi-strip" role="list"></div></div>'), rr = /* @__PURE__ */ M('<div class="kimi-doc"> </div>'), ir = /* @__PURE__ */ M('<div class="kimi-files"></div>'), nr = /* @__PURE__ */ M('<textarea class="kimi-edit-box" rows="4" aria-label="Edit your message"></textarea> <div class="kimi-edit-actions"><button type="button" class="kimi-button">Cancel</button> <button type="button" class="kimi-button kimi-primary">Send</button></div>', 1), sr = /* @__PURE__ */ M('<button type="button" class="kimi-icon" aria-label="Edit message" title="Edit"><!></button>'), or = /* @__PURE__ */ M('<button type="button" class="kimi-icon" title="Copy"><!></button> <!>', 1), lr = /* @__PURE__ */ M('<div class="kimi-msg-tools"><!> <!></div>'), fr = /* @__PURE__ */ M('<article class="kimi-msg kimi-user" aria-label="Your message"><div class="kimi-bubble"><!> <!></div> <!></article>');
function cr(t, e) {
  Se(e, !0);
  var r = this && this.__awaiter || function(k, v, h, _) {
    function w(p) {
      return p instanceof h ? p : new h(function(m) {
        m(p);
      });
    }
    return new (h || (h = Promise))(function(p, m) {
      function F(T) {
        try {
          g(_.next(T));
        } catch (x) {
          m(x);
        }
      }
      function G(T) {
        try {
          g(_.throw(T));
        } catch (x) {
          m(x);
        }
      }
      function g(T) {
        T.done ? p(T.value) : w(T.value).then(F, G);
      }
      g((_ = _.apply(k, v || [])).next());
    });
  };
  let a = Z(!1), n = Z(""), s = Z(!1), o = Z(void 0);
  function f() {
    return r(this, void 0, void 0, function* () {
      K(n, e.message.source || "", !0), K(a, !0), yield ot(), i(o) === null || i(o) === void 0 || i(o).focus();
    });
  }
  function l() {
    i(n).trim() && (K(a, !1), e.act("edit", { id: e.message.id, text: i(n) }));
  }
  function d(k) {
    k.key === "Escape" ? (k.preventDefault(), k.stopPropagation(), K(a, !1)) : k.key === "Enter" && (k.ctrlKey || k.metaKey) && (k.preventDefault(), l());
  }
  function b() {
    return r(this, void 0, void 0, function* () {
      K(s, yield Be(e.message.source || ""), !0), setTimeout(() => K(s, !1), 1500);
    });
  }
  var C = fr(), c = N(C), S = N(c);
  {
    var B = (k) => {
      var v = ir();
      ye(v, 21, () => e.message.files, Ie, (h, _) => {
        var w = _e(), p = ae(w);
        {
          var m = (g) => {
            var T = er(), x = N(T), V = q(x), J = A(x, 2);
            {
              var X = (D) => {
                var $ = $a(), W = q($, !0);
                R(() => P(W, i(_).note)), y(D, $);
              };
              O(J, (D) => {
                i(_).note && D(X);
              });
            }
            R(() => {
              U(x, "aria-label", "Enlarge " + i(_).name), U(V, "src", i(_).url), U(V, "alt", i(_).name);
            }), Q("click", x, () => e.open_image(i(_))), y(g, T);
          }, F = (g) => {
            var T = ar(), x = N(T), V = q(x), J = A(x, 2);
            ye(J, 21, () => i(_).frames || [], Ie, (X, D) => {
              var $ = tr(), W = N($), L = q(W), I = A(W, 2), j = q(I, !0);
              R(() => {
                U(W, "aria-label", "Enlarge the frame at " + i(D).at), U(L, "src", i(D).url), U(L, "alt", i(_).name + " at " + i(D).at), P(j, i(D).at);
              }), Q("click", W, () => e.open_image({
                url: i(D).url,
                name: i(_).name + " at " + i(D).at
              })), y(X, $);
            }), R(() => {
              P(V, `🎞 ${i(_).name ?? ""}`), U(J, "aria-label", "Frames of " + i(_).name);
            }), y(g, T);
          }, G = (g) => {
            var T = rr(), x = q(T);
            R(() => P(x, `📄 ${i(_).name ?? ""}${i(_).note ? " · " + i(_).note : ""}`)), y(g, T);
          };
          O(p, (g) => {
            i(_).kind === "image" ? g(m) : i(_).kind === "video" ? g(F, 1) : g(G, -1);
          });
        }
        y(h, w);
      }), y(k, v);
    };
    O(S, (k) => {
      e.message.files && e.message.files.length && k(B);
    });
  }
  var Y = A(S, 2);
  {
    var u = (k) => {
      var v = nr(), h = ae(v);
      He(h, (m) => K(o, m), () => i(o));
      var _ = A(h, 2), w = N(_), p = A(w, 2);
      R((m) => p.disabled = m, [() => !i(n).trim()]), Q("keydown", h, d), da(h, () => i(n), (m) => K(n, m)), Q("click", w, () => K(a, !1)), Q("click", p, l), y(k, v);
    }, E = (k) => {
      var v = _e(), h = ae(v);
      be(h, () => e.message.html), y(k, v);
    };
    O(Y, (k) => {
      i(a) ? k(u) : e.message.html && k(E, 1);
    });
  }
  var H = A(c, 2);
  {
    var z = (k) => {
      var v = lr(), h = N(v);
      {
        var _ = (p) => {
          var m = or(), F = ae(m), G = N(F);
          {
            let x = ne(() => i(s) ? "done" : "copy");
            we(G, {
              get name() {
                return i(x);
              }
            });
          }
          var g = A(F, 2);
          {
            var T = (x) => {
              var V = sr(), J = N(V);
              we(J, { name: "edit" }), Q("click", V, f), y(x, V);
            };
            O(g, (x) => {
              e.message.id && x(T);
            });
          }
          R(() => U(F, "aria-label", i(s) ? "Copied" : "Copy message")), Q("click", F, b), y(p, m);
        };
        O(h, (p) => {
          e.message.source && p(_);
        });
      }
      var w = A(h, 2);
      dt(w, {
        get message() {
          return e.message;
        },
        get act() {
          return e.act;
        }
      }), y(k, v);
    };
    O(H, (k) => {
      i(a) || k(z);
    });
  }
  R(() => U(C, "data-id", e.message.id)), y(t, C), Te();
}
Ee(["click", "keydown"]);
var dr = /* @__PURE__ */ new Set(["$$slots", "$$events", "$$legacy"]), ur = /* @__PURE__ */ M('<p class="kimi-empty svelte-49zqag"> </p>'), vr = /* @__PURE__ */ M('<button type="button" class="kimi-earlier svelte-49zqag"> </button>'), _r = /* @__PURE__ */ M('<div class="kimi-chat-tools svelte-49zqag"><!> <button type="button" class="kimi-copy-all svelte-49zqag" aria-live="polite"> </button></div> <!>', 1), hr = /* @__PURE__ */ M('<img class="svelte-49zqag"/> <button type="button" class="kimi-lightbox-close svelte-49zqag">Close</button>', 1), mr = /* @__PURE__ */ M('<div><div class="kimi-scroll svelte-49zqag" role="log" aria-label="Conversation" tabindex="-1"><div class="kimi-column svelte-49zqag"><!></div></div> <dialog class="kimi-lightbox svelte-49zqag"><!></dialog></div>');
function pr(t, e) {
  Se(e, !0);
  var r = this && this.__awaiter || function(g, T, x, V) {
    function J(X) {
      return X instanceof x ? X : new x(function(D) {
        D(X);
      });
    }
    return new (x || (x = Promise))(function(X, D) {
      function $(I) {
        try {
          L(V.next(I));
        } catch (j) {
          D(j);
        }
      }
      function W(I) {
        try {
          L(V.throw(I));
        } catch (j) {
          D(j);
        }
      }
      function L(I) {
        I.done ? X(I.value) : J(I.value).then($, W);
      }
      L((V = V.apply(g, T || [])).next());
    });
  };
  let a = /* @__PURE__ */ ha(e, dr);
  const n = new wa(a);
  let s = ne(() => n.props.value || { messages: [] }), o = ne(() => i(s).messages || []), f = ne(() => i(o).some((g) => g.live)), l = Z(void 0), d = !0, b = null, C = null, c = Z(null), S = Z(void 0), B = Z(!1);
  function Y(g, T) {
    n.dispatch(g, T);
  }
  function u() {
    i(l) && (d = i(l).scrollHeight - i(l).scrollTop - i(l).clientHeight < 80);
  }
  let E = 0;
  fe(() => {
    i(
      o
      // what the frame below reads: run again when they change
    ), i(s).focus, i(f), !E && (E = requestAnimationFrame(() => {
      var g;
      if (E = 0, !i(l)) return;
      const T = i(o).length ? String((g = i(o)[0].id) !== null && g !== void 0 ? g : "") + ":" + i(o).length : "", x = i(s).focus || null, V = i(f), J = i(l).querySelectorAll(".kimi-msg");
      Aa(V && J.length ? J[J.length - 1] : i(l), n.shared.root || "");
      const X = T.split(":")[0] !== (b || "").split(":")[0];
      if (b = T, x && x !== C) {
        C = x;
        const D = i(l).querySelector(`[data-id="${CSS.escape(x)}"]`);
        if (D) {
          D.scrollIntoView({ block: "center" }), D.classList.add("kimi-flash"), setTimeout(() => D.classList.remove("kimi-flash"), 2500), d = !1;
          return;
        }
      }
      x || (C = null), (d || X) && (i(l).scrollTop = i(l).scrollHeight, d = !0);
    }));
  }), fe(() => {
    i(S) && (i(c) && !i(S).open && i(S).showModal(), !i(c) && i(S).open && i(S).close());
  });
  function H() {
    return r(this, void 0, void 0, function* () {
      K(B, yield Be(La(i(o))), !0), setTimeout(() => K(B, !1), 1500);
    });
  }
  var z = mr();
  let k;
  var v = N(z), h = N(v), _ = N(h);
  {
    var w = (g) => {
      var T = ur(), x = q(T, !0);
      R(() => P(x, n.props.placeholder || "")), y(g, T);
    }, p = (g) => {
      var T = _r(), x = ae(T), V = N(x);
      {
        var J = (W) => {
          var L = vr(), I = q(L);
          R(() => P(I, `↑ Show ${i(s).earlier ?? ""} earlier message${i(s).earlier === 1 ? "" : "s"}`)), Q("click", L, () => Y("earlier", {})), y(W, L);
        };
        O(V, (W) => {
          i(s).earlier && W(J);
        });
      }
      var X = A(V, 2), D = q(X, !0), $ = A(x, 2);
      ye($, 19, () => i(o), (W, L) => W.id ?? "at-" + L, (W, L) => {
        var I = _e(), j = ae(I);
        {
          var ce = (re) => {
            cr(re, {
              get message() {
                return i(L);
              },
              act: Y,
              open_image: (Ce) => K(c, Ce, !0)
            });
          }, me = (re) => {
            Za(re, {
              get message() {
                return i(L);
              },
              act: Y
            });
          };
          O(j, (re) => {
            i(L).role === "user" ? re(ce) : re(me, -1);
          });
        }
        y(W, I);
      }), R(() => P(D, i(B) ? "Copied" : "Copy conversation")), Q("click", X, H), y(g, T);
    };
    O(_, (g) => {
      i(o).length === 0 ? g(w) : g(p, -1);
    });
  }
  He(v, (g) => K(l, g), () => i(l));
  var m = A(v, 2), F = N(m);
  {
    var G = (g) => {
      var T = hr(), x = ae(T), V = A(x, 2);
      R(() => {
        U(x, "src", i(c).url), U(x, "alt", i(c).name);
      }), Q("click", V, () => K(c, null)), y(g, T);
    };
    O(F, (g) => {
      i(c) && g(G);
    });
  }
  He(m, (g) => K(S, g), () => i(S)), R(
    (g) => {
      U(z, "id", n.shared.elem_id), k = ze(z, 1, `kimi-chat ${g ?? ""}`, "svelte-49zqag", k, { hidden: n.shared.visible === !1 }), U(v, "aria-busy", i(f)), U(m, "aria-label", i(c) ? i(c).name : "Image");
    },
    [() => (n.shared.elem_classes || []).join(" ")]
  ), We("scroll", v, u), We("close", m, () => K(c, null)), Q("click", m, (g) => {
    g.target === i(S) && K(c, null);
  }), y(t, z), Te();
}
Ee(["click"]);
export {
  pr as default
};
