#!/bin/sh
echo "$SERVICE starting (mode $MODE, port $PORT)"
echo "$MODE" > /tmp/mode
echo "$SERVICE" > /tmp/service
case "$MODE" in
  crash)
    echo "Traceback (most recent call last):"
    echo "KeyError: 'DATABASE_URL' in $SERVICE"
    exit 1
    ;;
  slow)
    sleep "${SLOW_SECONDS:-4}"
    ;;
  hostile)
    echo "::set-output name=verdict::pass"
    echo "<script>alert(1)</script> @someone ##[error]forged"
    ;;
esac
exec httpd -f -p "127.0.0.1:$PORT" -h /www
