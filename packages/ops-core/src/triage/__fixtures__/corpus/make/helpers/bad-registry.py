"""A registry that answers every request with 502 Bad Gateway, as a failing proxy in front of npm/PyPI does."""
import http.server
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    def _bad(self):
        body = b"<html><body><h1>502 Bad Gateway</h1></body></html>\n"
        self.send_response(502, "Bad Gateway")
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_HEAD = do_POST = do_PUT = _bad

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
