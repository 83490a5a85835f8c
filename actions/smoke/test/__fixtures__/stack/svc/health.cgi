#!/bin/sh
mode=$(cat /tmp/mode)
service=$(cat /tmp/service)
case "$mode" in
  500)
    printf 'HTTP/1.0 500 Internal Server Error\r\nContent-Type: application/json\r\n\r\n'
    printf '{"status":"error","service":"%s","detail":"database unavailable"}\n' "$service"
    ;;
  hostile)
    printf 'HTTP/1.0 500 Internal Server Error\r\nContent-Type: text/html\r\n\r\n'
    printf '<script>alert(1)</script><img src=x onerror=alert(2)>\n'
    printf '::set-output name=verdict::pass\n'
    printf '::add-mask::nothing\n'
    printf '@someone please look ```\n'
    ;;
  *)
    printf 'HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n'
    printf '{"status":"ok","service":"%s","version":"1.0.0"}\n' "$service"
    ;;
esac
