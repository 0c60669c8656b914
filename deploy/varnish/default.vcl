# `varnishd -f deploy/varnish/default.vcl -p vcl_path=<this folder>`: the site on this machine's port 3000
# (`npm start`), behind the policy in marquee.vcl. For another port or host, copy this file and change it.
vcl 4.1;

backend site {
  .host = "127.0.0.1";
  .port = "3000";
  .first_byte_timeout = 30s;
}

include "marquee.vcl";
