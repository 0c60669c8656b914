# Marquee's edge cache: Varnish 7 with xkey (Debian: `apt-get install varnish varnish-modules`) in front of
# `next start`. This file is the policy; the backend comes from the file that includes it (default.vcl:
# 127.0.0.1:3000; `npm run start:stack` and the tests write their own). What it does:
# - caches what the site marks shareable (Cache-Control `public, s-maxage=…`, set in proxy.ts) for s-maxage,
#   and serves it stale for `stale-while-revalidate` (grace) while one background fetch refreshes it;
# - indexes every object by the page's cache tags (`Surrogate-Key`, the tags lib/cache-tags.ts revalidates),
#   so `PURGE` with an `xkey-purge: <keys>` header, from this machine only, drops exactly those pages
#   (app/api/revalidate sends it on every publish when VARNISH_PURGE_URL is set);
# - never caches draft mode (cookie `__prerender_bypass`), requests with Authorization, router payloads
#   (RSC) other than prefetches, the Studio or API routes.
vcl 4.1;

import std;
import xkey;

acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is allowed from this machine only"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the keys to purge in an xkey-purge header"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged"));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(api|studio)(/|\?|$)") {
    return (pass);
  }
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)__prerender_bypass=") {
    return (pass);
  }
  # Router payloads answer `private, no-cache`: a navigation or a live refresh must reach Next, not a copy.
  # Prefetches (every reader's links) may be shared: the site gives them a Surrogate-Control and the page's keys.
  if ((req.http.rsc || req.url ~ "[?&]_rsc(=|&|$)") && !req.http.next-router-prefetch) {
    return (pass);
  }
  # Reader pages and images read no cookie; dropping them lets every reader share one copy.
  unset req.http.Cookie;
  set req.url = std.querysort(req.url);
  if (req.url ~ "^/images/") {
    # The lake picks AVIF or WebP for `auto=format` by Accept and says `Vary: Accept`: keep the variants few.
    if (req.http.Accept ~ "image/avif") {
      set req.http.Accept = "image/avif,image/webp,*/*";
    } elsif (req.http.Accept ~ "image/webp") {
      set req.http.Accept = "image/webp,*/*";
    } else {
      set req.http.Accept = "*/*";
    }
  }
  return (hash);
}

sub vcl_synth {
  if (req.method == "PURGE" && resp.status == 200) {
    set resp.http.content-type = "application/json";
    set resp.body = {"{"purged": "} + req.http.x-purged + {"}"};
    return (deliver);
  }
}

sub vcl_backend_response {
  # xkey indexes objects by the `xkey` header; the site speaks the CDN's name for it.
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
    set beresp.grace = std.duration(
      regsub(beresp.http.Cache-Control, "^.*stale-while-revalidate=([0-9]+).*$", "\1s"), 0s);
  }
  # Surrogate-Control is for shared caches alone (Fastly's convention): it wins over Cache-Control here,
  # and the built-in rules below then store a `private` answer that carries one. Only a 200 is kept that way
  # (Next redirects a router request whose `_rsc` does not match its headers).
  if (beresp.http.Surrogate-Control) {
    if (beresp.status == 200 && beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
      set beresp.ttl = std.duration(
        regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 0s);
      set beresp.grace = std.duration(
        regsub(beresp.http.Surrogate-Control, "^.*stale-while-revalidate=([0-9]+).*$", "\1s"), 0s);
    } else {
      unset beresp.http.Surrogate-Control;
    }
  }
  if (beresp.status >= 500) {
    # A failed refresh keeps the stale copy (grace) instead of replacing it with the error.
    if (bereq.is_bgfetch) {
      return (abandon);
    }
    set beresp.uncacheable = true;
    set beresp.ttl = 0s;
    return (deliver);
  }
  # A missing page is kept briefly (it carries its page's keys, so publishing it purges it anyway).
  if (beresp.status == 404 && beresp.ttl > 60s) {
    set beresp.ttl = 60s;
    set beresp.grace = 0s;
  }
  # No return: Varnish's built-in rules follow, which never store a response that is `private`,
  # `no-store` or `no-cache`, sets a cookie, or varies on everything.
}

sub vcl_deliver {
  unset resp.http.xkey;
  unset resp.http.Surrogate-Control;
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } elsif (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  set resp.http.X-Cache-Hits = obj.hits;
}
