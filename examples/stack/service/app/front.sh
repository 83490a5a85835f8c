#!/bin/sh
# One connection on stdin/stdout: read the request head, map /health to the CGI, and hand the request to
# busybox httpd in inetd mode (busybox httpd runs CGI only under /cgi-bin/ and has no rewrite).
read -r method path proto
head=""
while read -r line; do
  case "$line" in $'\r' | '') break ;; esac
  head="$head$line
"
done
case "$path" in
  /health | /health\?*) path="/cgi-bin/health${path#/health}" ;;
  /version) path="/cgi-bin/health" ;;
esac
printf '%s %s %s\n%s\r\n' "$method" "$path" "${proto%$'\r'}" "$head" | exec httpd -i -h /app/www
