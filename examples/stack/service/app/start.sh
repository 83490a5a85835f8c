#!/bin/sh
# Starts the service: a busybox `nc` listener hands each connection to front.sh, which runs busybox httpd
# in inetd mode (CGI health under /health). Logs like a service would; stops promptly on SIGTERM.
# SERVICE, RELEASE, VARIANT, SLOW_START_S and DELAY_MS are baked into the image (ENV).
: "${PORT:?PORT must be set}"
date +%s > /tmp/started

log() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $1 $SERVICE $RELEASE: $2"; }

if [ "$VARIANT" = crashloop ]; then
  log ERROR "fatal: cannot start (release $RELEASE is the crashloop variant)" >&2
  sleep 1
  exit 3
fi

log INFO "starting on port $PORT (variant $VARIANT)"
nc -ll -p "$PORT" -e /app/front.sh &
server=$!
if [ "$VARIANT" = errors ]; then
  ( while sleep 1; do log ERROR "upstream call failed: connection reset" >&2; done ) &
fi
trap 'log INFO "stopping"; kill $server 2>/dev/null; exit 0' TERM INT
wait $server
status=$?
log ERROR "listener exited with $status" >&2
exit 1
